/** "This browser holds changes not yet written back": per layer, review (open the Edit tab), keep or discard. */
import type { Catalog } from '../data/schemas';
import { updateUrlState } from '../state/urlStore';
import { useT } from '../i18n/useT';
import { discard } from './editStore';
import type { Restored } from './useRestoredEdits';

export function LocalChangesNotice({ restored, catalog, onDone, onReview }: { restored: Restored[]; catalog: Catalog; onDone(file: string): void; onReview(file: string): void }) {
  const { t, lang } = useT();
  if (!restored.length) return null;
  return (
    <div className="notice notice-warning local-changes" role="region" aria-label={t('localChanges')} data-testid="local-changes">
      <strong>{t('localChanges')}</strong>
      <ul>
        {restored.map(({ session: s, changedOnDisk }) => {
          const title = catalog.layers.find((l) => l.file === s.file)?.title[lang] ?? s.file;
          const at = new Date(s.updatedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
          return (
            <li key={s.file} data-file={s.file}>
              {t('localChangesItem', { title, file: s.file, n: s.history.done.length, at })}
              {changedOnDisk && <em>（{t('localChangesDisk')}）</em>}{' '}
              <button
                type="button"
                onClick={() => {
                  onReview(s.file);
                  updateUrlState({ panel: 'edit' });
                  onDone(s.file);
                }}
                data-testid="local-review"
              >
                {t('review')}
              </button>
              <button type="button" onClick={() => onDone(s.file)} data-testid="local-keep">
                {t('keep')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  void discard(s.file);
                  onDone(s.file);
                }}
                data-testid="local-discard"
              >
                {t('discard')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
