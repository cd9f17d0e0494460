/**
 * Details of the clicked feature, rendered as React text (never as HTML from properties), in the
 * reader's language: known properties with their labels and units, a project's status with its
 * basis and the document's own word, and the provenance: the document's title, 文号 and date with
 * the cited lines, and a button that opens the passage itself. Focus moves into the panel when it
 * opens and back where it was when it closes; Esc closes it.
 */
import { useEffect, useRef } from 'react';
import type { CatalogLayer, SeedDocument, SourceRegistry } from '../data/schemas';
import type { ChangeRow } from '../data/tableSchemas';
import { StatusHistory } from './StatusHistory';
import { documentOf, documentTitle, formatLines, statusWithBasis } from '../domain/documents';
import { labelOf, PROJECT_STATUS, type ProjectStatus } from '../domain/vocabulary';
import { kindOf } from '../domain/layerKinds';
import { useT } from '../i18n/useT';
import { FIELDS, fieldValue, formatValue } from './featureFields';

export interface Alternative {
  layer: string;
  id: string;
  label: string;
  layerTitle: string;
}

interface Props {
  entry: CatalogLayer;
  properties: Record<string, unknown>;
  registry: SourceRegistry;
  documents: readonly SeedDocument[];
  onClose(): void;
  /** For counties: narrow the project filter to this county. */
  onOnlyCounty?(): void;
  /** Everything else under the same click. */
  alternatives?: Alternative[];
  onSelect?(layer: string, id: string): void;
  onReadSource(seed: string, lines: string): void;
  /** The project's dated changes (projects/changes.csv), oldest first. */
  changes?: readonly ChangeRow[];
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '';

export function FeaturePanel({ entry, properties: p, registry, documents, onClose, onOnlyCounty, alternatives = [], onSelect, onReadSource, changes = [] }: Props) {
  const { t, lang } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const name = String(p[lang === 'zh' ? 'name_zh' : 'name_en'] ?? p.name_zh ?? p.id);
  const other = p[lang === 'zh' ? 'name_en' : 'name_zh'];

  // Focus the panel when it opens or shows another feature; give focus back when it closes.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    return () => {
      if (before && before !== document.body && document.contains(before)) before.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [entry.id, p.id]);

  const source = (id: string) => registry.find((r) => r.id === id.trim());
  const sourceTitle = (id: string) => {
    const s = source(id);
    return s ? s[lang === 'zh' ? 'title_zh' : 'title_en'] : id;
  };
  const seed = String(p.source_doc ?? '');
  const lines = present(p.source_lines) ? String(p.source_lines) : undefined;
  const doc = seed.endsWith('.txt') ? documentOf(documents, seed, lines) : undefined;
  const docs = [p.source_doc, p.geometry_source].filter(present).flatMap((v) => String(v).split(','));
  const licences = [...new Set(docs.map((id) => source(id)?.[lang === 'zh' ? 'licence_zh' : 'licence_en']).filter(Boolean))];
  const status = p.status as string | undefined;
  const isProjectStatus = !!status && status in PROJECT_STATUS;
  // The latest status may come from a later document than the project's own (projects/changes.csv).
  const changedDoc = present(p.changed_doc) ? String(p.changed_doc) : undefined;
  const statusDoc = changedDoc ? (changedDoc.endsWith('.txt') ? documentOf(documents, changedDoc, present(p.changed_lines) ? String(p.changed_lines) : undefined) : undefined) : doc;
  const kind = kindOf(entry.schema);

