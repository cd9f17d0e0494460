/**
 * The map controller's sync against a fake map that records calls and keeps a layer order the way
 * MapLibre does (addLayer with a beforeId inserts below it; moveLayer moves).
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { StyleSync, type MapLike } from '../../../src/map/styleSync';

function fakeMap(baseLayers: string[] = ['basemap:sea', 'basemap:land']) {
  const order = [...baseLayers];
  const sources = new Map<string, { setData(d: unknown): void }>();
  const calls: string[] = [];
  const map: MapLike = {
    addSource(id) {
      calls.push(`addSource ${id}`);
      sources.set(id, { setData: () => calls.push(`setData ${id}`) });
    },
    getSource: (id) => sources.get(id),
    addLayer(spec, beforeId) {
      calls.push(`addLayer ${spec.id}${beforeId ? ` before ${beforeId}` : ''}`);
      const at = beforeId ? order.indexOf(beforeId) : -1;
      if (at < 0) order.push(spec.id);
      else order.splice(at, 0, spec.id);
    },
    removeLayer(id) {
      calls.push(`removeLayer ${id}`);
      order.splice(order.indexOf(id), 1);
    },
    moveLayer(id, beforeId) {
      calls.push(`moveLayer ${id}${beforeId ? ` before ${beforeId}` : ''}`);
      order.splice(order.indexOf(id), 1);
      const at = beforeId ? order.indexOf(beforeId) : -1;
      if (at < 0) order.push(id);
      else order.splice(at, 0, id);
    },
    getLayersOrder: () => [...order],
    setPaintProperty: (id, k) => calls.push(`setPaintProperty ${id} ${k}`),
    setLayoutProperty: (id, k, v) => calls.push(`setLayoutProperty ${id} ${k}=${String(v)}`),
    setFilter: (id) => calls.push(`setFilter ${id}`),
    setLayerZoomRange: (id) => calls.push(`setLayerZoomRange ${id}`),
    setFeatureState: (t, s) => calls.push(`setFeatureState ${t.source}/${t.id} ${JSON.stringify(s)}`),
  };
  return { map, order, calls };
}

const fc = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });
const data = { a: fc(), b: fc(), c: fc() };
const sources = { a: { data: data.a }, b: { data: data.b }, c: { data: data.c } };

/** One catalog layer's part: a circle on source `src`, visible or hidden, optionally filtered. */
function layer(id: string, src: keyof typeof data, visible = true, filter?: unknown): LayerSpecification {
  return {
    id,
    type: 'circle',
    source: src,
    layout: { visibility: visible ? 'visible' : 'none' },
    paint: { 'circle-radius': 4 },
    ...(filter ? { filter } : {}),
  } as LayerSpecification;
}

