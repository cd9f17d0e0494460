/**
 * A project's status over time: what its first document said, then each dated change with its
 * own document (2021年纲要：计划开工 → 2022年规划：计划推进). A change citing a document whose text
 * is not in seeds/ says its quote is unchecked.
 */
import type { SeedDocument, SourceRegistry } from '../data/schemas';
import type { ChangeRow } from '../data/tableSchemas';
import { documentOf, statusWithBasis } from '../domain/documents';
import { PROJECT_STATUS, type ProjectStatus } from '../domain/vocabulary';
import { useT } from '../i18n/useT';

interface Props {
  first: { status?: string; status_zh?: string; doc?: SeedDocument; lines?: string };
  changes: readonly ChangeRow[];
  documents: readonly SeedDocument[];
  registry: SourceRegistry;
}

export function StatusHistory({ first, changes, documents, registry }: Props) {
  const { t, lang } = useT();
  const label = (status: string | undefined, doc: SeedDocument | undefined, lines?: string) =>
    status && status in PROJECT_STATUS ? statusWithBasis(status as ProjectStatus, doc, lines, lang) : t('notStated');
  const sorted = [...changes].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="status-history" aria-label={t('historyTitle')} data-testid="status-history">
      <li>
        {label(first.status, first.doc, first.lines)}
        {first.status_zh && <span lang="zh-CN"> “{first.status_zh}”</span>}
      </li>
      {sorted.map((c, i) => {
        const doc = c.source_doc.endsWith('.txt') ? documentOf(documents, c.source_doc, c.source_lines || undefined) : undefined;
        const registered = registry.find((s) => s.id === c.source_doc);
        const title = doc ? doc[lang === 'zh' ? 'title_zh' : 'title_en'] : registered?.[lang === 'zh' ? 'title_zh' : 'title_en'];
        return (
          <li key={i}>
            {c.status ? label(c.status, doc, c.source_lines || undefined) : c.date}
            {c.status_zh && <span lang="zh-CN"> “{c.status_zh}”</span>}
            <small>
              {' '}
              · {c.date} · {title ?? c.source_doc}
              {!doc && ` · ${t('quoteUnchecked')}`}
            </small>
            {(lang === 'zh' ? c.note_zh : c.note_en) && <div className="history-note">{lang === 'zh' ? c.note_zh : c.note_en}</div>}
          </li>
        );
      })}
    </ol>
  );
}
