/**
 * The one MapLibre instance, owned by a framework-free controller. React hands it the desired
 * sources, layers, basemap and feature-states; `StyleSync` applies only the differences, in the
 * order given, so React re-renders never rebuild the map or re-upload data.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { basemapVisibility, ONLINE_SOURCES, tiandituParts, type Basemap } from './basemapStyle';
import { StyleSync, type SourceInput, type StateEntry } from './styleSync';
import { MAP_LOCALES } from './mapLocale';
import { cameraEquals, type Camera } from '../state/camera';
import type { Lang } from '../layers/theme';
import type { LayerMetadata } from '../layers/types';
import { GeometryEditor } from './GeometryEditor';

maplibregl.setWorkerUrl(workerUrl);
// A detailed offline basemap is read from a local PMTiles file by HTTP range requests.
maplibregl.addProtocol('pmtiles', new Protocol().tile);

export type { SourceInput, StateEntry };

export interface PickedFeature {
  layer: string;
  source: string;
  geometryType: string;
  id: string | number | undefined;
  properties: Record<string, unknown>;
  /** The feature's feature-state (a stack badge's current count). */
  state: Record<string, unknown>;
  /** The clicked point, for features that act on where they are (a stack badge zooms in there). */
  lngLat: [number, number];
}

export interface MapControllerOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** The camera to open with; without one the map fits `bounds` to its container. */
  camera?: Camera;
  bounds: [number, number, number, number];
  /** Beyond this box the map never shows anything (the basemap is drawn that far). */
  maxBounds: [number, number, number, number];
  lang: Lang;
  onCameraChange(camera: Camera): void;
  /** Everything under the click, topmost first (empty when nothing interactive was hit). */
  onPick(features: PickedFeature[]): void;
  onBasemapError(): void;
  /**
   * An off-screen map for export: drawn at `pixelRatio` device pixels per CSS pixel into a canvas
   * that keeps its pixels, with no controls, no interaction and no fades.
   */
  capture?: { pixelRatio: number };
}

export class MapController {
  readonly map: maplibregl.Map;
  private readonly opts: MapControllerOptions;
  private readonly sync: StyleSync;
  private ready = false;
  private sources: Record<string, SourceInput> = {};
  private layers: LayerSpecification[] = [];
  private basemap: Basemap = 'offline';
  private tiandituKey: string | undefined;
  private tiandituAdded: string | undefined;
  private readonly states = new Map<string, { entries: readonly StateEntry[]; reset: unknown }>();
  private controls: maplibregl.IControl[] = [];
  private lang: Lang;
  private hoverFrame = 0;
  private geometryEditor: GeometryEditor | undefined;

  constructor(opts: MapControllerOptions) {
    this.opts = opts;
    this.lang = opts.lang;
    const [w, s, e, n] = opts.maxBounds;
    this.map = new maplibregl.Map({
      container: opts.container,
      style: opts.style,
      ...(opts.camera
        ? { center: opts.camera.center, zoom: opts.camera.zoom, bearing: opts.camera.bearing, pitch: opts.camera.pitch }
        : { bounds: opts.bounds, fitBoundsOptions: { padding: 24 } }),
      // MapLibre zooms in rather than show beyond these bounds, so every allowed view is covered
      // by the offline basemap.
      maxBounds: [
        [w, s],
        [e, n],
      ],
      locale: MAP_LOCALES[opts.lang],
      attributionControl: false,
      ...(opts.capture && {
        pixelRatio: opts.capture.pixelRatio,
        canvasContextAttributes: { preserveDrawingBuffer: true },
        interactive: false,
        fadeDuration: 0,
      }),
    });
    this.sync = new StyleSync(this.map as unknown as ConstructorParameters<typeof StyleSync>[0]);
    if (!opts.capture) this.addControls();
    this.map.on('load', () => {
      this.ready = true;
      this.apply();
    });
    this.map.on('moveend', () => this.opts.onCameraChange(this.camera()));
    // While a new feature is being drawn, a click places a vertex: it selects nothing.
    this.map.on('click', (e) => !this.geometryEditor?.drawing && this.opts.onPick(this.pick(e.point, e.lngLat)));
    // Hover picking at most once a frame: queryRenderedFeatures is not free on a slow GPU.
    this.map.on('mousemove', (e) => {
      if (this.hoverFrame) return;
      this.hoverFrame = requestAnimationFrame(() => {
        this.hoverFrame = 0;
        if (!this.ready) return;
        this.map.getCanvas().style.cursor = this.pick(e.point, e.lngLat).length ? 'pointer' : '';
      });
    });
    this.map.on('error', (e) => {
      const source = (e as { sourceId?: string }).sourceId;
      if (source && ONLINE_SOURCES.includes(source) && this.basemap !== 'offline') this.opts.onBasemapError();
      else console.error(e.error);
    });
  }

