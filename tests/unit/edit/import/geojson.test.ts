import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { readGeojson } from '../../../../src/edit/import/geojson';
import { parseFiles } from '../../../../src/edit/import/parseFiles';
import { bytesOf, fileOf, metres, truthById } from './helpers';

const enc = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
const point = { type: 'Point', coordinates: [120.6, 28] };

describe('readGeojson', () => {
  it('a FeatureCollection, a single Feature and a bare geometry', () => {
    const fc = readGeojson(bytesOf('stations-truth.geojson'));
    expect(fc.features).toHaveLength(10);
    expect(fc.fields).toEqual(['id', 'name_zh', 'name_en', 'line_ids', 'station_kind', 'status', 'is_hub', 'station_order']);
    expect(fc.crs).toEqual({ kind: 'none' });
    expect(readGeojson(enc({ type: 'Feature', properties: { name_zh: '甲' }, geometry: point })).features[0]!.properties).toEqual({ name_zh: '甲' });
    expect(readGeojson(enc(point)).features).toEqual([{ type: 'Feature', properties: {}, geometry: point }]);
  });
  it('a "crs" member naming EPSG:4549 (as ogr2ogr writes projected GeoJSON) is reprojected to within 1 m', () => {
    const r = readGeojson(bytesOf('stations-4549.geojson'));
    expect(r.crs).toEqual({ kind: 'prj', name: 'EPSG:4549' });
    for (const f of r.features) expect(metres((f.geometry as { coordinates: Position }).coordinates, truthById.get(f.properties!.id)!.geometry.coordinates)).toBeLessThan(1);
  });
  it('features without geometry or with malformed coordinates are skipped by number; null properties become {}', () => {
    const r = readGeojson(enc({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: null, geometry: point }, { type: 'Feature', properties: {}, geometry: null }, { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['a', 1] } }] }));
    expect(r.features[0]!.properties).toEqual({});
    expect(r.skipped.map((s) => s.row)).toEqual([2, 3]);
    expect(r.skipped[1]!.reason.en).toContain('malformed');
  });
  it('rings are wound as RFC 7946 says', () => {
    const cw = [[[120.6, 28], [120.6, 28.1], [120.7, 28.1], [120.7, 28], [120.6, 28]]];
    const r = readGeojson(enc({ type: 'Polygon', coordinates: cw }));
    expect((r.features[0]!.geometry as { coordinates: Position[][] }).coordinates[0]).toEqual([...cw[0]!].reverse());
  });
});

describe('what is not GeoJSON is an ImportError with zh and en text and a fix', () => {
  it.each([
    ['an array', []],
    ['an unknown type', { type: 'Thing' }],
    ['TopoJSON', { type: 'Topology', objects: {} }],
    ['Esri JSON', { geometryType: 'esriGeometryPoint', features: [] }],
    ['a FeatureCollection without features', { type: 'FeatureCollection' }],
  ])('%s', (_, value) => {
    expect(() => readGeojson(enc(value))).toThrowError(expect.objectContaining({ name: 'ImportError', text: { zh: expect.stringContaining('不是 GeoJSON'), en: expect.stringContaining('not GeoJSON') }, fix: expect.objectContaining({ en: expect.stringContaining('GeoJSON') }) }));
  });
  it('broken JSON says where', async () => {
    await expect(parseFiles([fileOf('cut.geojson', '{"type":"FeatureCollection",\n"features":[\n{"type":"Feature",}')])).rejects.toMatchObject({
      name: 'ImportError',
      text: { zh: expect.stringContaining('第 3 行'), en: expect.stringContaining('line 3') },
    });
  });
  it('projected coordinates without a "crs" member', () => {
    expect(() => readGeojson(enc({ type: 'Point', coordinates: [559017.7, 3098586.8] }))).toThrowError(expect.objectContaining({ text: expect.objectContaining({ en: expect.stringContaining('not longitude/latitude') }) }));
  });
  it('a "crs" it does not know', () => {
    expect(() => readGeojson(enc({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2000' } }, features: [] }))).toThrowError(expect.objectContaining({ text: expect.objectContaining({ zh: expect.stringContaining('EPSG::2000') }) }));
  });
});
