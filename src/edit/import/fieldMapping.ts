/**
 * From a file's columns to a layer's properties. `suggestMapping` proposes, the user confirms;
 * `applyMapping` then writes exactly the mapped keys. Values are converted the way the attribute
 * form converts input (edit/fieldSpecs.ts valueOfInput): an empty cell is left out (未注明),
 * never 0, and a number that does not parse stays text so the validator names it.
 */
import type { Feature } from 'geojson';
import type { Text } from '../../data/validate/text';

/** Case, width, spaces, underscores, hyphens and dots ignored: "Name_ZH", "name zh" → "namezh". */
const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/[\s_\-.·]/g, '');
const BRACKETS = /[(\[（【<《].*?[)\]）】>》]/g;
/** Without a unit in brackets: "总投资（亿元）" → "总投资". */
const bare = (s: string) => norm(s.normalize('NFKC').replace(BRACKETS, '').replace(/["“”]/g, ''));
const unitOf = (s: string) => /[(\[（【]\s*([^)\]）】]+?)\s*[)\]）】]/.exec(s.normalize('NFKC'))?.[1]?.toLowerCase().replace(/\s/g, '');

/** The units a key's suffix means; a column whose bracketed unit is not one of them is not matched (万元 is not 亿元). */
const KEY_UNITS: [RegExp, string[]][] = [
  [/_yi$/, ['亿元', '亿']],
  [/_wan$/, ['万人', '万']],
  [/_km2$/, ['平方公里', 'km2', 'km²', '平方千米']],
  [/_km$/, ['公里', 'km', '千米']],
  [/_pct$/, ['%', '百分比']],
];
const unitConflicts = (source: string, key: string) => {
  const unit = unitOf(source);
  const wanted = KEY_UNITS.find(([re]) => re.test(key))?.[1];
  return !!unit && !!wanted && !wanted.includes(unit);
};

/** What Chinese offices call the fields, beyond the labels the app shows. Compared with `bare`. */
const SYNONYMS: Record<string, string[]> = {
  id: ['编号', '项目编号', '代码', '编码'],
  name_zh: ['名称', '项目名称', '名字', '中文名', '站名', '车站名称', '站点名称', '地名', '平台名称', 'name'],
  name_en: ['英文名', '英文名称', '英文', 'englishname', 'nameen'],
  status: ['状态', '项目状态', '建设状态', '进展', '建设进度'],
  investment_total_yi: ['投资', '总投资', '投资额', '总投资额', '投资总额', '估算总投资', '计划总投资'],
  investment_plan_yi: ['十四五计划投资', '十四五投资', '计划投资', '规划期投资'],
  start_year: ['开工年份', '开工时间', '开工年', '开始年份', '起始年份'],
  end_year: ['完工年份', '建成年份', '竣工年份', '完工时间', '建成时间', '结束年份'],
  opened_year: ['开通年份', '开通时间'],
  county_zh: ['所在县', '所在县市区', '县市区', '区县', '县区', '所属县', '所属区县', '属地'],
  county_adcode: ['县代码', '行政区划代码', '区划代码', 'adcode'],
  category: ['类别', '分类', '项目类别', '行业', '领域'],
  subcategory: ['子类', '小类', '项目子类'],
  text_zh: ['建设内容', '建设内容及规模', '规划原文', '原文'],
  line_ids: ['线路', '所属线路', '线路编号'],
  station_order: ['站序'],
  length_km: ['长度', '里程', '线路长度', '全长'],
  area_km2: ['面积'],
  place_zh: ['地点', '位置', '建设地点', '所在乡镇', '乡镇', '乡镇街道'],
  source_doc: ['来源', '数据来源', '来源文件'],
  lng: ['经度', '东经', 'lon', 'long', 'longitude', 'x'],
  lat: ['纬度', '北纬', 'latitude', 'y'],
};

/**
 * A source field for each target key, or undefined: exact key, then the key ignoring case and
 * separators, then the key's Chinese or English label (units in brackets ignored), then the
 * synonyms above, then a dBase-truncated name. Earlier rules win across all keys; each source
 * field is used once. A bracketed unit that contradicts the key's (万元 for _yi) is never matched.
 */
export function suggestMapping(sourceFields: string[], targetKeys: string[], labels: Record<string, Text>): Record<string, string | undefined> {
  const rules: ((source: string, key: string) => boolean)[] = [
    (s, k) => s === k,
    (s, k) => norm(s) === norm(k),
    (s, k) => !!labels[k] && (bare(s) === bare(labels[k]!.zh) || bare(s) === bare(labels[k]!.en)),
    (s, k) => (SYNONYMS[k] ?? []).some((syn) => bare(syn) === bare(s)),
    // dBase keeps 10 characters of a name ("station_kind" → "station_ki"): the one key it starts.
    (s, k) => s.length === 10 && k.toLowerCase().startsWith(s.toLowerCase()) && targetKeys.filter((o) => o.toLowerCase().startsWith(s.toLowerCase())).length === 1,
  ];
  const out: Record<string, string | undefined> = Object.fromEntries(targetKeys.map((k) => [k, undefined]));
  const used = new Set<string>();
  rules.forEach((rule, r) => {
    for (const key of targetKeys) {
      if (out[key] !== undefined) continue;
      const source = sourceFields.find((s) => !used.has(s) && rule(s, key) && (r < 2 || !unitConflicts(s, key)));
      if (source !== undefined) {
        out[key] = source;
        used.add(source);
      }
    }
  });
  return out;
}

export interface ApplyOptions {
  /** Values for every feature: fill a key with no mapped column, or a mapped cell that is empty. */
  constants?: Record<string, unknown>;
  numericKeys: ReadonlySet<string>;
  booleanKeys: ReadonlySet<string>;
}

/** "12.5" → 12.5, "1,200" → 1200, "１２" → 12; anything else is kept as the (trimmed) text. */
function numberOf(s: string): number | string {
  const n = s.normalize('NFKC').trim();
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(n) ? n.replace(/,/g, '') : n;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? Number(plain) : s; // no hex, no "Infinity"
}

const TRUE = new Set(['true', 't', 'yes', 'y', '1', '是', '对', '√']);
const FALSE = new Set(['false', 'f', 'no', 'n', '0', '否', '不是', '×']);

function valueFor(key: string, raw: unknown, o: ApplyOptions): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number' && !Number.isFinite(raw)) return undefined;
  if (typeof raw === 'string' && raw.trim() === '') return undefined;
  const s = typeof raw === 'string' ? raw.trim() : undefined;
  if (o.numericKeys.has(key)) return s !== undefined ? numberOf(s) : raw;
  if (o.booleanKeys.has(key)) {
    if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : raw;
    if (s === undefined) return raw;
    const w = s.normalize('NFKC').toLowerCase();
    return TRUE.has(w) ? true : FALSE.has(w) ? false : s;
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return s ?? raw;
}

/**
 * Features whose properties are exactly the mapped target keys (in mapping order, then the
 * constants), converted per key. Geometry and id are kept (shared, not copied).
 */
export function applyMapping(features: readonly Feature[], mapping: Record<string, string | undefined>, options: ApplyOptions): Feature[] {
  const constants = options.constants ?? {};
  const keys = [...Object.keys(mapping), ...Object.keys(constants).filter((k) => !(k in mapping))];
  return features.map((f) => {
    const properties: Record<string, unknown> = {};
    for (const key of keys) {
      const source = mapping[key];
      let value = source === undefined ? undefined : valueFor(key, f.properties?.[source], options);
      if (value === undefined && constants[key] !== undefined) value = constants[key];
      if (value !== undefined) properties[key] = value;
    }
    return f.id === undefined ? { type: 'Feature', properties, geometry: f.geometry } : { type: 'Feature', id: f.id, properties, geometry: f.geometry };
  });
}
