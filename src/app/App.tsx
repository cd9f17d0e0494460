/** Layout and wiring only: data from queries, view state from the URL, drawing by MapView. */
import { useMemo, useState } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { LayerSpecification } from 'maplibre-gl';
import { catalogQuery, layerDataQuery, populationQuery, sourcesQuery } from '../data/queries';
import { geodataUrl } from '../data/geodataUrl';
import { joinPopulation } from '../data/population';
import { DEFAULT_CAMERA } from '../data/wenzhouBounds';
import type { Catalog, SourceRegistry } from '../data/schemas';
import { buildLayerSpecs, labelSourceIdFor, sourceIdFor, styleKinds } from '../layers/registry';
import { labelPoints } from '../layers/labelPoints';
import { basemapStyle } from '../map/basemapStyle';
import { MapView } from '../map/MapView';
import type { PickedFeature, SourceInput } from '../map/MapController';
import { updateUrlState, useUrlState } from '../state/urlStore';
import { useT } from '../i18n/useT';
import { Header } from '../ui/Header';
import { LayerPanel } from '../ui/LayerPanel';
import { FeaturePanel } from '../ui/FeaturePanel';
import { Notice } from '../ui/Notice';

export function App() {
  const { t } = useT();
  const catalog = useQuery(catalogQuery);
  const registry = useQuery(sourcesQuery);
  if (catalog.error || registry.error) return <Notice kind="error" title={t('loadFailed')} text={String(catalog.error ?? registry.error)} />;
  if (!catalog.data || !registry.data) return <Notice kind="info" title={t('loading')} />;
  return <MapApp catalog={catalog.data} registry={registry.data} />;
}

function attributionFor(registry: SourceRegistry, ids: readonly string[]): string {
  return [...new Set(ids.map((id) => registry.find((s) => s.id === id)?.attribution).filter(Boolean))].join(' · ');
}

function MapApp({ catalog, registry }: { catalog: Catalog; registry: SourceRegistry }) {
  const url = useUrlState();
  const [basemapFailed, setBasemapFailed] = useState(false);
  const knownSources = useMemo(() => new Set(registry.map((s) => s.id)), [registry]);
  const population = useQuery(populationQuery);
  const layerData = useQueries({ queries: catalog.layers.map((entry) => layerDataQuery(entry, knownSources)) });

  const visible = useMemo(() => new Set(url.layers ?? catalog.layers.filter((l) => l.visible).map((l) => l.id)), [url.layers, catalog]);

  const style = useMemo(
    () => basemapStyle({ landUrl: geodataUrl(catalog.basemap.land), landAttribution: attributionFor(registry, catalog.basemap.sources) }),
    [catalog, registry],
  );

  const dataKey = layerData.map((q) => q.dataUpdatedAt).join();
  const sources = useMemo(() => {
    const out: Record<string, SourceInput> = {};
    // Counties wait for the population table so that their data is uploaded once, joined.
    if (population.isPending) return out;
    catalog.layers.forEach((entry, i) => {
      const data = layerData[i]?.data;
      if (!data) return;
      const joined = entry.schema === 'county' && population.data ? joinPopulation(data, population.data) : data;
      out[sourceIdFor(entry.id)] = { data: joined, attribution: attributionFor(registry, entry.sources) };
      if (styleKinds[entry.style].labelPoints) out[labelSourceIdFor(entry.id)] = { data: labelPoints(joined) };
    });
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- dataKey stands for layerData
  }, [catalog, registry, dataKey, population.data, population.isPending]);

  const layers = useMemo<LayerSpecification[]>(
    () =>
      catalog.layers.flatMap((entry) =>
        buildLayerSpecs({ entry, visible: visible.has(entry.id), opacity: url.opacity[entry.id] ?? entry.opacity, lang: url.lang }),
      ),
    [catalog, visible, url.opacity, url.lang],
  );

  const selectedEntry = url.selected && catalog.layers.find((l) => l.id === url.selected!.layer);
  const selectedFeature = useMemo(() => {
    if (!url.selected || !selectedEntry) return undefined;
    return sources[sourceIdFor(selectedEntry.id)]?.data.features.find((f) => String(f.properties?.id) === url.selected!.id);
  }, [url.selected, selectedEntry, sources]);

  const loadErrors = layerData.flatMap((q, i) => (q.error ? [`${catalog.layers[i]!.title.zh}: ${q.error.message}`] : []));

  function pick(f: PickedFeature | null) {
    updateUrlState({ selected: f && f.id !== undefined ? { layer: f.layer, id: String(f.id) } : undefined });
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
        <LayerPanel catalog={catalog} visible={visible} layers={layers} opacity={url.opacity} />
        <MapView
          style={style}
          camera={url.camera ?? DEFAULT_CAMERA}
          sources={sources}
          layers={layers}
          basemap={url.basemap}
          selection={selectedEntry && url.selected ? { source: sourceIdFor(selectedEntry.id), id: url.selected.id } : null}
          onCameraChange={(camera) => updateUrlState({ camera })}
          onPick={pick}
          onBasemapError={() => {
            setBasemapFailed(true);
            updateUrlState({ basemap: 'offline' });
          }}
        />
        {selectedEntry && selectedFeature && (
          <FeaturePanel entry={selectedEntry} properties={selectedFeature.properties ?? {}} registry={registry} onClose={() => pick(null)} />
        )}
        <div className="notices">
          {basemapFailed && <Notice kind="warning" textKey="basemapFailed" onClose={() => setBasemapFailed(false)} />}
          {loadErrors.map((e) => (
            <Notice key={e} kind="error" text={e} />
          ))}
        </div>
      </main>
    </div>
  );
}
