/**
 * How the feature panel shows each known property: a label in both languages, and a formatter
 * for numbers and coded values. Properties not listed here are not shown (ids, colours, joins).
 */
import type { Lang } from '../layers/theme';

type L = { zh: string; en: string };

export interface FieldDef {
  key: string;
  label: L;
  /** Unit after a number. */
  unit?: L;
  digits?: number;
  /** Translations for coded values. */
  values?: Record<string, L>;
  /** Long text gets a full-width row. */
  long?: boolean;
}

const statusValues: Record<string, L> = {
  operating: { zh: '已建成/运营', en: 'Operating / built' },
  under_construction: { zh: '在建', en: 'Under construction' },
  planned: { zh: '规划/前期', en: 'Planned' },
  completed: { zh: '已完成', en: 'Completed' },
  ongoing: { zh: '持续推进', en: 'Ongoing' },
};

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
  {
    key: 'zone',
    label: { zh: '格局层级', en: 'Structure tier' },
    values: { main: { zh: '都市区主中心', en: 'Main centre' }, sub: { zh: '南部副中心', en: 'Southern sub-centre' }, pole: { zh: '西部发展极', en: 'Western growth pole' }, node: { zh: '城镇化节点', en: 'Urbanisation node' } },
  },
  { key: 'category', label: { zh: '类别', en: 'Category' }, values: { 产业: { zh: '产业', en: 'Industry' }, 基础设施: { zh: '基础设施', en: 'Infrastructure' }, 民生: { zh: '民生', en: 'Public services' } } },
  { key: 'subcategory', label: { zh: '子类', en: 'Sub-category' } },
  { key: 'line_ids', label: { zh: '所属线路', en: 'Lines' } },
  {
    key: 'station_kind',
    label: { zh: '车站类型', en: 'Station type' },
    values: { metro: { zh: '市域铁路站', en: 'Suburban rail' }, national: { zh: '国铁车站', en: 'National rail' }, airport: { zh: '机场', en: 'Airport' } },
  },
  {
    key: 'tod_kind',
    label: { zh: 'TOD类型', en: 'TOD type' },
    values: { new_town: { zh: 'TOD新城', en: 'TOD new town' }, depot_community: { zh: '车辆段上盖社区', en: 'Depot community' }, centre_block: { zh: '中心TOD街区', en: 'Central TOD block' } },
  },
  { key: 'status', label: { zh: '状态', en: 'Status' }, values: statusValues },
  { key: 'status_zh', label: { zh: '原文表述', en: 'Status in the text' } },
  { key: 'opened_year', label: { zh: '开通年份', en: 'Opened' }, digits: 0 },
  { key: 'start_year', label: { zh: '开工年份', en: 'Start year' }, digits: 0 },
  { key: 'end_year', label: { zh: '完工年份', en: 'End year' }, digits: 0 },
  { key: 'length_km', label: { zh: '长度', en: 'Length' }, unit: { zh: '公里', en: 'km' } },
  { key: 'investment_total_yi', label: { zh: '总投资', en: 'Total investment' }, unit: { zh: '亿元', en: '×100 M CNY' } },
  { key: 'investment_plan_yi', label: { zh: '“十四五”计划投资', en: 'Investment in plan period' }, unit: { zh: '亿元', en: '×100 M CNY' } },
  { key: 'counties_zh', label: { zh: '所在县（市、区）', en: 'Counties' } },
  { key: 'county_zh', label: { zh: '所在县（市、区）', en: 'County' } },
  {
    key: 'location_precision',
    label: { zh: '定位精度', en: 'Placed at' },
    values: { site: { zh: '具体地点', en: 'Site' }, town: { zh: '乡镇（街道）驻地', en: 'Town centre' }, county: { zh: '县城（仅知所在县）', en: 'County seat (county known only)' } },
  },
  { key: 'location_note', label: { zh: '定位依据', en: 'Placement basis' }, long: true },
  { key: 'clusters_zh', label: { zh: '关联产业集群', en: 'Industry clusters' } },
  { key: 'text_zh', label: { zh: '规划原文', en: 'Plan text' }, long: true },
  { key: 'inferred_note', label: { zh: '推断说明', en: 'What was inferred' }, long: true },
];

export function formatValue(def: FieldDef, value: unknown, lang: Lang): string {
  if (typeof value === 'number') {
    const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: def.digits ?? 2, useGrouping: def.digits !== 0 || def.unit !== undefined });
    return def.unit ? `${n.format(value)}${def.unit[lang] === '%' ? '' : ' '}${def.unit[lang]}` : n.format(value);
  }
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  const text = String(value);
  return def.values?.[text]?.[lang] ?? text;
}
