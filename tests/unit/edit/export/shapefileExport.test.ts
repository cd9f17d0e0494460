import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { cutUtf8, dbfFieldNames } from '../../../../src/edit/export/dbfWriter';
import { WGS84_PRJ, exportShapefileZip } from '../../../../src/edit/export/shapefileExport';
import { HAS_OGR, SKIP_NOTE, maxCoordinateDifference, ogrRead, ogrSummary, tempDir, unzipTo } from './gdal';

const layer = (file: string) => (JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as FeatureCollection).features;
const utf8 = new TextEncoder();
const DATE = new Date(2026, 11, 3);
const text = (b: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b); // keep a BOM to check it

const ring = (x: number, y: number, d: number) => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]; // counter-clockwise
const MIXED: Feature<Geometry | null>[] = [
  { type: 'Feature', id: 'pt', properties: { name_zh: '点', n: 1, empty: '' }, geometry: { type: 'Point', coordinates: [120, 28] } },
  { type: 'Feature', id: 'mpt', properties: { name_zh: '多点' }, geometry: { type: 'MultiPoint', coordinates: [[120, 28], [120.5, 28.5]] } },
  { type: 'Feature', id: 'ln', properties: { name_zh: '线' }, geometry: { type: 'LineString', coordinates: [[120, 28], [121, 28.5]] } },
  { type: 'Feature', id: 'mln', properties: { name_zh: '多线' }, geometry: { type: 'MultiLineString', coordinates: [[[120, 28], [121, 28]], [[120, 29], [121, 29]]] } },
  { type: 'Feature', id: 'hole', properties: { name_zh: '有洞' }, geometry: { type: 'Polygon', coordinates: [ring(120, 28, 1), ring(120.25, 28.25, 0.5).reverse()] } },
  { type: 'Feature', id: 'mpg', properties: { name_zh: '两块' }, geometry: { type: 'MultiPolygon', coordinates: [[ring(120, 28, 1)], [ring(122, 28, 1)]] } },
  { type: 'Feature', id: 'none', properties: { name_zh: '无' }, geometry: null },
  { type: 'Feature', id: 'gc', properties: { name_zh: '集合' }, geometry: { type: 'GeometryCollection', geometries: [] } },
];

describe('shapefile export', () => {
  it('names dBase fields in at most 10 bytes, uniquely and the way GDAL does', () => {
    const names = dbfFieldNames(['id', 'inferred_note_zh', 'inferred_note_en', 'INFERRED_N', 'investment_total_yi', 'investment_plan_yi', '规划项目名称', '']);
    expect(Object.fromEntries(names)).toEqual({
      id: 'id',
      inferred_note_zh: 'inferred_n',
      inferred_note_en: 'inferred_1',
      INFERRED_N: 'INFERRED_2',
      investment_total_yi: 'investment',
      investment_plan_yi: 'investme_1',
      规划项目名称: '规划项', // 9 bytes: a fourth character would need 12
      '': 'field',
    });
  });

  it('cuts UTF-8 only between characters', () => {
    expect(text(cutUtf8(utf8.encode('温州a'), 5))).toBe('温');
    expect(text(cutUtf8(utf8.encode('温州a'), 6))).toBe('温州');
    expect(text(cutUtf8(utf8.encode('a😀'), 4))).toBe('a');
  });

  it('zips one shapefile per geometry type with a UTF-8 .cpg, a WGS-84 .prj and the field table', async () => {
    const r = await exportShapefileZip(MIXED, 'mixed', { date: DATE });
    const files = unzipSync(r.zip);
    expect(r.shapefiles).toEqual(['mixed_points', 'mixed_multipoints', 'mixed_lines', 'mixed_polygons']);
    expect(Object.keys(files).sort()).toEqual(['fields.csv', ...r.shapefiles.flatMap((s) => ['cpg', 'dbf', 'prj', 'shp', 'shx'].map((e) => `${s}.${e}`))].sort());
    expect(text(files['mixed_lines.cpg'])).toBe('UTF-8');
    expect(text(files['mixed_lines.prj'])).toBe(WGS84_PRJ);
    expect(r.skipped).toEqual([{ feature: 'none', reason: 'no geometry' }, { feature: 'gc', reason: 'GeometryCollection' }]);
    expect(text(files['fields.csv'])).toBe(
      '\uFEFFfile,dbf_field,property,type,width,decimals\r\n' +
        ['mixed_points,name_zh,name_zh,C,3,0', 'mixed_points,n,n,N,1,0', 'mixed_points,empty,empty,C,1,0', 'mixed_multipoints,name_zh,name_zh,C,6,0', 'mixed_lines,name_zh,name_zh,C,6,0', 'mixed_polygons,name_zh,name_zh,C,6,0'].join('\r\n'),
    );
    // The same layer on the same date is the same bytes.
    expect((await exportShapefileZip(MIXED, 'mixed', { date: DATE })).zip).toEqual(r.zip);
  });

  it('writes Chinese as UTF-8 bytes, fields as wide as their longest value, and reports what it cut', async () => {
    const features = layer('projects/projects.geojson');
    const r = await exportShapefileZip(features, 'projects', { date: DATE });
    const dbf = unzipSync(r.zip)['projects_points.dbf']!;
    const first = features[0]!.properties!.name_zh as string;
    expect(Buffer.from(dbf).includes(Buffer.from(first, 'utf8'))).toBe(true);
    const long = features.flatMap((f) =>
      Object.entries(f.properties!).flatMap(([k, v]) => (typeof v === 'string' && utf8.encode(v).length > 254 ? [{ feature: String(f.properties!.id), field: k }] : [])),
    );
    expect(long.length).toBeGreaterThan(10);
    expect(r.truncated).toEqual(long);
    expect(r.renamed).toMatchObject({ investment_total_yi: 'investment', investment_plan_yi: 'investme_1', inferred_note_zh: 'inferred_n', inferred_note_en: 'inferred_1' });
    expect(text(unzipSync(r.zip)['truncated.csv']).split('\r\n')).toHaveLength(long.length + 1);
  });

  it('keeps a layer name that is safe as a file name', async () => {
    expect((await exportShapefileZip(MIXED.slice(0, 1), '铁路/站点:2026')).shapefiles).toEqual(['铁路_站点_2026_points']);
  });
});

