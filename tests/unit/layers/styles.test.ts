import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../src/data/schemas';
import { basemapStyle, basemapVisibility, tiandituParts } from '../../../src/map/basemapStyle';
import { buildLayerSpecs, labelSourceIdFor, sourceIdFor, stackSourceIdFor, styleKinds } from '../../../src/layers/registry';
import { DEFAULT_THEME as theme } from '../../../src/layers/theme';
import { legendFromSpecs } from '../../../src/layers/legend';
import { projectFilterExpression } from '../../../src/filters/projectFilter';
import { EMPTY_FILTERS } from '../../../src/filters/filterState';

const catalog = catalogSchema.parse(JSON.parse(readFileSync('geodata/catalog.json', 'utf8')));
const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

function styleWith(lang: 'zh' | 'en', visible: boolean) {
  const style = basemapStyle({ landUrl: 'geodata/basemap/land.geojson', seaUrl: 'geodata/basemap/sea.geojson', outlineUrl: 'geodata/basemap/wenzhou.geojson', landAttribution: 'test', theme, lang });
  for (const entry of catalog.layers) {
    style.sources[sourceIdFor(entry.id)] = { type: 'geojson', data: empty, promoteId: 'id' };
    style.sources[stackSourceIdFor(entry.id)] = { type: 'geojson', data: empty, promoteId: 'id' };
    if (styleKinds[entry.style].labelPoints) style.sources[labelSourceIdFor(entry.id)] = { type: 'geojson', data: empty };
    // Stacked layers get one layer per slot of their largest stack: 13 in the real data.
    style.layers.push(...buildLayerSpecs({ entry, visible, opacity: 0.5, lang, theme, stackSlots: 13 }));
  }
  return style;
}

describe('generated styles', () => {
  it.each([
    ['zh', true],
    ['en', false],
  ] as const)('pass the MapLibre style validator (lang %s, visible %s)', (lang, visible) => {
    expect(validateStyleMin(styleWith(lang, visible))).toEqual([]);
  });

  it('stays valid with user filters and a recoloured choropleth applied to every layer', () => {
    const style = styleWith('zh', true);
    style.layers = style.layers.filter((l) => l.id.startsWith('basemap:'));
    const filter = projectFilterExpression({ ...EMPTY_FILTERS.projects, categories: ['产业'], zones: ['main', 'node'], investment: [50, 300], years: [2021, 2025], q: '新区' });
    for (const entry of catalog.layers)
      style.layers.push(...buildLayerSpecs({ entry, visible: true, opacity: 1, lang: 'en', theme, stackSlots: 3, filter, choropleth: { metric: 'density_2021', breaks: [300, 800, 1500, 3000], unit: { zh: '人/km²', en: '/km²' } } }));
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has no glyphs URL, so labels draw with local fonts offline', () => {
    expect(styleWith('zh', true).glyphs).toBeUndefined();
  });

  it('hides every part of a layer that is switched off', () => {
    const specs = buildLayerSpecs({ entry: catalog.layers[0]!, visible: false, opacity: 1, lang: 'zh', theme });
    expect(specs.length).toBeGreaterThan(0);
    expect(specs.every((s) => s.layout?.visibility === 'none')).toBe(true);
  });

  it('shows each base layer only with its basemap choice', () => {
    const style = basemapStyle({ landUrl: 'l', seaUrl: 's', outlineUrl: 'o', landAttribution: 'a', theme, lang: 'zh', vector: { url: 'pmtiles://x', flavor: 'light', attribution: 'b' } });
    const vis = (b: 'offline' | 'osm' | 'tianditu') => Object.fromEntries(style.layers.map((l) => [l.id, basemapVisibility(l, b)]));
    expect(vis('offline')).toMatchObject({ 'basemap:osm': 'none', 'basemap:land': 'visible', 'basemap:pm:earth': 'visible' });
    expect(vis('osm')).toMatchObject({ 'basemap:osm': 'visible', 'basemap:land': 'none', 'basemap:pm:earth': 'none', 'basemap:outside': 'visible' });
    expect(style.layers.some((l) => l.type === 'background' && l.id !== 'basemap:outside')).toBe(false);
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('asks 天地图 for Web Mercator tiles with the user\'s own key, escaped', () => {
    const { sources, layers } = tiandituParts('a b&c');
    const vec = sources['tianditu-vec'] as { tiles: string[] };
    expect(vec.tiles).toHaveLength(4);
    expect(vec.tiles[0]).toMatch(/^https:\/\/t0\.tianditu\.gov\.cn\/vec_w\/wmts\?.*TILEMATRIXSET=w.*&tk=a%20b%26c$/);
    expect(layers.map((l) => basemapVisibility(l, 'tianditu'))).toEqual(['visible', 'visible']);
  });

  const legendOf = (id: string, lang: 'zh' | 'en' = 'zh') =>
    legendFromSpecs(buildLayerSpecs({ entry: catalog.layers.find((l) => l.id === id)!, visible: true, opacity: 1, lang, theme }));

  it('derives each legend from the colours the layer draws with', () => {
    expect(legendOf('counties')).toEqual([{ kind: 'fill', color: '#e9e2cf', stroke: '#5b5146', label: undefined }]);
    expect(legendOf('county-seats')).toEqual([{ kind: 'circle', color: '#b3261e', stroke: '#ffffff', label: undefined }]);
  });

  it('shows rail status as solid, dashed and dotted lines', () => {
    const items = legendOf('rail-lines');
    expect(items.map((i) => [i.label?.zh, i.dash])).toEqual([
      ['已开通运营', undefined],
      ['在建', [3, 2]],
      ['规划', [0.8, 1.6]],
    ]);
  });

  it('lists station kinds from the data-driven ring colour', () => {
    expect(legendOf('rail-stations', 'en').map((i) => i.label?.en)).toEqual(['Suburban rail station', 'National rail station', 'Airport']);
  });

  it('labels choropleth classes with their bounds and unit', () => {
    expect(legendOf('population-2021').map((i) => i.label?.zh)).toEqual(['< 30 万人', '30 – 60 万人', '60 – 90 万人', '90 – 120 万人', '≥ 120 万人', '未注明或不可比']);
  });
});
