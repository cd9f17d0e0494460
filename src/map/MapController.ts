/**
 * The one MapLibre instance, owned by a framework-free controller. React hands it the desired
 * sources, layers, basemap and selection; each setter skips input that did not change and
 * applies only the difference, so React re-renders never rebuild the map or re-upload data.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapVisibility, OSM_SOURCE, type Basemap } from './basemapStyle';
import { cameraEquals, type Camera } from '../state/camera';
import { WENZHOU_BBOX } from '../data/wenzhouBounds';
import type { LayerMetadata } from '../layers/types';

maplibregl.setWorkerUrl(workerUrl);

export interface PickedFeature {
  layer: string;
  source: string;
  geometryType: string;
  id: string | number | undefined;
  properties: Record<string, unknown>;
}

export interface SourceInput {
  data: GeoJSON.FeatureCollection;
  attribution?: string;
}

export interface MapControllerOptions {
  container: HTMLElement;
  style: StyleSpecification;
  camera: Camera;
  onCameraChange(camera: Camera): void;
  /** Everything under the click, topmost first (empty when nothing interactive was hit). */
  onPick(features: PickedFeature[]): void;
  onBasemapError(): void;
}

type Selection = { source: string; id: string | number } | null;

export class MapController {
  readonly map: maplibregl.Map;
  private readonly opts: MapControllerOptions;
  private ready = false;
  private sources: Record<string, SourceInput> = {};
  private layers: LayerSpecification[] = [];
  private applied = new Map<string, LayerSpecification>();
  private appliedData = new Map<string, GeoJSON.FeatureCollection>();
  private basemap: Basemap = 'offline';
  private selection: Selection = null;
  private appliedSelection: Selection = null;
  private highlight: { source: string; ids: readonly (string | number)[] } | null = null;
  private appliedHighlight: { source: string; ids: readonly (string | number)[] } | null = null;

  constructor(opts: MapControllerOptions) {
    this.opts = opts;
    this.map = new maplibregl.Map({
      container: opts.container,
      style: opts.style,
      center: opts.camera.center,
      zoom: opts.camera.zoom,
      bearing: opts.camera.bearing,
      pitch: opts.camera.pitch,
      // Keep the view on the data: a little beyond Wenzhou's box, never the whole globe.
      maxBounds: [
        [WENZHOU_BBOX[0] - 1.5, WENZHOU_BBOX[1] - 1],
        [WENZHOU_BBOX[2] + 1.5, WENZHOU_BBOX[3] + 1],
      ],
      minZoom: 6,
      // Compact: starts open (licences visible), folds away once the user moves the map.
      attributionControl: { compact: true },
    });
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.map.addControl(new maplibregl.FullscreenControl(), 'top-right');
    this.map.on('load', () => {
      this.ready = true;
      this.apply();
    });
    this.map.on('moveend', () => this.opts.onCameraChange(this.camera()));
    this.map.on('click', (e) => this.opts.onPick(this.pick(e.point)));
    this.map.on('mousemove', (e) => {
      this.map.getCanvas().style.cursor = this.pick(e.point).length ? 'pointer' : '';
    });
    this.map.on('error', (e) => {
      if ((e as { sourceId?: string }).sourceId === OSM_SOURCE && this.basemap === 'osm') this.opts.onBasemapError();
      else console.error(e.error);
    });
  }

