import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import booleanClockwise from '@turf/boolean-clockwise';
import { parseZip } from 'shpjs';
import { parseFiles } from '../../../../src/edit/import/parseFiles';
import { unzip } from '../../../../src/edit/import/unzip';
import { bytesOf, fileOf, fixture, metres, truth, truthById } from './helpers';

const looseFiles = async (zip: string, keep: (name: string) => boolean = () => true) =>
  (await unzip(bytesOf(zip))).filter((e) => keep(e.name)).map((e) => fileOf(e.name.split('/').pop()!, e.bytes));

describe('a GBK shapefile in CGCS2000 / 3-degree Gauss-Kruger (EPSG:4549), zipped in a folder', async () => {
  const r = await parseFiles([fixture('stations-gbk-4549.zip')]);
  const stations = r.features.slice(r.layers![0]!.start, r.layers![0]!.start + r.layers![0]!.count);

  it('takes every layer in the zip and names it', () => {
    expect(r.format).toBe('shapefile');
    expect(r.layers!.map((l) => [l.name, l.count])).toEqual([
      ['stations', 10],
      ['counties', 3],
    ]);
    expect(r.crs).toEqual({ kind: 'prj', name: 'CGCS2000_3_Degree_GK_CM_120E' });
  });
  it('Chinese names come out exactly as in the source (the .cpg says CP936)', () => {
    expect(r.encoding).toBe('gbk');
    for (const f of stations) expect(f.properties!.name_zh).toBe(truthById.get(f.properties!.id)!.properties!.name_zh);
    expect(r.features.slice(10).map((f) => f.properties!.name_zh)).toEqual(['鹿城区', '龙湾区', '洞头区']);
  });
  it('points land within 1 m of the WGS-84 originals', () => {
    for (const f of stations) expect(metres((f.geometry as { coordinates: Position }).coordinates, truthById.get(f.properties!.id)!.geometry.coordinates)).toBeLessThan(1);
  });
  it('polygons come wound as RFC 7946 says (outer rings counter-clockwise), the island county as a MultiPolygon', () => {
    const counties = r.features.slice(10);
    expect(counties.map((f) => f.geometry.type)).toEqual(['Polygon', 'Polygon', 'MultiPolygon']);
    expect(booleanClockwise((counties[0]!.geometry as Polygon).coordinates[0]!)).toBe(false);
    expect('bbox' in counties[0]!.geometry).toBe(false);
  });
  it('fields are listed in dBase order (names as the 10-character dBase limit left them)', () => {
    expect(r.fields.slice(0, 8)).toEqual(['id', 'name_zh', 'name_en', 'line_ids', 'station_ki', 'status', 'is_hub', 'station_or']);
    expect(r.warnings).toEqual([]);
  });
  it('(why the encoding is decided here: shpjs alone reads CP936 as UTF-8 and garbles the names)', async () => {
    const alone = (await parseZip(bytesOf('stations-gbk-4549.zip'))) as unknown as { features: { properties: { name_zh: string } }[] }[];
    expect(alone[0]!.features[0]!.properties.name_zh).not.toBe('动车南站');
  });
});

describe('shapefiles that say less', () => {
  it('no .cpg: the dBase language-driver byte (0x4D, CP936) decides; CGCS2000 geographic is taken as WGS-84', async () => {
    const r = await parseFiles([fixture('stations-ldid936-4490-nocpg.zip')]);
    expect(r.encoding).toBe('gbk');
    expect(r.features.map((f) => f.properties!.name_zh)).toEqual(truth.features.map((f) => f.properties!.name_zh));
    expect(r.crs).toEqual({ kind: 'prj', name: 'GCS_China_Geodetic_Coordinate_System_2000' });
  });
  it('loose .shp/.dbf/.prj/.cpg dropped together read like the zip', async () => {
    const r = await parseFiles(await looseFiles('stations-gbk-4549.zip', (n) => n.includes('stations.')));
    expect(r.features).toHaveLength(10);
    expect(r.features[0]!.properties!.name_zh).toBe('动车南站');
  });
  it('no .prj and geographic coordinates: crs "none", the user chooses', async () => {
    const r = await parseFiles(await looseFiles('stations-ldid936-4490-nocpg.zip', (n) => !n.endsWith('.prj')));
    expect(r.crs).toEqual({ kind: 'none' });
  });
  it('no .prj and coordinates in metres: an ImportError, never a guessed projection', async () => {
    await expect(parseFiles(await looseFiles('stations-gbk-4549.zip', (n) => n.includes('stations.') && !n.endsWith('.prj')))).rejects.toMatchObject({
      name: 'ImportError',
      text: { zh: expect.stringContaining('不是经纬度'), en: expect.stringContaining('not longitude/latitude') },
      fix: { zh: expect.stringContaining('stations.prj'), en: expect.stringContaining('stations.prj') },
    });
  });
  it('no .cpg and no language driver: the bytes decide and a warning says so', async () => {
    const files = await looseFiles('stations-gbk-4549.zip', (n) => n.includes('stations.') && !n.endsWith('.cpg'));
    const r = await parseFiles(files);
    expect(r.encoding).toBe('gbk');
    expect(r.features[0]!.properties!.name_zh).toBe('动车南站');
    expect(r.warnings[0]!.zh).toContain('没有 .cpg');
    expect(r.warnings[0]!.en).toContain('no .cpg');
  });
  it("the user's encoding wins over the .cpg", async () => {
    const r = await parseFiles([fixture('stations-gbk-4549.zip')], { encoding: 'utf-8' });
    expect(r.encoding).toBe('utf-8');
    expect(r.features[0]!.properties!.name_zh).not.toBe('动车南站');
  });
  it('a .dbf without its .shp, and a damaged .shp, are ImportErrors', async () => {
    await expect(parseFiles(await looseFiles('stations-gbk-4549.zip', (n) => n.endsWith('stations.dbf')))).rejects.toMatchObject({ name: 'ImportError', text: { en: expect.stringContaining('.shp is missing') } });
    await expect(parseFiles([fileOf('x.shp', new Uint8Array(120).fill(7))])).rejects.toMatchObject({ name: 'ImportError', text: { zh: expect.stringContaining('已损坏') } });
  });
});
