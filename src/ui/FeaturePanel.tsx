/**
 * Details of the clicked feature, rendered as React text (never as HTML from properties).
 * Known properties get a label and a unit; provenance is always shown at the end.
 */
import type { CatalogLayer, SourceRegistry } from '../data/schemas';
import { useT } from '../i18n/useT';
import type { StringKey } from '../i18n/strings';

interface Field {
  key: string;
  label: StringKey;
  format?: (v: number, t: (k: StringKey) => string, lang: string) => string;
}

const num = (lang: string, digits = 2) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits });

const fields: Field[] = [
  { key: 'adcode', label: 'adcode' },
  { key: 'seat_zh', label: 'seat' },
  { key: 'area_km2', label: 'area', format: (v, t, l) => `${num(l, 1).format(v)} ${t('unitKm2')}` },
  { key: 'pop_2021_wan', label: 'population2021', format: (v, t, l) => `${num(l).format(v)} ${t('unitWan')}` },
  { key: 'pop_2023_wan', label: 'population2023', format: (v, t, l) => `${num(l).format(v)} ${t('unitWan')}` },
  { key: 'census_2020', label: 'census2020', format: (v, t, l) => `${num(l, 0).format(v)} ${t('unitPersons')}` },
  { key: 'census_2010', label: 'census2010', format: (v, t, l) => `${num(l, 0).format(v)} ${t('unitPersons')}` },
  { key: 'density_2021', label: 'density2021', format: (v, t, l) => `${num(l, 0).format(v)} ${t('unitDensity')}` },
  { key: 'urbanization_2021_pct', label: 'urbanization2021', format: (v, _t, l) => `${num(l, 1).format(v)}%` },
];

interface Props {
  entry: CatalogLayer;
  properties: Record<string, unknown>;
  registry: SourceRegistry;
  onClose(): void;
}

export function FeaturePanel({ entry, properties: p, registry, onClose }: Props) {
  const { t, lang } = useT();
  const name = String(p[lang === 'zh' ? 'name_zh' : 'name_en'] ?? p.name_zh ?? p.id);
  const source = registry.find((s) => s.id === p.source_doc);
  const quality = p.geometry_quality as 'surveyed' | 'derived' | 'schematic' | undefined;

  return (
    <aside className="feature-panel" aria-label={t('featureDetails')} data-testid="feature-panel">
      <header>
        <div>
          <small>{entry.title[lang]}</small>
          <h2>{name}</h2>
          {lang === 'zh' && p.name_en !== undefined && <div className="alt-name">{String(p.name_en)}</div>}
          {lang === 'en' && p.name_zh !== undefined && <div className="alt-name">{String(p.name_zh)}</div>}
        </div>
        <button type="button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <dl>
        {fields
          .filter((f) => p[f.key] !== undefined && p[f.key] !== null && p[f.key] !== '')
          .map((f) => (
            <div key={f.key} data-field={f.key}>
              <dt>{t(f.label)}</dt>
              <dd>{f.format && typeof p[f.key] === 'number' ? f.format(p[f.key] as number, t, lang) : String(p[f.key])}</dd>
            </div>
          ))}
        {'pop_2021_wan' in p || entry.schema !== 'county' ? null : (
          <div data-field="pop_2021_wan">
            <dt>{t('population2021')}</dt>
            <dd>{t('noData')}</dd>
          </div>
        )}
      </dl>
      <dl className="provenance">
        <div data-field="source_doc">
          <dt>{t('source')}</dt>
          <dd>{source ? `${source.title} — ${source.origin}` : String(p.source_doc ?? '')}</dd>
        </div>
        {p.source_lines !== undefined && (
          <div data-field="source_lines">
            <dt>{t('sourceLines')}</dt>
            <dd>{String(p.source_lines)}</dd>
          </div>
        )}
        {source && (
          <div data-field="licence">
            <dt>{t('licence')}</dt>
            <dd>{source.licence}</dd>
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
