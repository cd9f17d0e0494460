import { describe, expect, it } from 'vitest';
import { parseFiles, PROGRESS_TOTAL } from '../../../../src/edit/import/parseFiles';
import { unzip } from '../../../../src/edit/import/unzip';
import { bytesOf, fileOf, fixture, makeZip } from './helpers';

const importError = (zh: string, en: string) => ({ name: 'ImportError', text: { zh: expect.stringContaining(zh), en: expect.stringContaining(en) } });

describe('parseFiles picks the reader', () => {
  it('by content when the extension does not say (GeoJSON with no extension, KML saved as .xml)', async () => {
    expect((await parseFiles([fixture('stations-truth.geojson', 'stations')])).format).toBe('geojson');
    expect((await parseFiles([fixture('stations.kml', 'stations.xml')])).format).toBe('kml');
  });
  it('a zip of a CSV reads the CSV', async () => {
    const r = await parseFiles([fileOf('表.zip', makeZip([{ name: '点位/stations.csv', bytes: bytesOf('stations-gcj02.csv') }]))]);
    expect(r.format).toBe('csv');
    expect(r.features).toHaveLength(10);
  });
  it('a zip from a Chinese Windows (GBK entry names, no UTF-8 flag) keeps the layer name', async () => {
    const parts = await unzip(bytesOf('stations-ldid936-4490-nocpg.zip'));
    const gbk = new Uint8Array([0xb3, 0xb5, 0xd5, 0xbe]); // 车站
    const zip = makeZip(parts.map((p) => ({ name: new Uint8Array([...gbk, ...new TextEncoder().encode(p.name.slice(-4))]), bytes: p.bytes })));
    const r = await parseFiles([fileOf('车站.zip', zip)]);
    expect(r.layers!.map((l) => l.name)).toEqual(['车站']);
  });
  it('a zip holding a shapefile and a KML takes the shapefile and says the KML was left', async () => {
    const parts = await unzip(bytesOf('stations-ldid936-4490-nocpg.zip'));
    const r = await parseFiles([fileOf('mixed.zip', makeZip([...parts, { name: 'stations.kml', bytes: bytesOf('stations.kml') }]))]);
    expect(r.format).toBe('shapefile');
    expect(r.warnings.map((w) => w.en).join()).toContain('stations.kml in the zip were not imported');
  });
  it('reports progress on one scale, never going back, ending at the total', async () => {
    const seen: [number, number][] = [];
    await parseFiles([fixture('stations-gbk-4549.zip')], {}, (done, total) => seen.push([done, total]));
    expect(seen.every(([, total]) => total === PROGRESS_TOTAL)).toBe(true);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
    expect(seen.at(-1)![0]).toBe(PROGRESS_TOTAL);
  });
  it('after the one-shot JSON.parse, a big GeoJSON reports at least every 5 % as features are converted', async () => {
    const features = Array.from({ length: 2000 }, (_, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [120.6 + i / 1e4, 28] } }));
    const seen: number[] = [];
    await parseFiles([fileOf('big.geojson', JSON.stringify({ type: 'FeatureCollection', features }))], {}, (done) => seen.push(done));
    const afterParse = seen.filter((d) => d >= 0.7 * PROGRESS_TOTAL);
    expect(afterParse.length).toBeGreaterThan(20);
    expect(Math.max(...afterParse.slice(1).map((d, i) => d - afterParse[i]!))).toBeLessThanOrEqual(0.05 * PROGRESS_TOTAL);
  });
  it('warns when most features lie far from Wenzhou', async () => {
    const r = await parseFiles([fileOf('beijing.geojson', JSON.stringify({ type: 'Point', coordinates: [116.4, 39.9] }))]);
    expect(r.warnings.map((w) => w.en).join()).toContain('outside Wenzhou');
  });
});

describe('what parseFiles cannot read is an ImportError in Chinese and English', () => {
  it('an unknown format names the formats supported', async () => {
    const err = parseFiles([fileOf('图.dat', new Uint8Array([0, 1, 2, 3, 255]))]);
    await expect(err).rejects.toMatchObject(importError('无法识别', 'not recognised'));
    await expect(err).rejects.toMatchObject({ fix: { zh: expect.stringContaining('GeoJSON'), en: expect.stringContaining('shapefile') } });
  });
  it('an Excel workbook is told to be saved as CSV first', async () => {
    await expect(parseFiles([fileOf('项目.xlsx', makeZip([{ name: 'xl/workbook.xml', bytes: new Uint8Array(4) }]))])).rejects.toMatchObject({ fix: { zh: expect.stringContaining('CSV UTF-8'), en: expect.stringContaining('CSV UTF-8') } });
  });
  it('a binary file named .csv', async () => {
    await expect(parseFiles([fileOf('项目.csv', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))])).rejects.toMatchObject(importError('不是文本文件', 'not a text file'));
  });
  it('a truncated zip, a zip with nothing to import, several unrelated files, no file', async () => {
    await expect(parseFiles([fileOf('cut.zip', bytesOf('stations-gbk-4549.zip').slice(0, 3000))])).rejects.toMatchObject(importError('压缩包已损坏', 'zip file is damaged'));
    await expect(parseFiles([fileOf('pics.zip', makeZip([{ name: 'a.png', bytes: new Uint8Array(4) }]))])).rejects.toMatchObject(importError('没有可导入的图层', 'no layer'));
    await expect(parseFiles([fixture('stations.kml'), fixture('stations.gpx')])).rejects.toMatchObject(importError('一次只能导入一个文件', 'one file at a time'));
    await expect(parseFiles([])).rejects.toMatchObject(importError('没有文件', 'no file'));
  });
});
