import { describe, expect, it } from 'vitest';
import { csvToFeatures, guessLngLat } from '../../../../src/edit/import/csv';
import { parseFiles } from '../../../../src/edit/import/parseFiles';
import { fileOf, fixture, truth } from './helpers';

describe('guessLngLat', () => {
  it.each([
    [['名称', '经度', '纬度'], { lng: '经度', lat: '纬度' }],
    [['name', ' Lng ', 'LAT'], { lng: ' Lng ', lat: 'LAT' }],
    [['Longitude', 'Latitude'], { lng: 'Longitude', lat: 'Latitude' }],
    [['东经', '北纬'], { lng: '东经', lat: '北纬' }],
    [['x', 'y'], { lng: 'x', lat: 'y' }],
    [['POINT_X', 'POINT_Y'], { lng: 'POINT_X', lat: 'POINT_Y' }],
    [['经度（GCJ02）', '纬度（GCJ02）'], { lng: '经度（GCJ02）', lat: '纬度（GCJ02）' }],
    [['lon', 'x', 'lat'], { lng: 'lon', lat: 'lat' }],
    [['名称', '经纬度'], { lng: '经纬度', lat: '经纬度' }],
    [['名称', '地址'], { lng: undefined, lat: undefined }],
  ])('%j → %j', (columns, expected) => expect(guessLngLat(columns)).toEqual(expected));
});

describe('csvToFeatures', () => {
  const text = ['名称,经度,纬度,投资,备注', '甲,120.6,28.0,12.5,', '乙,,28.0,3,', '丙,东经120度,28.0,,', '丁,120.6,128.0,,', '', '戊,0,0,,', '己,120.7,28.1,,"两行', '的备注"', '庚,120.8,28.2,,'].join('\n');
  const r = csvToFeatures(text, { lng: '经度', lat: '纬度' });
  it('makes points of the good rows; other columns stay strings and empty cells are left out', () => {
    expect(r.features.map((f) => f.properties!.名称)).toEqual(['甲', '己', '庚']);
    expect(r.features[0]).toEqual({ type: 'Feature', properties: { 名称: '甲', 投资: '12.5' }, geometry: { type: 'Point', coordinates: [120.6, 28.0] } });
    expect(r.features[1]!.properties!.备注).toBe('两行\n的备注');
    expect(r.fields).toEqual(['名称', '投资', '备注']);
    expect(r.rows).toBe(7);
  });
  it('skips bad rows with the row number a spreadsheet shows (header = row 1) and the reason', () => {
    expect(r.skipped.map((s) => s.row)).toEqual([3, 4, 5, 7]);
    expect(r.skipped[0]!.reason).toEqual({ zh: '第 3 行：经度为空', en: 'row 3: 经度 is empty' });
    expect(r.skipped[1]!.reason.en).toBe('row 4: 经度 "东经120度" is not a number');
    expect(r.skipped[2]!.reason.zh).toContain('超出 -90…90');
    expect(r.skipped[3]!.reason.en).toContain('0, 0');
  });
  it('reads "lng,lat" in one cell', () => {
    const one = csvToFeatures('名称,经纬度\n甲,"120.65,28.01"\n乙,120.65\n', { lng: '经纬度', lat: '经纬度' });
    expect(one.features[0]!.geometry.coordinates).toEqual([120.65, 28.01]);
    expect(one.skipped.map((s) => s.row)).toEqual([3]);
  });
  it('says when the columns look swapped, and throws for a column the header lacks', () => {
    const swapped = csvToFeatures('lng,lat\n28,120.6\n28.1,120.7\n', { lng: 'lng', lat: 'lat' });
    expect(swapped.warnings.map((w) => w.en).join()).toContain('swapped');
    expect(() => csvToFeatures('a,b\n1,2\n', { lng: '经度', lat: '纬度' })).toThrowError(expect.objectContaining({ name: 'ImportError', fix: { zh: expect.stringContaining('a、b'), en: expect.stringContaining('a, b') } }));
  });
  it('reads tab-separated text (Excel "Unicode text")', () => {
    expect(csvToFeatures('名称\t经度\t纬度\n甲\t120.6\t28\n', { lng: '经度', lat: '纬度' }).features).toHaveLength(1);
  });
});

describe('CSV files from spreadsheets', () => {
  const names = truth.features.map((f) => f.properties!.name_zh);
  it('UTF-8 with BOM: columns found, Chinese intact, the first column not polluted by the BOM', async () => {
    const r = await parseFiles([fixture('stations-gcj02.csv')]);
    expect(r.encoding).toBe('utf-8');
    expect(r.csv).toEqual({ columns: ['编号', '名称', '英文名称', '线路', '经度', '纬度', '站序'], lng: '经度', lat: '纬度', rows: 10 });
    expect(r.features.map((f) => f.properties!.名称)).toEqual(names);
    expect(r.features[0]!.properties!.编号).toBe('s1-station-03');
    expect(r.features[9]!.properties).not.toHaveProperty('站序'); // the airport has no order: left out
  });
  it('GBK (Excel "CSV" on a Chinese Windows) is detected as gbk with the Chinese correct', async () => {
    const r = await parseFiles([fixture('stations-gbk.csv')]);
    expect(r.encoding).toBe('gbk');
    expect(r.features.map((f) => f.properties!.名称)).toEqual(names);
    expect(r.warnings).toEqual([]);
  });
  it('without recognisable coordinate columns it returns the columns for the user to choose, then reads with the choice', async () => {
    const file = () => fileOf('点位.csv', '名称,东,北\n甲,120.6,28\n乙,120.7,28.1\n');
    const first = await parseFiles([file()]);
    expect(first.features).toEqual([]);
    expect(first.csv).toEqual({ columns: ['名称', '东', '北'], lng: undefined, lat: undefined, rows: 2 });
    expect(first.warnings[0]!.en).toContain('choose');
    const second = await parseFiles([file()], { csv: { lng: '东', lat: '北' } });
    expect(second.features).toHaveLength(2);
  });
});
