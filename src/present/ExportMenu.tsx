/**
 * The export menu: each action renders off screen and downloads one file; progress and failure
 * are said in a status line (a story of six slides takes a few seconds per page).
 */
import { useState } from 'react';
import { useT } from '../i18n/useT';
import type { Progress } from './export/exporters';
import { download } from '../ui/download';

export interface ExportAction {
  id: string;
  label: string;
  run(progress: Progress): Promise<{ blob: Blob; name: string }>;
}

export function ExportMenu({ actions }: { actions: readonly ExportAction[] }) {
  const { t } = useT();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  async function run(action: ExportAction) {
    setBusy(true);
    setStatus(t('exporting', { done: 0, total: 1 }));
    try {
      const { blob, name } = await action.run((done, total) => setStatus(t('exporting', { done: Math.min(done + 1, total), total })));
      download(blob, name);
      setStatus(t('exportDone', { name }));
    } catch (e) {
      setStatus(t('exportFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary>{t('exportMenu')}</summary>
      <div className="export-actions">
        {actions.map((a) => (
          <button key={a.id} type="button" disabled={busy} onClick={() => void run(a)} data-testid={`export-${a.id}`}>
            {a.label}
          </button>
        ))}
        <button type="button" disabled={busy} onClick={() => window.print()} data-testid="export-print">
          {t('exportPrint')}
        </button>
      </div>
      <p role="status" className="export-status" data-testid="export-status">
        {status}
      </p>
    </details>
  );
}