describe.skipIf(!HAS_OGR)(`shapefile export read back by GDAL${SKIP_NOTE}`, () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** What GDAL must read for a value: text cut to 254 bytes without the trailing spaces dBase pads
   * with (a cut can end on a space), an empty text as null, logical as T/F. */
  const asRead = (v: unknown) => {
    if (typeof v === 'boolean') return v ? 'T' : 'F';
    if (typeof v !== 'string') return v ?? null;
    return text(cutUtf8(utf8.encode(v), 254)).replace(/ +$/, '') || null;
  };

  it.each([
    ['stations', 'rail/stations.geojson', 46, 'Point'],
    ['projects', 'projects/projects.geojson', 146, 'Point'],
    ['counties', 'admin/counties.geojson', 12, 'Polygon'],
  ])('%s: same count, names, numbers, text and coordinates, in WGS 84', async (name, file, count, type) => {
    const features = layer(file);
    const r = await exportShapefileZip(features, name);
    unzipTo(r.zip, dir);
    const shp = join(dir, `${r.shapefiles[0]}.shp`);
    const summary = ogrSummary(shp);
    expect(r.shapefiles).toHaveLength(1);
    expect(summary).toContain(`\nFeature Count: ${count}\n`);
    expect(summary).toContain(`\nGeometry: ${type}\n`);
    expect(summary).toContain('GEOGCRS["WGS 84"');
    expect(summary).toContain('ID["EPSG",4326]]');
    const field = (k: string) => r.renamed[k] ?? k;
    const numeric = [...new Set(features.flatMap((f) => Object.keys(f.properties!).filter((k) => typeof f.properties![k] === 'number')))];
    expect(numeric.length).toBeGreaterThan(0);
    for (const k of numeric) expect(summary).toMatch(new RegExp(`\\n${field(k)}: (Integer|Integer64|Real) `));
    const read = ogrRead(shp).features;
    expect(read).toHaveLength(count);
    expect(read.map((f) => f.properties!.name_zh)).toEqual(features.map((f) => f.properties!.name_zh));
    read.forEach((g, i) => {
      const f = features[i]!;
      for (const [k, v] of Object.entries(f.properties!)) expect([k, g.properties![field(k)] ?? null]).toEqual([k, asRead(v)]);
      expect(maxCoordinateDifference(g.geometry!, f.geometry!)).toBeLessThan(1e-6);
    });
  });

  it('reads every geometry type back, holes as holes', async () => {
    const r = await exportShapefileZip(MIXED, 'mixed');
    unzipTo(r.zip, dir);
    const kept = MIXED.slice(0, 6);
    const read = r.shapefiles.flatMap((s) => ogrRead(join(dir, `${s}.shp`)).features);
    expect(read.map((f) => f.properties!.name_zh)).toEqual(kept.map((f) => f.properties!.name_zh));
    expect(read.map((f) => f.geometry!.type)).toEqual(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);
    read.forEach((g, i) => expect(maxCoordinateDifference(g.geometry!, kept[i]!.geometry!)).toBe(0));
    expect(read[0]!.properties).toEqual({ name_zh: '点', n: 1, empty: null });
  });
});
