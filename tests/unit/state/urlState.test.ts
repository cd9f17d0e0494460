import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../../src/state/urlState';

describe('URL state', () => {
  it('round-trips camera, layers, opacity, language, basemap and selection', () => {
    const hash = '#map=10.5/27.99/120.69/15/30&layers=counties,county-seats&opacity=counties:0.4&lang=en&basemap=osm&sel=counties/330302';
    const state = parseUrlState(hash);
    expect(state.camera).toEqual({ center: [120.69, 27.99], zoom: 10.5, bearing: 15, pitch: 30 });
    expect(state.layers).toEqual(['counties', 'county-seats']);
    expect(state.opacity).toEqual({ counties: 0.4 });
    expect(state.lang).toBe('en');
    expect(state.basemap).toBe('osm');
    expect(state.selected).toEqual({ layer: 'counties', id: '330302' });
    expect(serializeUrlState(state)).toBe(hash);
  });

  it('keeps filters and the open panel next to the view', () => {
    const hash = '#map=9/28/120.6&panel=stats&cat=产业&cty=330302,330381&inv=50~300&q=新区';
    const state = parseUrlState(hash);
    expect(state.panel).toBe('stats');
    expect(state.filters.projects).toMatchObject({ categories: ['产业'], counties: ['330302', '330381'], investment: [50, 300], q: '新区' });
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('tells "no layers visible" apart from "catalog defaults"', () => {
    expect(parseUrlState('#layers=').layers).toEqual([]);
    expect(parseUrlState('#map=9/28/120.6').layers).toBeUndefined();
  });

  it('drops malformed parts instead of throwing', () => {
    const state = parseUrlState('#map=abc/1/2&layers=ok,<script>&opacity=counties:7,x:0.5&lang=fr&basemap=evil&sel=a/b/c');
    expect(state.camera).toBeUndefined();
    expect(state.layers).toEqual(['ok']);
    expect(state.opacity).toEqual({ x: 0.5 });
    expect(state.lang).toBe('zh');
    expect(state.basemap).toBe('offline');
    expect(state.selected).toBeUndefined();
  });

  it('rounds the camera to about a metre and leaves defaults out', () => {
    const hash = serializeUrlState({ ...DEFAULT_URL_STATE, camera: { center: [120.123456789, 27.987654321], zoom: 8.33333, bearing: 0, pitch: 0 } });
    expect(hash).toBe('#map=8.33/27.98765/120.12346');
  });
});
