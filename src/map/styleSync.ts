/**
 * Brings a map's sources, layers and feature-states to what is wanted, with as few calls as
 * possible. It knows only a small slice of the MapLibre API (`MapLike`), so a unit test can run it
 * against a fake map that records every call.
 *
 * - Layers end up on the map in exactly the order of the wanted list: a layer switched on late is
 *   inserted before the next wanted layer already on the map (as react-map-gl does), and a reorder
 *   moves layers with `moveLayer`. Layers that only changed paint, layout, filter or zoom range are
 *   updated in place.
 * - A source is sent to the map once a visible layer draws it; `setData` runs only when the data
 *   object itself changed (an edit or an import), never for a filter or a style change.
 * - Feature-states are diffed per key, source and id, so a filter change touches only what changed.
 */
import type { FilterSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { SourceInput, StateEntry } from '../layers/types';

export type { SourceInput, StateEntry };

type FeatureState = Record<string, unknown>;


/** The part of maplibregl.Map this module uses. */
export interface MapLike {
  addSource(id: string, spec: GeoJSONSourceSpecification): unknown;
  getSource(id: string): unknown;
  addLayer(spec: LayerSpecification, beforeId?: string): unknown;
  removeLayer(id: string): unknown;
  moveLayer(id: string, beforeId?: string): unknown;
  getLayersOrder(): string[];
  setPaintProperty(layer: string, name: string, value: unknown): unknown;
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
  setFilter(layer: string, filter: FilterSpecification | null): unknown;
  setLayerZoomRange(layer: string, min: number, max: number): unknown;
  setFeatureState(target: { source: string; id: string | number }, state: FeatureState): unknown;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const sourceOf = (l: LayerSpecification) => ('source' in l ? (l.source as string) : undefined);

export class StyleSync {
  private readonly appliedLayers = new Map<string, LayerSpecification>();
  private readonly appliedData = new Map<string, GeoJSON.FeatureCollection>();
  /** feature-state key → "source\0id" → the value last applied. */
  private readonly appliedStates = new Map<string, Map<string, StateEntry>>();

  constructor(private readonly map: MapLike) {}

  /** Adds sources that a visible layer draws; re-sends a source's data only when the object changed. */
  syncSources(sources: Record<string, SourceInput>, layers: readonly LayerSpecification[]) {
    const drawn = new Set(layers.filter((l) => l.layout?.visibility !== 'none').map(sourceOf));
    for (const [id, input] of Object.entries(sources)) {
      const before = this.appliedData.get(id);
      if (before === input.data) continue;
      if (!before) {
        // Hidden layers cost nothing at start-up: their data goes to the worker when first shown.
        if (!drawn.has(id)) continue;
        this.map.addSource(id, { type: 'geojson', data: input.data, promoteId: 'id', attribution: input.attribution });
      } else {
        (this.map.getSource(id) as { setData(d: GeoJSON.FeatureCollection): unknown }).setData(input.data);
      }
      this.appliedData.set(id, input.data);
    }
  }

  /** Makes the map's own layers equal to `wanted`, in its order (above any layer of the base style). */
  syncLayers(wanted: readonly LayerSpecification[]) {
    const ids = new Set(wanted.map((l) => l.id));
    for (const id of [...this.appliedLayers.keys()]) {
      if (!ids.has(id)) {
        this.map.removeLayer(id);
        this.appliedLayers.delete(id);
      }
    }
    // Only layers whose source is on the map can be added; the others wait for a later call.
    const present = wanted.filter((l) => {
      const s = sourceOf(l);
      return !s || this.map.getSource(s) !== undefined;
    });
    // From the top down, so the layer above each one is always on the map already.
    let above: string | undefined;
    for (let i = present.length - 1; i >= 0; i--) {
      const layer = present[i]!;
      const before = this.appliedLayers.get(layer.id);
      if (!before || before.type !== layer.type || sourceOf(before) !== sourceOf(layer)) {
        if (before) this.map.removeLayer(layer.id);
        this.map.addLayer(layer, above);
      } else if (before !== layer) {
        this.updateLayer(before, layer);
      }
      this.appliedLayers.set(layer.id, layer);
      above = layer.id;
    }
    this.fixOrder(present.map((l) => l.id));
  }

  /**
   * One feature-state key kept equal to `entries` (e.g. "selected": the one selected feature).
   * Features that had the key set before and are no longer listed get `reset`; listed features
   * whose value did not change are not touched. Features of sources not on the map yet are set
   * once their source arrives.
   */
  syncState(key: string, entries: readonly StateEntry[], reset: unknown) {
    const applied = this.appliedStates.get(key) ?? new Map<string, StateEntry>();
    const wanted = new Map(entries.map((e) => [`${e.source}\u0000${e.id}`, e]));
    for (const [k, e] of applied) {
      if (wanted.has(k)) continue;
      if (this.map.getSource(e.source) !== undefined) this.map.setFeatureState({ source: e.source, id: e.id }, { [key]: reset });
      applied.delete(k);
    }
    for (const [k, e] of wanted) {
      if (same(applied.get(k)?.value, e.value) || this.map.getSource(e.source) === undefined) continue;
      this.map.setFeatureState({ source: e.source, id: e.id }, { [key]: e.value });
      applied.set(k, e);
    }
    this.appliedStates.set(key, applied);
  }

  /** Whether a layer is on the map (it may still wait for its source). */
  hasLayer(id: string) {
    return this.appliedLayers.has(id);
  }

  private fixOrder(order: readonly string[]) {
    const mine = new Set(order);
    const actual = this.map.getLayersOrder().filter((id) => mine.has(id));
    if (actual.length === order.length && actual.every((id, i) => id === order[i])) return;
    // Rare (the catalog was reordered): move each layer under the one that must be above it.
    for (let i = order.length - 2; i >= 0; i--) this.map.moveLayer(order[i]!, order[i + 1]);
  }

  /** Applies only the paint, layout, filter and zoom-range entries that differ between two specs. */
  private updateLayer(before: LayerSpecification, after: LayerSpecification) {
    for (const kind of ['paint', 'layout'] as const) {
      const a = (before[kind] ?? {}) as Record<string, unknown>;
      const b = (after[kind] ?? {}) as Record<string, unknown>;
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (same(a[key], b[key])) continue;
        if (kind === 'paint') this.map.setPaintProperty(after.id, key, b[key]);
        else this.map.setLayoutProperty(after.id, key, b[key]);
      }
    }
    const fa = (before as { filter?: FilterSpecification }).filter;
    const fb = (after as { filter?: FilterSpecification }).filter;
    if (!same(fa, fb)) this.map.setFilter(after.id, fb ?? null);
    if (before.minzoom !== after.minzoom || before.maxzoom !== after.maxzoom) this.map.setLayerZoomRange(after.id, after.minzoom ?? 0, after.maxzoom ?? 24);
  }
}

/** What each feature-state key is reset to when a feature leaves its list (selected, highlight, stack count). */
export const STATE_RESET: Record<string, unknown> = { selected: false, highlight: false, count: 0 };
