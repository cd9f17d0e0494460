import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { fieldSpecs, keyOrder, labelOfField } from '../../../../src/edit/fieldSpecs';
import { applyMapping, suggestMapping } from '../../../../src/edit/import/fieldMapping';

const labelsOf = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, labelOfField(k)]));
const projectKeys = keyOrder('project');
const stationKeys = keyOrder('rail-station');

describe('suggestMapping', () => {
  it('maps a Chinese project table by label and synonym (名称, 状态, 总投资（亿元）, 开工年份 …)', () => {
    const columns = ['序号', '项目名称', '英文名称', '类别', '状态', '总投资（亿元）', '“十四五”计划投资（亿元）', '开工年份', '建成年份', '经度', '纬度', '备注'];
    const m = suggestMapping(columns, [...projectKeys, 'lng', 'lat'], labelsOf(projectKeys));
    expect(m).toMatchObject({
      name_zh: '项目名称',
      name_en: '英文名称',
      category: '类别',
      status: '状态',
      investment_total_yi: '总投资（亿元）',
      investment_plan_yi: '“十四五”计划投资（亿元）',
      start_year: '开工年份',
      end_year: '建成年份',
      lng: '经度',
      lat: '纬度',
    });
    expect(m.id).toBeUndefined(); // 序号 is a row counter, not an id
    expect(Object.keys(m)).toEqual([...projectKeys, 'lng', 'lat']);
  });
  it('名称 and 投资 alone; a case/underscore variant; KML\'s "name"', () => {
    expect(suggestMapping(['名称', '投资'], projectKeys, labelsOf(projectKeys))).toMatchObject({ name_zh: '名称', investment_total_yi: '投资' });
    expect(suggestMapping(['Name ZH', 'STATUS'], projectKeys, labelsOf(projectKeys))).toMatchObject({ name_zh: 'Name ZH', status: 'STATUS' });
    expect(suggestMapping(['name', 'description'], stationKeys, labelsOf(stationKeys)).name_zh).toBe('name');
  });
  it('never maps a column in 万元 to a key in 亿元', () => {
    expect(suggestMapping(['总投资（万元）'], projectKeys, labelsOf(projectKeys)).investment_total_yi).toBeUndefined();
  });
  it('maps the 10-character dBase names of a shapefile back, when only one key fits', () => {
    const m = suggestMapping(['id', 'name_zh', 'station_ki', 'station_or', 'is_hub', 'inferred_n'], stationKeys, labelsOf(stationKeys));
    expect(m).toMatchObject({ id: 'id', name_zh: 'name_zh', station_kind: 'station_ki', station_order: 'station_or', is_hub: 'is_hub' });
    expect(m.inferred_note_zh).toBeUndefined(); // _zh or _en? the user says
  });
});

describe('applyMapping', () => {
  const numericKeys = new Set(fieldSpecs('project').filter((f) => f.kind === 'number' || f.kind === 'integer').map((f) => f.key));
  const booleanKeys = new Set(['is_hub', 'inferred']);
  const feature = (properties: Record<string, unknown>): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [120.6, 28] } });
  const mapping = { name_zh: '项目名称', investment_total_yi: '总投资', start_year: '开工', inferred: '推断', county_adcode: '县代码', status: undefined };
  const [a, b] = applyMapping(
    [feature({ 项目名称: ' 甲项目 ', 总投资: '12.5', 开工: '2023', 推断: '是', 县代码: 330302, 多余: 'x' }), feature({ 项目名称: '乙项目', 总投资: '', 开工: '约2024年', 推断: '0' })],
    mapping,
    { numericKeys, booleanKeys, constants: { source_doc: 'seed-2023', status: 'planned_works' } },
  );
  it('writes exactly the mapped keys (then the constants), numbers parsed, text trimmed', () => {
    expect(a!.properties).toEqual({ name_zh: '甲项目', investment_total_yi: 12.5, start_year: 2023, inferred: true, county_adcode: '330302', status: 'planned_works', source_doc: 'seed-2023' });
    expect(Object.keys(a!.properties!)).toEqual(['name_zh', 'investment_total_yi', 'start_year', 'inferred', 'county_adcode', 'status', 'source_doc']);
    expect(a!.geometry).toEqual({ type: 'Point', coordinates: [120.6, 28] });
  });
  it('never turns an empty cell into 0, and keeps a non-number as text for the validator', () => {
    expect(b!.properties).not.toHaveProperty('investment_total_yi');
    expect(b!.properties!.start_year).toBe('约2024年');
    expect(b!.properties!.inferred).toBe(false);
    expect(applyMapping([feature({ v: '1,200' }), feature({ v: '0x10' }), feature({ v: NaN })], { investment_total_yi: 'v' }, { numericKeys, booleanKeys }).map((f) => f.properties!.investment_total_yi)).toEqual([1200, '0x10', undefined]);
  });
});
