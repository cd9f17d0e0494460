import { useT } from '../i18n/useT';
import type { StringKey } from '../i18n/strings';

export function Notice(props: { kind: 'info' | 'warning' | 'error'; title?: string; text?: string; textKey?: StringKey; onClose?(): void }) {
  const { t } = useT();
  return (
    <div className={`notice notice-${props.kind}`} role={props.kind === 'info' ? 'status' : 'alert'}>
      {props.title && <strong>{props.title}</strong>}
      <span>{props.textKey ? t(props.textKey) : props.text}</span>
      {props.onClose && (
        <button type="button" onClick={props.onClose} aria-label={t('close')}>
          ×
        </button>
      )}
    </div>
  );
}
