import { describe, expect, it } from 'vitest';
import type { Feature, Point, Position } from 'geojson';
import gcoord from 'gcoord';
import { detectShift, toWgs84 } from '../../../../src/edit/import/crs';
import { parseFiles } from '../../../../src/edit/import/parseFiles';
import { fixture, metres, truth, truthById, truthByName } from './helpers';

const known = new Map([...truthByName].map(([name, p]) => [name, [p]]));

describe('GCJ-02 coordinates copied from Amap (stations-gcj02.csv)', async () => {
  const r = await parseFiles([fixture('stations-gcj02.csv')]);
  it('detectShift sees the ~500 m GCJ-02 offset and suggests gcj02', () => {
    const shift = detectShift(r.features, known, '名称');
    expect(shift.matched).toBe(10);
    expect(shift.gcj02Like).toBe(10);
    expect(shift.medianRawMetres).toBeGreaterThan(150);
    expect(shift.medianRawMetres).toBeLessThan(1000);
    expect(shift.suggestion).toBe('gcj02');
    expect(shift.medianAfterMetres).toBeLessThan(30);
  });
  it('toWgs84 then puts every station within 5 m of the WGS-84 truth', () => {
    for (const f of toWgs84(r.features, 'gcj02')) expect(metres((f.geometry as Point).coordinates, truthById.get(f.properties!.编号 as string)!.geometry.coordinates)).toBeLessThan(5);
  });
});

describe('detectShift', () => {
  it('suggests nothing for points already in WGS-84', () => {
    const shift = detectShift(truth.features, known);
    expect(shift.medianRawMetres).toBeLessThan(1);
    expect(shift.suggestion).toBeUndefined();
  });
  it('suggests bd09 for Baidu coordinates', () => {
    const bd = truth.features.map((f) => ({ ...f, geometry: { type: 'Point' as const, coordinates: gcoord.transform(f.geometry.coordinates as [number, number], gcoord.WGS84, gcoord.BD09) } }));
    const shift = detectShift(bd, known);
    expect(shift.medianRawMetres).toBeGreaterThan(1000);
    expect(shift.suggestion).toBe('bd09');
    expect(shift.medianAfterMetres).toBeLessThan(30);
  });
  it('needs at least three matched names before it suggests anything', () => {
    const gcj = truth.features.slice(0, 2).map((f) => ({ ...f, geometry: { type: 'Point' as const, coordinates: gcoord.transform(f.geometry.coordinates as [number, number], gcoord.WGS84, gcoord.GCJ02) } }));
    const shift = detectShift(gcj, known);
    expect(shift.matched).toBe(2);
    expect(shift.suggestion).toBeUndefined();
  });
});

describe('toWgs84', () => {
  const features: Feature[] = [
    { type: 'Feature', properties: { a: 1 }, geometry: { type: 'Polygon', coordinates: [[[120.6, 28], [120.7, 28], [120.7, 28.1], [120.6, 28]]] } },
    { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [120.6, 28, 12] }, { type: 'MultiLineString', coordinates: [[[120.6, 28], [120.7, 28.1]]] }] } },
  ];
  const before = JSON.stringify(features);
  const out = toWgs84(features, 'gcj02');
  it('converts every position of every geometry type, keeps a third value, rounds to 6 decimals', () => {
    const ring = (out[0]!.geometry as { coordinates: Position[][] }).coordinates[0]!;
    expect(metres(ring[0]!, [120.6, 28])).toBeGreaterThan(300);
    for (const p of ring) for (const v of p) expect(Math.round(v * 1e6) / 1e6).toBe(v);
    const gc = out[1]!.geometry as { geometries: { coordinates: Position }[] };
    expect(gc.geometries[0]!.coordinates[2]).toBe(12);
  });
  it('leaves the input untouched and shares properties', () => {
    expect(JSON.stringify(features)).toBe(before);
    expect(out[0]!.properties).toBe(features[0]!.properties);
  });
});
