/**
 * The left sidebar: layers, filters or linked statistics, one at a time (Radix tabs: arrow keys
 * move between them); the open tab is in the URL. It folds away to give the map the whole width.
 */
import * as Tabs from '@radix-ui/react-tabs';
import type { LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { Catalog } from '../data/schemas';
import { layersWithRole, type Role } from '../domain/layerKinds';
import type { StatsPick } from '../domain/statsPick';
import type { FilteredView } from '../filters/filteredView';
import type { UrlState } from '../state/urlState';
import { updateUrlState } from '../state/urlStore';
import { useT } from '../i18n/useT';
import { LayerPanel } from './LayerPanel';
import type { Problem } from '../data/validate/problem';
import { FilterPanel } from './FilterPanel';
import { StatsPanel } from './StatsPanel';

interface Props {
  catalog: Catalog;
  visible: ReadonlySet<string>;
  layers: readonly LayerSpecification[];
  opacity: UrlState['opacity'];
  panel: UrlState['panel'];
  filters: UrlState['filters'];
  view: FilteredView;
  byLayer: Record<string, FeatureCollection>;
  problems: Record<string, Problem[]>;
  /** Project features as loaded from their files (no derived fields), for downloads. */
  sources: readonly Feature[];
  statsPick?: StatsPick;
  onStatsPick(pick: StatsPick): void;
  open: boolean;
  onToggle(): void;
  /** The story editor, in its own tab. */
  storyEditor: React.ReactNode;
  /** The layer editor (src/edit/), in its own tab. */
  layerEditor: React.ReactNode;
}

export function Sidebar(props: Props) {
  const { t } = useT();
  const { catalog, byLayer, view } = props;
  const dataOf = (role: Role): FeatureCollection | undefined => {
    const entry = layersWithRole(catalog.layers, role).find((l) => byLayer[l.id]);
    return entry ? byLayer[entry.id] : undefined;
  };
  const all: Feature[] = view.allProjects;
  return (
    <>
      <button
        type="button"
        className="sidebar-toggle"
        aria-expanded={props.open}
        aria-controls="sidebar"
        onClick={props.onToggle}
        data-testid="sidebar-toggle"
        title={t(props.open ? 'collapseSidebar' : 'expandSidebar')}
        aria-label={t(props.open ? 'collapseSidebar' : 'expandSidebar')}
      >
        {props.open ? '‹' : '›'}
      </button>
      <aside className="sidebar" id="sidebar" hidden={!props.open} aria-label={t('appTitle')}>
        <Tabs.Root value={props.panel ?? 'layers'} onValueChange={(v) => updateUrlState({ panel: v === 'layers' ? undefined : (v as 'filters' | 'stats' | 'story' | 'edit') })} className="tabs-root">
          <Tabs.List className="tabs" aria-label={t('appTitle')}>
            <Tabs.Trigger value="layers" data-testid="tab-layers">
              {t('layers')}
            </Tabs.Trigger>
            <Tabs.Trigger value="filters" data-testid="tab-filters">
              {t('filters')}
            </Tabs.Trigger>
            <Tabs.Trigger value="stats" data-testid="tab-stats">
              {t('stats')}
            </Tabs.Trigger>
            <Tabs.Trigger value="story" data-testid="tab-story">
              {t('storyTab')}
            </Tabs.Trigger>
            <Tabs.Trigger value="edit" data-testid="tab-edit">
              {t('editTab')}
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="layers" className="tab-body">
            <LayerPanel catalog={catalog} visible={props.visible} layers={props.layers} opacity={props.opacity} counts={view.counts} problems={props.problems} />
          </Tabs.Content>
          <Tabs.Content value="filters" className="tab-body">
            <FilterPanel filters={props.filters} projects={all} shown={view.projects.length} counties={dataOf('counties')} railLines={dataOf('rail-lines')} allowedCounties={view.allowedCounties} />
          </Tabs.Content>
          <Tabs.Content value="story" className="tab-body">
            {props.storyEditor}
          </Tabs.Content>
          <Tabs.Content value="edit" className="tab-body">
            {props.layerEditor}
          </Tabs.Content>
          <Tabs.Content value="stats" className="tab-body">
            <StatsPanel projects={view.projects} sources={props.sources} total={all.length} zones={dataOf('zones')} counties={dataOf('counties')} picked={props.statsPick} onPick={props.onStatsPick} />
          </Tabs.Content>
        </Tabs.Root>
      </aside>
    </>
  );
}
