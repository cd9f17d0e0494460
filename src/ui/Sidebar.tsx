/** The left sidebar: layers, filters or linked statistics, one at a time; the choice is in the URL. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { Catalog } from '../data/schemas';
import type { UrlState } from '../state/urlState';
import { updateUrlState } from '../state/urlStore';
import { useT } from '../i18n/useT';
import { LayerPanel } from './LayerPanel';
import { FilterPanel } from './FilterPanel';
import { StatsPanel, type StatsPick } from './StatsPanel';

interface Props {
  catalog: Catalog;
  visible: ReadonlySet<string>;
  layers: readonly LayerSpecification[];
  url: UrlState;
  counts: Record<string, { shown: number; total: number }>;
  byLayer: Record<string, FeatureCollection>;
  projects: Feature[];
  statsPick?: StatsPick;
  onStatsPick(pick: StatsPick): void;
}

export function Sidebar(props: Props) {
  const { t } = useT();
  const { catalog, url, byLayer } = props;
  const idOf = (schema: string) => catalog.layers.find((l) => l.schema === schema)?.id ?? '';
  const tabs = [
    { id: undefined, label: t('layers') },
    { id: 'filters' as const, label: t('filters') },
    { id: 'stats' as const, label: t('stats') },
  ];
  return (
    <aside className="sidebar">
      <div className="tabs" role="tablist">
        {tabs.map((tab) => (
          <button key={tab.label} type="button" role="tab" aria-selected={url.panel === tab.id} onClick={() => updateUrlState({ panel: tab.id })} data-testid={`tab-${tab.id ?? 'layers'}`}>
            {tab.label}
          </button>
        ))}
      </div>
      <div className="tab-body">
        {url.panel === undefined && <LayerPanel catalog={catalog} visible={props.visible} layers={props.layers} opacity={url.opacity} counts={props.counts} />}
        {url.panel === 'filters' && <FilterPanel filters={url.filters} projects={byLayer[idOf('project')]} counties={byLayer[idOf('county')]} railLines={byLayer[idOf('rail-line')]} />}
        {url.panel === 'stats' && (
          <StatsPanel
            projects={props.projects}
            total={byLayer[idOf('project')]?.features.length ?? 0}
            zones={byLayer[idOf('structure-zone')]}
            counties={byLayer[idOf('county')]}
            picked={props.statsPick}
            onPick={props.onStatsPick}
          />
        )}
      </div>
    </aside>
  );
}