  camera(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  setCamera(camera: Camera) {
    if (!cameraEquals(camera, this.camera())) this.map.jumpTo(camera);
  }

  setSources(sources: Record<string, SourceInput>) {
    if (sources === this.sources) return;
    this.sources = sources;
    this.apply();
  }

  setLayers(layers: LayerSpecification[]) {
    if (layers === this.layers) return;
    this.layers = layers;
    this.apply();
  }

  setBasemap(basemap: Basemap) {
    if (basemap === this.basemap) return;
    this.basemap = basemap;
    this.apply();
  }

  setSelection(selection: Selection) {
    if (selection?.source === this.selection?.source && selection?.id === this.selection?.id) return;
    this.selection = selection;
    this.apply();
  }

  /** Marks a set of features (e.g. a clicked bar's projects) with the `highlight` feature-state. */
  setHighlight(highlight: { source: string; ids: readonly (string | number)[] } | null) {
    if (highlight === this.highlight) return;
    this.highlight = highlight;
    this.apply();
  }

  /** Moves the camera to show a [west, south, east, north] box. */
  fitBounds(bbox: [number, number, number, number], maxZoom = 12) {
    this.map.fitBounds(bbox, { padding: 60, maxZoom, duration: 600 });
  }

  flyTo(center: [number, number], zoom: number) {
    this.map.flyTo({ center, zoom: Math.max(zoom, this.map.getZoom()), duration: 600 });
  }

  destroy() {
    this.map.remove();
  }

  private pick(point: maplibregl.PointLike): PickedFeature[] {
    const layers = this.layers.filter((l) => (l.metadata as LayerMetadata | undefined)?.['wz:interactive'] && l.layout?.visibility !== 'none' && l.type !== 'symbol').map((l) => l.id);
    if (!this.ready || layers.length === 0) return [];
    // queryRenderedFeatures lists the topmost drawn feature first: points over polygons.
    return this.map.queryRenderedFeatures(point, { layers }).map((f) => ({
      layer: (f.layer.metadata as LayerMetadata)['wz:layer'],
      source: f.source,
      geometryType: f.geometry.type,
      id: f.id,
      properties: { ...f.properties },
    }));
  }

  private apply() {
    if (!this.ready) return;
    this.applySources();
    this.applyLayers();
    for (const [id, v] of Object.entries(basemapVisibility(this.basemap))) this.map.setLayoutProperty(id, 'visibility', v);
    this.applySelection();
    this.applyHighlight();
  }

  private applyHighlight() {
    const prev = this.appliedHighlight;
    const next = this.highlight;
    if (prev === next) return;
    if (prev && this.map.getSource(prev.source)) for (const id of prev.ids) this.map.setFeatureState({ source: prev.source, id }, { highlight: false });
    if (next && this.map.getSource(next.source)) {
      for (const id of next.ids) this.map.setFeatureState({ source: next.source, id }, { highlight: true });
      this.appliedHighlight = next;
    } else this.appliedHighlight = null;
  }

  private applySources() {
    // A source goes to the map (and its worker) only once a visible layer draws it: hidden layers
    // cost nothing at start-up.
    const drawn = new Set(this.layers.filter((l) => l.layout?.visibility !== 'none' && 'source' in l).map((l) => (l as { source: string }).source));
    for (const [id, input] of Object.entries(this.sources)) {
      const before = this.appliedData.get(id);
      if (before === input.data) continue;
      if (!before && !drawn.has(id)) continue;
      if (!before) {
        const spec: GeoJSONSourceSpecification = { type: 'geojson', data: input.data, promoteId: 'id', attribution: input.attribution };
        this.map.addSource(id, spec);
      } else {
        // Only for data that really changed (an edit or an import), never for a filter.
        (this.map.getSource(id) as maplibregl.GeoJSONSource).setData(input.data);
      }
      this.appliedData.set(id, input.data);
    }
  }

  private applyLayers() {
    const wanted = new Set(this.layers.map((l) => l.id));
    for (const id of this.applied.keys()) {
      if (!wanted.has(id)) {
        this.map.removeLayer(id);
        this.applied.delete(id);
      }
    }
    for (const layer of this.layers) {
      if (!('source' in layer) || !this.map.getSource(layer.source as string)) continue;
      const before = this.applied.get(layer.id);
      if (before === layer) continue;
      if (!before || before.type !== layer.type || (before as { source?: unknown }).source !== (layer as { source?: unknown }).source) {
        if (before) this.map.removeLayer(layer.id);
        this.map.addLayer(layer);
      } else {
        updateLayer(this.map, before, layer);
      }
      this.applied.set(layer.id, layer);
    }
  }

  private applySelection() {
    const prev = this.appliedSelection;
    const next = this.selection;
    if (prev && this.map.getSource(prev.source)) this.map.setFeatureState(prev, { selected: false });
    if (next && this.map.getSource(next.source)) {
      this.map.setFeatureState(next, { selected: true });
      this.appliedSelection = next;
    } else this.appliedSelection = null;
  }
}

/** Applies only the paint, layout, filter and zoom-range entries that differ between two specs. */
function updateLayer(map: maplibregl.Map, before: LayerSpecification, after: LayerSpecification) {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const kind of ['paint', 'layout'] as const) {
    const a = (before[kind] ?? {}) as Record<string, unknown>;
    const b = (after[kind] ?? {}) as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (same(a[key], b[key])) continue;
      // The keys come from a spec that passed the style validator, so they are known properties.
      if (kind === 'paint') map.setPaintProperty(after.id, key as 'fill-color', b[key] as never);
      else map.setLayoutProperty(after.id, key as 'visibility', b[key] as never);
    }
  }
  if ('filter' in after || 'filter' in before) {
    const fa = (before as { filter?: unknown }).filter;
    const fb = (after as { filter?: maplibregl.FilterSpecification }).filter;
    if (!same(fa, fb)) map.setFilter(after.id, fb ?? null);
  }
  if (before.minzoom !== after.minzoom || before.maxzoom !== after.maxzoom) map.setLayerZoomRange(after.id, after.minzoom ?? 0, after.maxzoom ?? 24);
}