  return (
    <aside
      className="feature-panel"
      aria-labelledby="feature-panel-title"
      data-testid="feature-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header>
        <div>
          <small>{entry.title[lang]}</small>
          <h2 id="feature-panel-title" ref={heading} tabIndex={-1}>
            {name}
          </h2>
          {present(other) && <div className="alt-name">{String(other)}</div>}
        </div>
        <button type="button" onClick={onClose} aria-label={t('close')} data-testid="feature-panel-close">
          ×
        </button>
      </header>
      {alternatives.length > 0 && (
        <div className="alternatives" data-testid="alternatives">
          <span>{t('alsoHereCount', { n: alternatives.length + 1 })}</span>
          <ul>
            {alternatives.map((a) => (
              <li key={`${a.layer}/${a.id}`}>
                <button type="button" onClick={() => onSelect?.(a.layer, a.id)}>
                  {a.label}
                </button>
                <small> · {a.layerTitle}</small>
              </li>
            ))}
          </ul>
        </div>
      )}
      <dl>
        {status && (
          <div data-field="status">
            <dt>{t('status')}</dt>
            <dd>{isProjectStatus ? statusWithBasis(status as ProjectStatus, statusDoc, changedDoc ? undefined : lines, lang) : labelOf('status', status, lang)}</dd>
          </div>
        )}
        {changes.length > 0 && (
          <div data-field="history" className="long">
            <dt>{t('historyTitle')}</dt>
            <dd>
              <StatusHistory first={{ status: String(p.orig_status ?? p.status ?? '') || undefined, status_zh: String(p.orig_status_zh ?? p.status_zh ?? '') || undefined, doc, lines }} changes={changes} documents={documents} registry={registry} />
            </dd>
          </div>
        )}
        {!status && kind.statistics && (
          <div data-field="status">
            <dt>{t('status')}</dt>
            <dd className="unstated">{t('notStated')}</dd>
          </div>
        )}
        {present(p.status_zh) && (
          <div data-field="status_zh">
            <dt>{t('statusWord')}</dt>
            <dd lang="zh-CN">“{String(p.status_zh)}”</dd>
          </div>
        )}
        {FIELDS.filter((f) => present(fieldValue(f, p, lang))).map((f) => (
          <div key={f.key} data-field={f.key} className={f.long ? 'long' : undefined}>
            <dt>{f.label[lang]}</dt>
            <dd lang={f.key.endsWith('_zh') || f.key === 'text_zh' ? 'zh-CN' : undefined}>{formatValue(f, fieldValue(f, p, lang), lang)}</dd>
          </div>
        ))}
        {kind.statistics && !present(p.investment_total_yi) && (
          <div data-field="investment_total_yi">
            <dt>{FIELDS.find((f) => f.key === 'investment_total_yi')!.label[lang]}</dt>
            <dd className="unstated">{t('notStated')}</dd>
          </div>
        )}
        {kind.joinsPopulation && !present(p.pop_2021_wan) && (
          <div data-field="pop_2021_wan">
            <dt>{t('population2021')}</dt>
            <dd className="unstated">{t('notStated')}</dd>
          </div>
        )}
      </dl>
      {onOnlyCounty && (
        <button type="button" className="link-button" onClick={onOnlyCounty} data-testid="only-this-county">
          {t('onlyThisCounty')}
        </button>
      )}
      <dl className="provenance">
        <div data-field="source_doc" className="long">
          <dt>{t('source')}</dt>
          <dd>
            {doc ? documentTitle(doc, lines, lang) : sourceTitle(seed)}
            {lines && (
              <>
                {' '}
                <span data-field="source_lines">{formatLines(lines, lang)}</span>
              </>
            )}
            {lines && seed.endsWith('.txt') && (
              <>
                {' '}
                <button type="button" className="link-button source-link" onClick={() => onReadSource(seed, lines)} data-testid="read-source" aria-label={t('readSourceLong', { lines: formatLines(lines, lang) })}>
                  {t('readSource')}
                </button>
              </>
            )}
          </dd>
        </div>
        {present(p.geometry_source) && (
          <div data-field="geometry_source">
            <dt>{t('geometrySource')}</dt>
            <dd>{String(p.geometry_source).split(',').map(sourceTitle).join('; ')}</dd>
          </div>
        )}
        {licences.length > 0 && (
          <div data-field="licence">
            <dt>{t('licence')}</dt>
            <dd>{licences.join('; ')}</dd>
          </div>
        )}
        {present(p.geometry_quality) && (
          <div data-field="geometry_quality">
            <dt>{t('geometryQuality')}</dt>
            <dd>{labelOf('geometry_quality', p.geometry_quality, lang)}</dd>
          </div>
        )}
      </dl>
    </aside>
  );
}