  /** Resolves once the map has drawn everything it was given (tiles, data, labels). */
  async drawn(): Promise<void> {
    if (!this.ready) await new Promise<void>((resolve) => this.map.once('load', () => resolve()));
    // A frame is needed after the last change before MapLibre can report itself idle.
    this.map.triggerRepaint();
    await new Promise<void>((resolve) => this.map.once('idle', () => resolve()));
  }

  /** The map as drawn now, as a PNG data URL (drawn again first: the live canvas keeps no pixels). */
  snapshot(): string {
    this.map.redraw();
    return this.map.getCanvas().toDataURL('image/png');
  }

  camera(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  setCamera(camera: Camera | undefined) {
    if (camera && !cameraEquals(camera, this.camera())) this.map.jumpTo(camera);
  }

  /** A presenter's move between slides: eased; the next key's move interrupts it cleanly. */
  easeToCamera(camera: Camera) {
    this.map.easeTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch, duration: 900 });
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

  /** The basemap to show; 天地图 needs the user's key (its layers are added the first time). */
  setBasemap(basemap: Basemap, tiandituKey?: string) {
    if (basemap === this.basemap && tiandituKey === this.tiandituKey) return;
    this.basemap = basemap;
    this.tiandituKey = tiandituKey;
    this.apply();
  }

  /** Keeps one feature-state key (selected, highlight, count…) equal to `entries`; others get `reset`. */
  setStates(key: string, entries: readonly StateEntry[], reset: unknown = false) {
    if (this.states.get(key)?.entries === entries) return;
    this.states.set(key, { entries, reset });
    this.apply();
  }

  /** Map controls (zoom, compass, full screen, scale, credits) labelled in the UI language. */
  setLang(lang: Lang) {
    if (lang === this.lang || this.opts.capture) return;
    this.lang = lang;
    this.map._locale = { ...this.map._locale, ...MAP_LOCALES[lang] };
    this.map.getCanvas().setAttribute('aria-label', this.map._getUIString('Map.Title'));
    for (const c of this.controls) this.map.removeControl(c);
    this.addControls();
  }

  /** Moves the camera to show a [west, south, east, north] box, clear of a panel `right` px wide. */
  fitBounds(bbox: [number, number, number, number], maxZoom = 12, right = 0) {
    this.map.fitBounds(bbox, { padding: { top: 60, bottom: 60, left: 60, right: 60 + right }, maxZoom, duration: 600 });
  }

  flyTo(center: [number, number], zoom: number) {
    this.map.flyTo({ center, zoom: Math.max(zoom, this.map.getZoom()), duration: 600 });
  }

  /**
   * Pans just enough that `lngLat` lies in the part of the map not covered by a panel
   * (`cover.right` pixels on the right, `cover.bottom` at the bottom); does nothing when it does.
   */
  keepVisible(lngLat: [number, number], cover: { right: number; bottom: number }) {
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    const free = { right: Math.max(w - cover.right, w * 0.3), bottom: Math.max(h - cover.bottom, h * 0.3) };
    const p = this.map.project(lngLat);
    const margin = 40;
    if (p.x >= margin && p.x <= free.right - margin && p.y >= margin && p.y <= free.bottom - margin) return;
    this.map.panBy([p.x - free.right / 2, p.y - free.bottom / 2], { duration: 400 });
  }

  /** Geometry editing, created on first use (terra-draw adds its own sources and layers then). */
  editor(): GeometryEditor {
    return (this.geometryEditor ??= new GeometryEditor(this.map));
  }

