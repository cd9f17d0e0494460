/** Layer groups from the catalog: a toggle, an opacity slider and a legend per layer. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Catalog } from '../data/schemas';
import { legendFromSpecs, sizeLegendsFromSpecs } from '../layers/legend';
import type { LayerMetadata, SizeLegend } from '../layers/types';
import { useT } from '../i18n/useT';
import { updateUrlState } from '../state/urlStore';
import { LegendSwatch } from './LegendSwatch';
import { OpacitySlider } from './controls';
import type { Problem } from '../data/validate/problem';

/** The layer's problems in the reader's language, as the CLI words them (line, feature, property, fix). */
function LayerProblems({ problems, title }: { problems: Problem[]; title: string }) {
  const { t, lang } = useT();
  const errors = problems.filter((p) => p.severity === 'error');
  const features = new Set(errors.filter((p) => p.feature).map((p) => p.feature));
  return (
    <details className="layer-problems" data-testid="layer-problems">
      <summary>{features.size ? t('badFeatures', { n: features.size }) : t('badFile')}</summary>
      <ul aria-label={`${title} · ${t('problems')}`}>
        {problems.slice(0, 50).map((p, i) => (
          <li key={i} data-feature={p.feature}>
            <code>{[p.line && `${t('lineNo', { n: p.line })}`, p.feature, p.property].filter(Boolean).join(' · ')}</code> {p.message[lang]}
            {p.fix && <span className="fix"> {t('fixIt')}{p.fix[lang]}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

interface Props {
  catalog: Catalog;
  visible: ReadonlySet<string>;
  layers: readonly LayerSpecification[];
  opacity: Record<string, number>;
  counts: Record<string, { shown: number; total: number }>;
  /** Problems of each layer's file: its bad features are left out and listed here. */
  problems: Record<string, Problem[]>;
}

function SizeKey({ size }: { size: SizeLegend }) {
  const { t, lang } = useT();
  const max = Math.max(...size.samples.map((s) => s.radius));
  const h = max * 2 + 4;
  return (
    <figure className="size-legend" data-testid="size-legend">
      <figcaption>{t('sizeLegend', { zoom: size.zoom })}</figcaption>
      <div className="size-row">
        {size.samples.map((s) => (
          <span key={s.value} className="size-item">
            <svg width={s.radius * 2 + 4} height={h} aria-hidden="true">
              <circle cx={s.radius + 2} cy={h - s.radius - 2} r={s.radius} fill="#adb5bd" stroke="#495057" />
            </svg>
            <span>
              {s.value} {size.unit[lang]}
            </span>
          </span>
        ))}
        <span className="size-item">
          <svg width={size.unstated * 2 + 4} height={h} aria-hidden="true">
            <circle cx={size.unstated + 2} cy={h - size.unstated - 2} r={size.unstated} fill="#adb5bd" stroke="#495057" />
          </svg>
          <span>{t('sizeUnstated')}</span>
        </span>
      </div>
    </figure>
  );
}

export function LayerPanel({ catalog, visible, layers, opacity, counts, problems }: Props) {
  const { t, lang } = useT();

  function toggle(id: string) {
    const next = catalog.layers.filter((l) => (l.id === id ? !visible.has(id) : visible.has(l.id))).map((l) => l.id);
    updateUrlState({ layers: next });
  }

  function setOpacity(id: string, value: number, fallback: number) {
    const { [id]: _, ...rest } = opacity;
    updateUrlState({ opacity: value === fallback ? rest : { ...rest, [id]: value } });
  }

  return (
    <nav className="layer-panel" aria-label={t('layers')}>
      {catalog.groups
        .filter((g) => catalog.layers.some((l) => l.group === g.id))
        .map((group) => (
          <section key={group.id} className="layer-group" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>{group.title[lang]}</h2>
            {catalog.layers
              .filter((l) => l.group === group.id)
              .map((entry) => {
                const specs = layers.filter((s) => (s.metadata as LayerMetadata | undefined)?.['wz:layer'] === entry.id);
                const value = opacity[entry.id] ?? entry.opacity;
                const legend = legendFromSpecs(specs);
                const sizes = sizeLegendsFromSpecs(specs);
                // A single unlabelled symbol sits beside the title; several get a list of their own.
                const inline = legend.length === 1 && !legend[0]!.label ? legend[0] : undefined;
                const count = counts[entry.id];
                return (
                  <div key={entry.id} className={`layer-row${problems[entry.id] ? ' has-problems' : ''}`} data-layer={entry.id}>
                    <label className="layer-toggle">
                      <input type="checkbox" checked={visible.has(entry.id)} onChange={() => toggle(entry.id)} data-testid={`toggle-${entry.id}`} />
                      {inline && <LegendSwatch item={inline} />}
                      {entry.title[lang]}
                    </label>
                    {count && (
                      <div className={`filter-count${count.shown < count.total ? ' filtered' : ''}`} data-testid={`count-${entry.id}`}>
                        {t('shownOf', count)}
                      </div>
                    )}
                    {!inline && (
                      <ul className="legend" aria-label={`${entry.title[lang]} · ${t('legend')}`}>
                        {legend.map((item, i) => (
                          <li key={i}>
                            <LegendSwatch item={item} />
                            <span>{item.label?.[lang] ?? entry.title[lang]}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                    {sizes.map((s) => (
                      <SizeKey key={s.property} size={s} />
                    ))}
                    {problems[entry.id] && <LayerProblems problems={problems[entry.id]!} title={entry.title[lang]} />}
                    <OpacitySlider label={t('opacityOf', { layer: entry.title[lang] })} value={value} onChange={(v) => setOpacity(entry.id, v, entry.opacity)} testId={`opacity-${entry.id}`} />
                  </div>
                );
              })}
          </section>
        ))}
    </nav>
  );
}
