/**
 * How the feature panel shows each known property: a label in both languages, a unit for numbers,
 * the vocabulary for coded values, and for notes the version in the reader's language
 * (`<key>_zh` / `<key>_en`). Properties not listed here are not shown (ids, colours, joins).
 */
import { labelOf, type Lang, type Term } from '../domain/vocabulary';

export interface FieldDef {
  key: string;
  label: Term;
  /** Unit after a number. */
  unit?: Term;
  digits?: number;
  /** Coded values are labelled from the vocabulary (domain/vocabulary.ts). */
  coded?: boolean;
  /** A note kept as `<key>_zh` and `<key>_en`: shown in the reader's language. */
  bilingual?: boolean;
  /** Long text gets a full-width row. */
  long?: boolean;
}

const YI: Term = { zh: '亿元', en: '×100 M CNY' };

export const FIELDS: FieldDef[] = [
  { key: 'adcode', label: { zh: '行政区划代码', en: 'Division code' } },
  { key: 'seat_zh', label: { zh: '政府驻地', en: 'Seat of government' } },
  { key: 'area_km2', label: { zh: '面积（多边形测算）', en: 'Area (from polygon)' }, unit: { zh: '平方公里', en: 'km²' }, digits: 1 },
  { key: 'pop_2021_wan', label: { zh: '2021年末常住人口', en: 'Resident population, end 2021' }, unit: { zh: '万人', en: '×10,000' } },
  { key: 'pop_2023_wan', label: { zh: '2023年末常住人口', en: 'Resident population, end 2023' }, unit: { zh: '万人', en: '×10,000' } },
  { key: 'census_2020', label: { zh: '2020年普查常住人口', en: 'Census 2020 population' }, unit: { zh: '人', en: 'persons' }, digits: 0 },
  { key: 'census_2010', label: { zh: '2010年普查常住人口', en: 'Census 2010 population' }, unit: { zh: '人', en: 'persons' }, digits: 0 },
  { key: 'density_2021', label: { zh: '2021年人口密度', en: 'Density 2021' }, unit: { zh: '人/平方公里', en: 'persons/km²' }, digits: 0 },
  { key: 'urbanization_2021_pct', label: { zh: '2021年城镇化率', en: 'Urbanisation 2021' }, unit: { zh: '%', en: '%' }, digits: 1 },
  { key: 'zone', label: { zh: '格局层级', en: 'Structure tier' }, coded: true },
  { key: 'member_kind', label: { zh: '成员类型', en: 'Member type' }, coded: true },
  { key: 'category', label: { zh: '类别', en: 'Category' }, coded: true },
  { key: 'subcategory', label: { zh: '子类', en: 'Sub-category' }, coded: true },
  { key: 'platform_kind', label: { zh: '平台类型', en: 'Platform type' }, coded: true },
  { key: 'belt_kind', label: { zh: '类型', en: 'Type' }, coded: true },
  { key: 'line_kind', label: { zh: '线路类型', en: 'Line type' }, coded: true },
  { key: 'line_ids', label: { zh: '所属线路', en: 'Lines' } },
  { key: 'station_kind', label: { zh: '车站类型', en: 'Station type' }, coded: true },
  { key: 'tod_kind', label: { zh: 'TOD类型', en: 'TOD type' }, coded: true },
  { key: 'opened_year', label: { zh: '开通年份', en: 'Opened' }, digits: 0 },
  { key: 'start_year', label: { zh: '计划开工年份', en: 'Planned start' }, digits: 0 },
  { key: 'end_year', label: { zh: '计划完工年份', en: 'Planned end' }, digits: 0 },
  { key: 'length_km', label: { zh: '长度', en: 'Length' }, unit: { zh: '公里', en: 'km' } },
  { key: 'investment_total_yi', label: { zh: '总投资', en: 'Total investment' }, unit: YI },
  { key: 'investment_plan_yi', label: { zh: '“十四五”计划投资', en: 'Investment in plan period' }, unit: YI },
  { key: 'counties_zh', label: { zh: '所在县（市、区）', en: 'Counties' } },
  { key: 'county_zh', label: { zh: '所在县（市、区）', en: 'County' } },
  { key: 'location_precision', label: { zh: '定位精度', en: 'Placed at' }, coded: true },
  { key: 'placement', label: { zh: '定位方式', en: 'Placement' }, coded: true },
  { key: 'location_note', label: { zh: '定位依据', en: 'Placement basis' }, bilingual: true, long: true },
  { key: 'clusters_zh', label: { zh: '关联产业集群', en: 'Industry clusters' } },
  { key: 'clusters_note', label: { zh: '产业集群说明', en: 'About the clusters' }, bilingual: true, long: true },
  { key: 'text_zh', label: { zh: '规划原文', en: 'Plan text (Chinese)' }, long: true },
  { key: 'fact_source', label: { zh: '事实来源', en: 'Facts from' }, bilingual: true, long: true },
  { key: 'geometry_note', label: { zh: '几何说明', en: 'About the geometry' }, bilingual: true, long: true },
  { key: 'coord_note', label: { zh: '坐标说明', en: 'About the coordinates' }, bilingual: true, long: true },
  { key: 'point_note', label: { zh: '点位说明', en: 'About the point' }, bilingual: true, long: true },
  { key: 'seed_004_note', label: { zh: '2022年版说明', en: 'In the 2022 version' }, bilingual: true, long: true },
  { key: 'inferred_note', label: { zh: '推断说明', en: 'What was inferred' }, bilingual: true, long: true },
];

/** The value a field shows for a feature, or undefined when the feature has none. */
export function fieldValue(def: FieldDef, p: Record<string, unknown>, lang: Lang): unknown {
  if (!def.bilingual) return p[def.key];
  return p[`${def.key}_${lang}`] ?? p[`${def.key}_${lang === 'zh' ? 'en' : 'zh'}`];
}

export function formatValue(def: FieldDef, value: unknown, lang: Lang): string {
  if (typeof value === 'number') {
    const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: def.digits ?? 2, useGrouping: def.digits !== 0 || def.unit !== undefined });
    return def.unit ? `${n.format(value)}${def.unit[lang] === '%' ? '' : ' '}${def.unit[lang]}` : n.format(value);
  }
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (def.coded) return labelOf(def.key, value, lang);
  return String(value);
}

/** A number with its unit, or 未注明 / not stated when there is none (never a zero). */
export function formatAmount(value: number | undefined, unit: Term, lang: Lang, digits = 2): string {
  if (value === undefined) return labelOf('', undefined, lang);
  const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits }).format(value);
  return `${n} ${unit[lang]}`;
}