  destroy() {
    cancelAnimationFrame(this.hoverFrame);
    this.geometryEditor?.destroy();
    this.map.remove();
  }

  /** Back to the view a first visit opens with: the whole city fitted to the map. */
  fitHome(duration = 0) {
    this.map.fitBounds(this.opts.bounds, { padding: 24, duration });
  }

  private addControls() {
    const attribution = new maplibregl.AttributionControl({ compact: true });
    this.controls = [
      new maplibregl.NavigationControl({ visualizePitch: true }),
      new HomeControl(MAP_LOCALES[this.lang]['HomeControl.Title']!, () => this.fitHome(500)),
      new maplibregl.FullscreenControl(),
      new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }),
      attribution,
    ];
    this.map.addControl(this.controls[0]!, 'top-right');
    this.map.addControl(this.controls[1]!, 'top-right');
    this.map.addControl(this.controls[2]!, 'top-right');
    this.map.addControl(this.controls[3]!, 'bottom-left');
    this.map.addControl(attribution, 'bottom-right');
    // Compact credits unfold when their text first arrives; fold them to the (i) button once the
    // map has drawn, so they cover nothing until the reader asks for them.
    if (this.ready) attribution._updateCompactMinimize();
    else this.map.once('idle', () => attribution._updateCompactMinimize());
  }

  /** Adds (or, for a new key, replaces) the 天地图 layers, just above the offline basemap. */
  private addTianditu(key: string) {
    const parts = tiandituParts(key);
    for (const l of parts.layers) if (this.map.getLayer(l.id)) this.map.removeLayer(l.id);
    for (const id of Object.keys(parts.sources)) if (this.map.getSource(id)) this.map.removeSource(id);
    const above = this.map.getLayersOrder().find((id) => !id.startsWith('basemap:'));
    for (const [id, spec] of Object.entries(parts.sources)) this.map.addSource(id, spec);
    for (const l of parts.layers) this.map.addLayer(l, above);
    this.tiandituAdded = key;
  }

  private pick(point: maplibregl.PointLike, at: maplibregl.LngLat): PickedFeature[] {
    const layers = this.layers
      .filter((l) => (l.metadata as LayerMetadata | undefined)?.['wz:interactive'] && l.layout?.visibility !== 'none' && l.type !== 'symbol' && this.sync.hasLayer(l.id))
      .map((l) => l.id);
    if (!this.ready || layers.length === 0) return [];
    // queryRenderedFeatures lists the topmost drawn feature first: points over polygons.
    return this.map.queryRenderedFeatures(point, { layers }).map((f) => ({
      layer: (f.layer.metadata as LayerMetadata)['wz:layer'],
      source: f.source,
      geometryType: f.geometry.type,
      id: f.id,
      properties: { ...f.properties },
      state: { ...f.state },
      lngLat: [at.lng, at.lat],
    }));
  }

  private apply() {
    if (!this.ready) return;
    this.sync.syncSources(this.sources, this.layers);
    this.sync.syncLayers(this.layers);
    if (this.basemap === 'tianditu' && this.tiandituKey && this.tiandituKey !== this.tiandituAdded) this.addTianditu(this.tiandituKey);
    for (const layer of this.map.getStyle().layers) {
      if (!layer.id.startsWith('basemap:')) continue;
      const v = basemapVisibility(layer, this.basemap);
      if ((layer.layout?.visibility ?? 'visible') !== v) this.map.setLayoutProperty(layer.id, 'visibility', v);
    }
    for (const [key, { entries, reset }] of this.states) this.sync.syncState(key, entries, reset);
  }
}

/** A map button that shows the whole city again (⌂), labelled in the UI language. */
class HomeControl implements maplibregl.IControl {
  private container?: HTMLElement;
  constructor(
    private readonly label: string,
    private readonly onClick: () => void,
  ) {}
  onAdd() {
    const div = document.createElement('div');
    div.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'wz-ctrl-home';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    button.textContent = '⌂';
    button.addEventListener('click', this.onClick);
    div.append(button);
    this.container = div;
    return div;
  }
  onRemove() {
    this.container?.remove();
  }
}
