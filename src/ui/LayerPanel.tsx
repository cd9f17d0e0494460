/** Layer groups from the catalog: a toggle, an opacity slider and a legend per layer. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Catalog } from '../data/schemas';
import { legendFromSpecs } from '../layers/legend';
import type { LayerMetadata } from '../layers/types';
import { useT } from '../i18n/useT';
import { updateUrlState } from '../state/urlStore';
import { LegendSwatch } from './LegendSwatch';

interface Props {
  catalog: Catalog;
  visible: ReadonlySet<string>;
  layers: readonly LayerSpecification[];
  opacity: Record<string, number>;
  counts: Record<string, { shown: number; total: number }>;
}

export function LayerPanel({ catalog, visible, layers, opacity, counts }: Props) {
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
      {catalog.groups.filter((g) => catalog.layers.some((l) => l.group === g.id)).map((group) => (
        <section key={group.id} className="layer-group">
          <h3>{group.title[lang]}</h3>
          {catalog.layers
            .filter((l) => l.group === group.id)
            .map((entry) => {
              const specs = layers.filter((s) => (s.metadata as LayerMetadata | undefined)?.['wz:layer'] === entry.id);
              const value = opacity[entry.id] ?? entry.opacity;
              const legend = legendFromSpecs(specs);
              // A single unlabelled symbol sits beside the title; several get a list of their own.
              const inline = legend.length === 1 && !legend[0]!.label ? legend[0] : undefined;
              return (
                <div key={entry.id} className="layer-row" data-layer={entry.id}>
                  <label className="layer-toggle">
                    <input type="checkbox" checked={visible.has(entry.id)} onChange={() => toggle(entry.id)} data-testid={`toggle-${entry.id}`} />
                    {inline && <LegendSwatch item={inline} />}
                    {entry.title[lang]}
                  </label>
                  {counts[entry.id] && (
                    <div className={`filter-count${counts[entry.id]!.shown < counts[entry.id]!.total ? ' filtered' : ''}`} data-testid={`count-${entry.id}`}>
                      {t('shownOf', counts[entry.id]!)}
                    </div>
                  )}
                  {!inline && (
                    <ul className="legend" aria-label={t('legend')}>
                      {legend.map((item, i) => (
                        <li key={i}>
                          <LegendSwatch item={item} />
                          <span>{item.label?.[lang] ?? entry.title[lang]}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <label className="opacity">
                    {t('opacity')}
                    <input
                      type="range"
                      min={0}
                      max={1}
                      step={0.05}
                      value={value}
                      onChange={(e) => setOpacity(entry.id, Number(e.target.value), entry.opacity)}
                      data-testid={`opacity-${entry.id}`}
                    />
                    <output>{Math.round(value * 100)}%</output>
                  </label>
                </div>
              );
            })}
        </section>
      ))}
    </nav>
  );
}
