/**
 * Details of the clicked feature, rendered as React text (never as HTML from properties).
 * Known properties get a label and a unit; provenance is always shown at the end.
 */
import type { CatalogLayer, SourceRegistry } from '../data/schemas';
import { useT } from '../i18n/useT';
import { FIELDS, formatValue } from './featureFields';

interface Props {
  entry: CatalogLayer;
  properties: Record<string, unknown>;
  registry: SourceRegistry;
  onClose(): void;
  /** For counties: narrow the project filter to this county. */
  onOnlyCounty?(): void;
  /** Other features under the same click. */
  alternatives?: { layer: string; id: string; label: string }[];
  onSelect?(layer: string, id: string): void;
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '';

export function FeaturePanel({ entry, properties: p, registry, onClose, onOnlyCounty, alternatives = [], onSelect }: Props) {
  const { t, lang } = useT();
  const name = String(p[lang === 'zh' ? 'name_zh' : 'name_en'] ?? p.name_zh ?? p.id);
  const other = p[lang === 'zh' ? 'name_en' : 'name_zh'];
  const sourceTitle = (id: string) => {
    const s = registry.find((r) => r.id === id);
    return s ? `${s.title} — ${s.origin}` : id;
  };
  const quality = p.geometry_quality as 'surveyed' | 'derived' | 'schematic' | undefined;
  const docs = [p.source_doc, p.geometry_source].filter(present).flatMap((v) => String(v).split(','));
  const licences = [...new Set(docs.map((id) => registry.find((r) => r.id === id.trim())?.licence).filter(Boolean))];

  return (
    <aside className="feature-panel" aria-label={t('featureDetails')} data-testid="feature-panel">
      <header>
        <div>
          <small>{entry.title[lang]}</small>
          <h2>{name}</h2>
          {present(other) && <div className="alt-name">{String(other)}</div>}
        </div>
        <button type="button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {alternatives.length > 0 && (
        <div className="alternatives" data-testid="alternatives">
          {t('alsoHere')}
          {alternatives.map((a) => (
            <button key={`${a.layer}/${a.id}`} type="button" onClick={() => onSelect?.(a.layer, a.id)}>
              {a.label}
            </button>
          ))}
        </div>
      )}
      <dl>
        {FIELDS.filter((f) => present(p[f.key])).map((f) => (
          <div key={f.key} data-field={f.key} className={f.long ? 'long' : undefined}>
            <dt>{f.label[lang]}</dt>
            <dd>{formatValue(f, p[f.key], lang)}</dd>
          </div>
        ))}
        {entry.schema === 'county' && !present(p.pop_2021_wan) && (
          <div data-field="pop_2021_wan">
            <dt>{t('population2021')}</dt>
            <dd>{t('noData')}</dd>
          </div>
        )}
      </dl>
      {onOnlyCounty && (
        <button type="button" className="link-button" onClick={onOnlyCounty} data-testid="only-this-county">
          {t('onlyThisCounty')}
        </button>
      )}
      <dl className="provenance">
        <div data-field="source_doc">
          <dt>{t('source')}</dt>
          <dd>{sourceTitle(String(p.source_doc ?? ''))}</dd>
        </div>
        {present(p.source_lines) && (
          <div data-field="source_lines">
            <dt>{t('sourceLines')}</dt>
            <dd>{String(p.source_lines)}</dd>
          </div>
        )}
        {present(p.geometry_source) && (
          <div data-field="geometry_source">
            <dt>{t('geometrySource')}</dt>
            <dd>{String(p.geometry_source).split(',').map((id) => sourceTitle(id.trim())).join('; ')}</dd>
          </div>
        )}
        {licences.length > 0 && (
          <div data-field="licence">
            <dt>{t('licence')}</dt>
            <dd>{licences.join('; ')}</dd>
          </div>
        )}
        {quality && (
          <div data-field="geometry_quality">
            <dt>{t('geometryQuality')}</dt>
            <dd>{t(`quality_${quality}`)}</dd>
          </div>
        )}
      </dl>
    </aside>
  );
}