describe('StyleSync: layer order', () => {
  it('inserts a layer switched on after load below the next wanted layer, not on top', () => {
    const { map, order, calls } = fakeMap();
    const sync = new StyleSync(map);
    // Catalog order a, b, c; only b and c are visible at load (a's source is not even sent).
    let wanted = [layer('a', 'a', false), layer('b', 'b'), layer('c', 'c')];
    sync.syncSources(sources, wanted);
    sync.syncLayers(wanted);
    expect(order).toEqual(['basemap:sea', 'basemap:land', 'b', 'c']);

    // The user switches a on: it belongs under b, although it arrives last.
    calls.length = 0;
    wanted = [layer('a', 'a', true), layer('b', 'b'), layer('c', 'c')];
    sync.syncSources(sources, wanted);
    sync.syncLayers(wanted);
    expect(order).toEqual(['basemap:sea', 'basemap:land', 'a', 'b', 'c']);
    expect(calls).toEqual(['addSource a', 'addLayer a before b']);
  });

  it('keeps catalog order through several late toggles and a hidden layer between them', () => {
    const { map, order } = fakeMap();
    const sync = new StyleSync(map);
    const step = (vis: [boolean, boolean, boolean]) => {
      const wanted = [layer('a', 'a', vis[0]), layer('b', 'b', vis[1]), layer('c', 'c', vis[2])];
      sync.syncSources(sources, wanted);
      sync.syncLayers(wanted);
    };
    step([false, false, true]);
    step([true, false, true]);
    step([true, true, true]);
    step([false, true, false]);
    expect(order.slice(2)).toEqual(['a', 'b', 'c']);
  });

  it('moves layers when the wanted order itself changes', () => {
    const { map, order, calls } = fakeMap();
    const sync = new StyleSync(map);
    const a = layer('a', 'a');
    const b = layer('b', 'b');
    const c = layer('c', 'c');
    sync.syncSources(sources, [a, b, c]);
    sync.syncLayers([a, b, c]);
    calls.length = 0;
    sync.syncLayers([c, a, b]);
    expect(order.slice(2)).toEqual(['c', 'a', 'b']);
    expect(calls.every((c) => c.startsWith('moveLayer'))).toBe(true);
  });

  it('waits with a layer whose source has not arrived, then inserts it in its place', () => {
    const { map, order } = fakeMap();
    const sync = new StyleSync(map);
    const wanted = [layer('a', 'a'), layer('b', 'b'), layer('c', 'c')];
    sync.syncSources({ a: sources.a, c: sources.c }, wanted);
    sync.syncLayers(wanted);
    expect(order.slice(2)).toEqual(['a', 'c']);
    sync.syncSources(sources, wanted);
    sync.syncLayers(wanted);
    expect(order.slice(2)).toEqual(['a', 'b', 'c']);
  });
});

describe('StyleSync: a filter change', () => {
  it('sets the filter only, with no setData, no re-added layer and no other call', () => {
    const { map, calls } = fakeMap();
    const sync = new StyleSync(map);
    const before = [layer('a', 'a'), layer('b', 'b')];
    sync.syncSources(sources, before);
    sync.syncLayers(before);
    calls.length = 0;
    // A new array of new spec objects, as React hands over after a filter change.
    const after = [layer('a', 'a', true, ['==', ['get', 'category'], '产业']), layer('b', 'b')];
    sync.syncSources({ ...sources }, after);
    sync.syncLayers(after);
    expect(calls).toEqual(['setFilter a']);
  });

  it('re-sends data only when the data object itself changed', () => {
    const { map, calls } = fakeMap();
    const sync = new StyleSync(map);
    const wanted = [layer('a', 'a')];
    sync.syncSources(sources, wanted);
    calls.length = 0;
    sync.syncSources({ ...sources, a: { data: data.a } }, wanted);
    expect(calls).toEqual([]);
    sync.syncSources({ ...sources, a: { data: fc() } }, wanted);
    expect(calls).toEqual(['setData a']);
  });
});

describe('StyleSync: feature-states', () => {
  it('sets new values, resets features no longer listed and leaves unchanged ones alone', () => {
    const { map, calls } = fakeMap();
    const sync = new StyleSync(map);
    sync.syncSources(sources, [layer('a', 'a')]);
    sync.syncState('count', [{ source: 'a', id: 1, value: 3 }, { source: 'a', id: 2, value: 5 }], 0);
    calls.length = 0;
    sync.syncState('count', [{ source: 'a', id: 2, value: 5 }, { source: 'a', id: 3, value: 1 }], 0);
    expect(calls.sort()).toEqual(['setFeatureState a/1 {"count":0}', 'setFeatureState a/3 {"count":1}']);
  });

  it('applies a state once its source reaches the map', () => {
    const { map, calls } = fakeMap();
    const sync = new StyleSync(map);
    sync.syncState('selected', [{ source: 'b', id: 'x', value: true }], false);
    expect(calls).toEqual([]);
    sync.syncSources(sources, [layer('b', 'b')]);
    sync.syncState('selected', [{ source: 'b', id: 'x', value: true }], false);
    expect(calls).toContain('setFeatureState b/x {"selected":true}');
  });
});
