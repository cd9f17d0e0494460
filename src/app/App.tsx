/** Layout and wiring only: data from queries, view state from the URL, drawing by MapView. */
import { useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import bbox from '@turf/bbox';
import type { LayerSpecification } from 'maplibre-gl';
import { catalogQuery, sourcesQuery } from '../data/queries';
import { geodataUrl } from '../data/geodataUrl';
import { fanOut } from '../data/projectZones';
import { DEFAULT_CAMERA } from '../data/wenzhouBounds';
import type { Catalog, SourceRegistry } from '../data/schemas';
import { buildLayerSpecs, labelSourceIdFor, sourceIdFor, styleKinds } from '../layers/registry';
import { labelPoints } from '../layers/labelPoints';
import { basemapStyle } from '../map/basemapStyle';
import { MapView } from '../map/MapView';
import type { MapController, PickedFeature, SourceInput } from '../map/MapController';
import { updateUrlState, useUrlState } from '../state/urlStore';
import { useT } from '../i18n/useT';
import { Header } from '../ui/Header';
import { Sidebar } from '../ui/Sidebar';
import { FeaturePanel } from '../ui/FeaturePanel';
import { Notice } from '../ui/Notice';
import type { StatsPick } from '../ui/StatsPanel';
import { useGeodata } from './useGeodata';
import { useFilteredView } from './useFilteredView';

export function App() {
  const { t } = useT();
  const catalog = useQuery(catalogQuery);
  const registry = useQuery(sourcesQuery);
  if (catalog.error || registry.error) return <Notice kind="error" title={t('loadFailed')} text={String(catalog.error ?? registry.error)} />;
  if (!catalog.data || !registry.data) return <Notice kind="info" title={t('loading')} />;
  return <MapApp catalog={catalog.data} registry={registry.data} />;
}

/** The credits of a set of datasets and seeds, each once. */
function attributionFor(registry: SourceRegistry, ids: readonly string[]): string {
  return [...new Set(ids.map((id) => registry.find((s) => s.id === id)?.attribution).filter(Boolean))].join(' · ');
}

function MapApp({ catalog, registry }: { catalog: Catalog; registry: SourceRegistry }) {
  const url = useUrlState();
  const [basemapFailed, setBasemapFailed] = useState(false);
  const [statsPick, setStatsPick] = useState<StatsPick>();
  /** Everything under the last click, so the panel can switch between overlapping features. */
  const [alternatives, setAlternatives] = useState<PickedFeature[]>([]);
  const controller = useRef<MapController | null>(null);
  const knownSources = useMemo(() => new Set(registry.map((s) => s.id)), [registry]);
  const geodata = useGeodata(catalog, knownSources);
  const view = useFilteredView(catalog, geodata.byLayer, url.filters);
  const layerOf = (schema: string) => catalog.layers.find((l) => l.schema === schema);
  const projectsEntry = layerOf('project');

  const visible = useMemo(() => new Set(url.layers ?? catalog.layers.filter((l) => l.visible).map((l) => l.id)), [url.layers, catalog]);

  const style = useMemo(
    () => basemapStyle({ landUrl: geodataUrl(catalog.basemap.land), seaUrl: geodataUrl(catalog.basemap.sea), landAttribution: attributionFor(registry, catalog.basemap.sources) }),
    [catalog, registry],
  );

  // What the map draws: the prepared data, with label points for areas and projects fanned out.
  // Every layer source carries the same credit line (all catalog datasets), so MapLibre shows it
  // once instead of one near-duplicate per layer.
  const sources = useMemo(() => {
    const out: Record<string, SourceInput> = {};
    const attribution = attributionFor(registry, catalog.layers.flatMap((l) => l.sources));
    for (const entry of catalog.layers) {
      const data = geodata.byLayer[entry.id];
      if (!data) continue;
      out[sourceIdFor(entry.id)] = { data: entry.schema === 'project' ? fanOut(data) : data, attribution };
      if (styleKinds[entry.style].labelPoints) out[labelSourceIdFor(entry.id)] = { data: labelPoints(data) };
    }
    return out;
  }, [catalog, registry, geodata.byLayer]);

  const layers = useMemo<LayerSpecification[]>(
    () =>
      catalog.layers.flatMap((entry) =>
        buildLayerSpecs({
          entry,
          visible: visible.has(entry.id),
          opacity: url.opacity[entry.id] ?? entry.opacity,
          lang: url.lang,
          filter: view.filters[entry.id],
          choropleth: entry.style === 'county-choropleth' ? view.choropleth : undefined,
        }),
      ),
    [catalog, visible, url.opacity, url.lang, view.filters, view.choropleth],
  );

  const selectedEntry = url.selected && catalog.layers.find((l) => l.id === url.selected!.layer);
  const selectedFeature = useMemo(() => {
    if (!url.selected || !selectedEntry) return undefined;
    return geodata.byLayer[selectedEntry.id]?.features.find((f) => String(f.properties?.id) === url.selected!.id);
  }, [url.selected, selectedEntry, geodata.byLayer]);

  const highlight = useMemo(() => {
    if (!projectsEntry || !statsPick || statsPick.by === 'id') return null;
    const ids = view.projects.filter((f) => String(f.properties?.[statsPick.by]) === statsPick.key).map((f) => String(f.properties?.id));
    return { source: sourceIdFor(projectsEntry.id), ids };
  }, [projectsEntry, statsPick, view.projects]);

  function pickOnMap(hits: PickedFeature[]) {
    // One entry per feature (a polygon can be hit through its fill and its outline).
    const unique = hits.filter((f, i) => hits.findIndex((g) => g.layer === f.layer && g.id === f.id) === i);
    // Points and lines before areas; among areas the county, the unit people click for numbers.
    const rank = (f: PickedFeature) =>
      f.geometryType.endsWith('Point') ? 0 : f.geometryType.endsWith('LineString') ? 1 : catalog.layers.find((l) => l.id === f.layer)?.schema === 'county' ? 2 : 3;
    const picked = unique.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
    setAlternatives(picked.slice(0, 6));
    const [top] = picked;
    const patch: Parameters<typeof updateUrlState>[0] = { selected: top && top.id !== undefined ? { layer: top.layer, id: String(top.id) } : undefined };
    // Linked numbers: with the statistics open, clicking in a county narrows the projects to it,
    // even when a zone or a point is drawn above the county there.
    const county = url.panel === 'stats' && picked.find((f) => catalog.layers.find((l) => l.id === f.layer)?.schema === 'county');
    if (county) patch.filters = { ...url.filters, projects: { ...url.filters.projects, counties: [String(county.properties.adcode)] } };
    updateUrlState(patch);
  }

  function pickInStats(pick: StatsPick) {
    setStatsPick(pick);
    if (!projectsEntry) return;
    const drawn = sources[sourceIdFor(projectsEntry.id)]?.data.features ?? [];
    const ids = new Set(pick.by === 'id' ? [pick.key] : view.projects.filter((f) => String(f.properties?.[pick.by]) === pick.key).map((f) => String(f.properties?.id)));
    const shown = drawn.filter((f) => ids.has(String(f.properties?.id)));
    if (pick.by === 'id') updateUrlState({ selected: { layer: projectsEntry.id, id: pick.key } });
    if (shown.length) controller.current?.fitBounds(bbox({ type: 'FeatureCollection', features: shown }) as [number, number, number, number], pick.by === 'id' ? 13 : 11);
  }

  return (
    <div className="app">
      <Header
        basemap={url.basemap}
        onBasemap={(basemap) => {
          setBasemapFailed(false);
          updateUrlState({ basemap });
        }}
      />
      <main className="workspace">
        <Sidebar
          catalog={catalog}
          visible={visible}
          layers={layers}
          url={url}
          counts={view.counts}
          byLayer={geodata.byLayer}
          projects={view.projects}
          statsPick={statsPick}
          onStatsPick={pickInStats}
        />
        <MapView
          style={style}
          camera={url.camera ?? DEFAULT_CAMERA}
          sources={sources}
          layers={layers}
          basemap={url.basemap}
          selection={selectedEntry && url.selected ? { source: sourceIdFor(selectedEntry.id), id: url.selected.id } : null}
          highlight={highlight}
          onReady={(c) => (controller.current = c)}
          onCameraChange={(camera) => updateUrlState({ camera })}
          onPick={pickOnMap}
          onBasemapError={() => {
            setBasemapFailed(true);
            updateUrlState({ basemap: 'offline' });
          }}
        />
        {selectedEntry && selectedFeature && (
          <FeaturePanel
            entry={selectedEntry}
            properties={selectedFeature.properties ?? {}}
            registry={registry}
            onClose={() => updateUrlState({ selected: undefined })}
            alternatives={alternatives
              .filter((a) => !(a.layer === selectedEntry.id && String(a.id) === url.selected?.id))
              .map((a) => ({ layer: a.layer, id: String(a.id), label: String(a.properties[url.lang === 'zh' ? 'name_zh' : 'name_en'] ?? a.properties.name_zh ?? a.id) }))}
            onSelect={(layer, id) => updateUrlState({ selected: { layer, id } })}
            onOnlyCounty={
              selectedEntry.schema === 'county'
                ? () => updateUrlState({ filters: { ...url.filters, projects: { ...url.filters.projects, counties: [String(selectedFeature.properties?.adcode)] } }, panel: 'stats' })
                : undefined
            }
          />
        )}
        <div className="notices">
          {basemapFailed && <Notice kind="warning" textKey="basemapFailed" onClose={() => setBasemapFailed(false)} />}
          {geodata.errors.map((e) => (
            <Notice key={e} kind="error" text={e} />
          ))}
        </div>
      </main>
    </div>
  );
}
