/**
 * The zod schemas for everything in geodata/. The CLI validator (scripts/validate-geodata.ts) and
 * the browser (loading and, later, importing files) use these same objects, so a file that
 * passes one passes the other.
 */
import { z } from 'zod';
import { BASEMAP_BBOX, insideWenzhou, WENZHOU_BBOX } from './wenzhouBounds';
import type { SchemaName } from '../domain/layerKinds';
import { bi, biFix } from './validate/text';
import { GEOMETRY_QUALITY, PROJECT_CATEGORY, PROJECT_STATUSES, PROJECT_SUBCATEGORY, RAIL_STATUS, subcategoriesOf, type ProjectCategory } from '../domain/vocabulary';

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

// ---------- geometry (RFC 7946, WGS-84, inside Wenzhou) ----------

const positionIn = (inside: (p: readonly number[]) => boolean, message: string) => z.array(z.number().finite()).min(2).max(3).refine(inside, { message });

const ringOf = (position: z.ZodType<number[]>) =>
  z
    .array(position)
    .min(4, { message: biFix('面的环至少需要 4 个坐标', '首尾坐标相同，至少 4 个', 'a polygon ring needs at least 4 positions', 'the first and last are the same, so at least 4') })
    .refine((r) => r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1], {
      message: biFix('面的环没有闭合', '在环末尾重复第一个坐标', 'polygon ring is not closed', 'repeat the first position at the end'),
    });

function geometryOf(position: z.ZodType<number[]>) {
  const ring = ringOf(position);
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: position }),
    z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(1) }),
    z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)).min(1) }),
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ]);
}

/** Planning features lie in Wenzhou. */
export const geometrySchema = geometryOf(
  positionIn(insideWenzhou, biFix(`坐标在温州范围 [${WENZHOU_BBOX.join(', ')}] 之外`, '坐标写作 WGS-84 的 [经度, 纬度]（经纬度是否颠倒？）', `coordinate outside Wenzhou [${WENZHOU_BBOX.join(', ')}]`, 'write WGS-84 [lng, lat] (are lat and lng swapped?)')),
);
/** Basemap land and sea cover Wenzhou's surroundings too (a margin beyond BASEMAP_BBOX). */
const basemapGeometry = geometryOf(
  positionIn(([lng, lat]) => lng! >= BASEMAP_BBOX[0] - 0.5 && lng! <= BASEMAP_BBOX[2] + 0.5 && lat! >= BASEMAP_BBOX[1] - 0.5 && lat! <= BASEMAP_BBOX[3] + 0.5, bi(`坐标在底图范围 [${BASEMAP_BBOX.join(', ')}]（外加 0.5°）之外`, `coordinate outside the basemap box [${BASEMAP_BBOX.join(', ')}] (with a 0.5° margin)`)),
);

// ---------- properties every feature carries ----------

export const geometryQuality = z.enum(Object.keys(GEOMETRY_QUALITY) as ['surveyed', 'derived', 'schematic'], {
  message: biFix('geometry_quality 取值不对', '写 surveyed（来自测量数据）、derived（由真实数据计算）或 schematic（按文字描述示意）', 'geometry_quality is not allowed', 'write surveyed (from a measured source), derived (computed from real data) or schematic (drawn from a text description)'),
});
export type GeometryQuality = z.infer<typeof geometryQuality>;

/** `L790-L845`, or several ranges separated by commas: `L12,L30-L41`. */
export const lineRange = z.string().regex(/^L\d+(-L\d+)?(,L\d+(-L\d+)?)*$/, {
  message: biFix('行号格式不对', '写作 "L790-L845"（多段："L12,L30-L41"）', 'line range is malformed', 'write "L790-L845" (several: "L12,L30-L41")'),
});

/**
 * Where a feature came from and how exact its geometry is. `source_doc` names a seed file
 * (seeds/NNN_*.txt) or a dataset id from geodata/sources.json; the validator checks it exists.
 */
export const provenanceProps = z.object({
  id: z.string({ message: biFix('缺少 id', '每个要素需要稳定、非空的 "id"（文本）', 'missing id', 'every feature needs a stable, non-empty "id" (text)') }).min(1, { message: biFix('id 为空', '每个要素需要稳定、非空的 "id"', 'empty id', 'every feature needs a stable, non-empty "id"') }),
  source_doc: z.string({ message: biFix('缺少 source_doc', '写出处：seeds/ 中的文件名或 sources.json 中的数据集 id', 'missing "source_doc"', 'name the seed file or dataset id it came from') }).min(1),
  source_lines: lineRange.optional(),
  geometry_quality: geometryQuality,
});

/** MapLibre expressions cannot reach into objects or arrays, so extra properties must be flat. */
const scalar = z.union([z.string(), z.number(), z.boolean()], {
  message: biFix('属性值必须是简单值（文本、数字、true/false）', '把对象或列表拆成单独的属性', 'properties must be flat values (text, number, true/false)', 'split objects and lists into separate properties'),
});

/** Planning features: named, optionally quoting the seed and noting what was inferred. */
export const planningProps = provenanceProps
  .extend({
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    text_zh: z.string().optional(),
    /** The dataset the geometry came from, when the fact came from a seed (comma-separated if several). */
    geometry_source: z.string().optional(),
    inferred: z.boolean().optional(),
    inferred_note_zh: z.string().optional(),
    inferred_note_en: z.string().optional(),
    /** "composed" when name_zh is put together from the text rather than quoted (then only text_zh is checked). */
    name_basis: z.enum(['composed']).optional(),
  })
  .catchall(scalar);

const railStatuses = Object.keys(RAIL_STATUS) as [keyof typeof RAIL_STATUS, ...(keyof typeof RAIL_STATUS)[]];
export const status = z.enum(railStatuses, {
  message: biFix('status 取值不对', `写以下之一：${railStatuses.join('、')}（原文用语写在 status_zh）`, 'status is not allowed', `use one of ${railStatuses.join(', ')} (keep the seed's own word in status_zh)`),
});

export const projectStatus = z.enum(PROJECT_STATUSES, {
  message: biFix('status 取值不对', `写以下之一：${PROJECT_STATUSES.join('、')}——按所引文件在其日期的说法（规划的“建成”是 planned_completion，清单的“续建”是 reported_construction）；原文用语写在 status_zh`, 'status is not allowed', `use one of ${PROJECT_STATUSES.join(', ')}: what the cited document says at its date (a plan's 建成 is planned_completion, a list's 续建 is reported_construction); keep the document's own word in status_zh`),
});

const year = z.number().int().min(1980).max(2060);

export const railLineProps = planningProps.extend({
  line_id: z.string().min(1),
  line_kind: z.enum(['shiyu', 'metro', 'national']),
  status,
  status_zh: z.string().optional(),
  opened_year: year.optional(),
  planned_year: year.optional(),
  length_km: z.number().positive().optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
});

export const railStationProps = planningProps.extend({
  line_ids: z.string().optional(),
  station_order: z.number().int().positive().optional(),
  station_kind: z.enum(['metro', 'national', 'airport']),
  status,
  is_hub: z.boolean(),
});

export const todSiteProps = planningProps.extend({
  tod_kind: z.enum(['new_town', 'depot_community', 'centre_block']),
});

const adcode = z.string({ message: biFix('县级代码应为文本', '写作 "330302"（带引号）', 'the county code must be text', 'write it as "330302" (in quotes)') }).regex(/^3303\d\d$/, { message: biFix('不是温州的县级代码', '写 6 位代码，如 "330302"', 'not a Wenzhou county code', 'write a 6-digit code such as "330302"') });

export const structureZoneProps = planningProps.extend({
  zone: z.enum(['main', 'sub', 'pole']),
  member_adcodes: z.string().regex(/^3303\d\d(,3303\d\d)*$/),
});

export const structureMemberProps = planningProps.extend({
  zone: z.enum(['main', 'sub', 'pole']),
  member_kind: z.enum(['county', 'functional_area', 'county_town']),
  adcode: adcode.optional(),
  text_zh: z.string().min(1, { message: bi('每个成员须引用专栏10中的定位原文', 'each member quotes its positioning text from 专栏10') }),
});

export const structureNodeProps = planningProps.extend({ county_adcode: adcode, county_zh: z.string() });

export const directionProps = planningProps.extend({
  role: z.enum(['centre', 'direction']),
  direction: z.enum(['east', 'south', 'west', 'north']).optional(),
});

export const beltProps = planningProps.extend({
  belt_kind: z.enum(['gold', 'blue', 'green', 'tourism_core', 'tourism_belt', 'tourism_zone', 'culture_belt', 'culture_tourism_belt', 'innovation_corridor']),
});

export const platformProps = planningProps.extend({
  platform_kind: z.string().min(1),
  county_adcode: adcode.optional(),
});

const investment = z
  .number({ message: biFix('投资额应为数字', '只写亿元数，如 12.5（不写“亿”），未注明则留空', 'the investment must be a number', 'write the number of 亿元 only, e.g. 12.5 (no "亿"), or leave it out') })
  .nonnegative()
  .optional();

const categories = Object.keys(PROJECT_CATEGORY) as [ProjectCategory, ...ProjectCategory[]];

export const projectProps = planningProps
  .extend({
    category: z.enum(categories, { message: biFix('category 取值不对', `写以下之一：${categories.join('、')}（2023年计划的分类，002 第126～197行）`, 'category is not allowed', `use one of ${categories.join(', ')} (the 2023 plan's taxonomy, seed 002 L126-L197)`) }),
    subcategory: z.string(),
    status: projectStatus.optional(),
    status_zh: z.string().optional(),
    county_adcode: adcode.optional(),
    investment_total_yi: investment,
    investment_plan_yi: investment,
    start_year: year.optional(),
    end_year: year.optional(),
    location_precision: z.enum(['site', 'town', 'county']),
  })
  .superRefine((p, ctx) => {
    const subs: readonly string[] = subcategoriesOf(p.category);
    if (!(p.subcategory in PROJECT_SUBCATEGORY) || !subs.includes(p.subcategory))
      ctx.addIssue({ code: 'custom', path: ['subcategory'], message: biFix(`“${p.subcategory}”不是${p.category}的子类`, `写以下之一：${subs.join('、')}`, `"${p.subcategory}" is not a sub-type of ${p.category}`, `use one of ${subs.join(', ')}`) });
    if (p.start_year !== undefined && p.end_year !== undefined && p.end_year < p.start_year)
      ctx.addIssue({ code: 'custom', path: ['end_year'], message: bi('end_year 早于 start_year', 'end_year is before start_year') });
  });

export const countyProps = provenanceProps.extend({
  adcode,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  area_km2: z.number().positive(),
});

export const countySeatProps = provenanceProps.extend({
  adcode,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  seat_zh: z.string().min(1),
});

export const landProps = provenanceProps;

export const townProps = provenanceProps.extend({ name_zh: z.string().min(1), county_zh: z.string().min(1), county_adcode: adcode });

/** Each catalog entry names one of these; adding a schema is adding a key here. */
export const featureSchemas = {
  county: countyProps,
  'county-seat': countySeatProps,
  land: landProps,
  'rail-line': railLineProps,
  'rail-station': railStationProps,
  'tod-site': todSiteProps,
  'structure-zone': structureZoneProps,
  'structure-member': structureMemberProps,
  'structure-node': structureNodeProps,
  direction: directionProps,
  belt: beltProps,
  platform: platformProps,
  project: projectProps,
  town: townProps,
} as const satisfies Record<SchemaName, z.ZodType>;
export type { SchemaName };

/** Free-text notes shown to readers come in both languages: `<name>_zh` and `<name>_en`. */
const NOTE_KEY = /(_note|^fact_source)$/;

function checkBilingualNotes(props: unknown, ctx: z.RefinementCtx) {
  if (!props || typeof props !== 'object') return;
  const keys = new Set(Object.keys(props));
  for (const k of keys) {
    if (NOTE_KEY.test(k)) ctx.addIssue({ code: 'custom', path: [k], message: biFix('说明只有一种语言', `写作 "${k}_zh" 和 "${k}_en" 两项`, 'the note is in one language only', `write it as "${k}_zh" and "${k}_en"`) });
    const m = k.match(/^(.*(?:_note|fact_source))_(zh|en)$/);
    if (m && !keys.has(`${m[1]}_${m[2] === 'zh' ? 'en' : 'zh'}`))
      ctx.addIssue({ code: 'custom', path: [k], message: biFix(`“${k}”缺少${m[2] === 'zh' ? '英文' : '中文'}版本`, `补上 "${m[1]}_${m[2] === 'zh' ? 'en' : 'zh'}"`, `"${k}" has no ${m[2] === 'zh' ? 'English' : 'Chinese'} version`, `add "${m[1]}_${m[2] === 'zh' ? 'en' : 'zh'}"`) });
  }
}

const featureOf = <P extends z.ZodType>(props: P, area: 'wenzhou' | 'basemap') =>
  z.object({
    type: z.literal('Feature', { message: biFix('不是 GeoJSON 要素', '写 "type":"Feature"', 'not a GeoJSON feature', 'write "type":"Feature"') }),
    id: z.union([z.string(), z.number()]).optional(),
    geometry: area === 'basemap' ? basemapGeometry : geometrySchema,
    properties: props.superRefine(checkBilingualNotes),
  });

const featureCache = new Map<SchemaName, z.ZodType>();
/** The schema of one feature of a layer of this kind (the validator checks features one by one). */
export function featureSchema(name: SchemaName): z.ZodType {
  let f = featureCache.get(name);
  if (!f) featureCache.set(name, (f = featureOf(featureSchemas[name], name === 'land' ? 'basemap' : 'wenzhou')));
  return f;
}

// ---------- the catalog and the source registry ----------

export const layerStyleNames = [
  'county-fill',
  'county-seat',
  'county-choropleth',
  'rail-lines',
  'rail-stations',
  'tod-sites',
  'structure-zones',
  'structure-members',
  'structure-nodes',
  'directions',
  'belts',
  'platforms',
  'projects',
] as const;

/** A path under geodata/: no "..", no leading "/", so everything read is also shipped. */
const dataPath = (ext: string) =>
  z.string().regex(new RegExp(`^(?!/)(?!.*\\.\\.)(?!.*\\\\)[A-Za-z0-9_./-]+\\.(${ext})$`), {
    message: biFix('文件路径不对', `写 geodata/ 之下的相对路径（以 .${ext.split('|').join(' 或 .')} 结尾，不含 ".."）`, 'bad file path', `write a path under geodata/ ending in .${ext.split('|').join(' or .')}, without ".."`),
  });

/**
 * Who keeps a file true: "edited" — people edit the file itself and no command rewrites it; or
 * generated from tables people edit (`npm run build:geodata` writes it, validate reports a hand edit).
 */
export const fileOrigin = z.union([z.literal('edited'), z.object({ generated_from: z.array(dataPath('geojson|csv|json')).min(1) })], {
  message: biFix('origin 取值不对', '写 "edited"，或 {"generated_from": ["表格.csv", …]}', 'origin is not allowed', 'write "edited", or {"generated_from": ["table.csv", …]}'),
});
export type FileOrigin = z.infer<typeof fileOrigin>;

export const tableSchemaNames = ['project-row', 'project-change', 'zone-row', 'site', 'population', 'zone-target', 'change-log'] as const;
export type TableSchemaName = (typeof tableSchemaNames)[number];

export const catalogLayer = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { message: bi('图层 id 用小写字母和数字，以 "-" 连接', 'layer ids are lower-case words joined by "-"') }),
  group: z.string(),
  title: localized,
  file: dataPath('geojson'),
  origin: fileOrigin,
  schema: z.enum(Object.keys(featureSchemas) as [SchemaName, ...SchemaName[]]),
  style: z.enum(layerStyleNames),
  visible: z.boolean(),
  opacity: z.number().min(0).max(1).default(1),
  interactive: z.boolean().default(true),
  sources: z.array(z.string()).min(1),
  /** Which of the user's filters narrows this layer, if any. */
  filter: z.enum(['projects', 'rail', 'population']).optional(),
});
export type CatalogLayer = z.infer<typeof catalogLayer>;

export const catalogSchema = z
  .object({
    /** The box a first visit fits to the map, [west, south, east, north]: the 12 counties. */
    home: z.tuple([z.number(), z.number(), z.number(), z.number()]).refine(([w, s, e, n]) => insideWenzhou([w, s]) && insideWenzhou([e, n]) && w < e && s < n, {
      message: bi('home 写作 WGS-84 的 [西, 南, 东, 北]，且在温州范围内', 'home is [west, south, east, north] in WGS-84, inside Wenzhou'),
    }),
    groups: z.array(z.object({ id: z.string(), title: localized })).min(1),
    layers: z.array(catalogLayer).min(1),
    /** The tables people edit: build inputs and tables the app reads. Always edited. */
    tables: z.array(z.object({ file: dataPath('csv'), schema: z.enum(tableSchemaNames) })).default([]),
    /** Reference files the build reads to place features (town points); edited. */
    references: z.array(z.object({ file: dataPath('geojson'), schema: z.enum(Object.keys(featureSchemas) as [SchemaName, ...SchemaName[]]) })).default([]),
    /** Presenter stories (geodata/stories/*.json), in the order the story menu lists them; edited. */
    stories: z.array(dataPath('json')).default([]),
    basemap: z.object({
      land: dataPath('geojson'),
      sea: dataPath('geojson'),
      /** Wenzhou's own land (the counties dissolved), drawn brighter than the land around it. */
      outline: dataPath('geojson'),
      /** How the derived basemap files are made (land itself is edited). */
      generated_from: z.record(z.string(), z.array(dataPath('geojson|csv|json'))).default({}),
      sources: z.array(z.string()).min(1),
      /**
       * A detailed offline basemap a city provides: a PMTiles extract in the Protomaps basemap
       * schema (see the README), drawn with the @protomaps/basemaps style under the planning layers.
       */
      vector: z
        .object({
          file: z.string().regex(/\.pmtiles$/, { message: bi('矢量底图须为 geodata/ 下的 .pmtiles 文件', 'the vector basemap is a .pmtiles file under geodata/') }),
          flavor: z.enum(['light', 'white', 'grayscale', 'dark', 'black']).default('light'),
          attribution: z.string().min(1),
        })
        .optional(),
    }),
  })
  .superRefine((c, ctx) => {
    const groups = new Set(c.groups.map((g) => g.id));
    const seen = new Set<string>();
    c.layers.forEach((l, i) => {
      if (!groups.has(l.group)) ctx.addIssue({ code: 'custom', path: ['layers', i, 'group'], message: biFix(`未知分组“${l.group}”`, '在 "groups" 中加上它', `unknown group "${l.group}"`, 'add it to "groups"') });
      if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: ['layers', i, 'id'], message: bi(`图层 id“${l.id}”重复`, `duplicate layer id "${l.id}"`) });
      seen.add(l.id);
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;

export const sourceRegistrySchema = z.array(
  z.object({
    /** A dataset id (`vonng-adcode-fences`) or a seed file name (`001_e6b0caea5896a948.txt`). */
    id: z.string().regex(/^[a-z0-9._-]+$/, { message: bi('来源 id 用小写字母和数字，以 "-" 连接（或为 seeds/ 中的文件名）', 'source ids are lower-case words joined by "-" (or a seed file name)') }),
    title_zh: z.string().min(1),
    title_en: z.string().min(1),
    origin: z.string(),
    licence_zh: z.string().min(1),
    licence_en: z.string().min(1),
    attribution: z.string(),
    original_crs: z.enum(['WGS-84', 'GCJ-02', 'none']),
    processing_zh: z.string(),
    processing_en: z.string(),
    /**
     * A document registered as a source without its text in seeds/ (e.g. a newer project list):
     * its 文号 and date; quotes citing it cannot be checked, and the panel says so.
     */
    kind: z.enum(['dataset', 'document']).default('dataset'),
    doc_no: z.string().optional(),
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: biFix('日期格式不对', '写作 "2024-03" 或 "2024-03-15"', 'malformed date', 'write "2024-03" or "2024-03-15"') }).optional(),
  }),
);
export type SourceRegistry = z.infer<typeof sourceRegistrySchema>;

const year4 = z.number().int().min(1949).max(2100);
const singleRange = z.string().regex(/^L\d+-L\d+$/, { message: bi('文件行号写作一个范围，如 "L508-L1122"', 'write the document\'s lines as one range, e.g. "L508-L1122"') });

/**
 * geodata/documents.json: the documents inside the seed files (a gazette holds many), with the
 * title, 文号, date and plan period the text states, so a citation can name its document and a
 * plan's verb can be read at its date.
 */
export const documentsSchema = z.array(
  z.object({
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { message: bi('seed 须为 seeds/ 中的文件名，如 "001_e6b0caea5896a948.txt"', 'seed is a file name in seeds/, e.g. "001_e6b0caea5896a948.txt"') }),
    lines: singleRange,
    title_zh: z.string().min(1),
    title_en: z.string().min(1),
    notice_title_zh: z.string().optional(),
    doc_no: z.string().optional(),
    doc_no_lines: z.string().optional(),
    issuer_zh: z.string().optional(),
    issuer_lines: z.string().optional(),
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: biFix('日期格式不对', '按原文写作 "2021-02" 或 "2021-11-18"', 'malformed date', 'write it as the text states it: "2021-02" or "2021-11-18"') }),
    date_lines: z.string(),
    kind: z.enum(['plan', 'action_plan', 'implementation_plan', 'notice', 'news']),
    /** The plan period the text states, first and last year. */
    period: z.tuple([year4, year4]).optional(),
    period_lines: z.string().optional(),
    /** A near-term target year, where the text gives one instead of a period. */
    target_year: year4.optional(),
    /** A long-range year (远景), beyond the period. */
    horizon: year4.optional(),
    base_year: year4.optional(),
    annex: z.object({ lines: singleRange, title_zh: z.string().min(1), title_en: z.string().min(1) }).optional(),
  }),
);
export type SeedDocument = z.infer<typeof documentsSchema>[number];

/** One row of geodata/population/county-population.csv (long format: one indicator per row). */
export const populationRow = z.object({
  adcode: z.string().regex(/^(3303\d\d)?$/),
  name: z.string().min(1),
  year: z.string().regex(/^(\d{4})?$/),
  indicator: z.string().min(1),
  value: z.string().regex(/^(\d+(\.\d+)?)?$/, { message: biFix('value 应为数字', '只写数字，或留空', 'value must be a number', 'write a plain number, or leave it empty') }),
  unit: z.string(),
  source: z.string().min(1, { message: bi('每行须写明来源', 'every row needs a source') }),
});
export type PopulationRow = z.infer<typeof populationRow>;

/** One row of geodata/population/zone-targets.csv: a zone's value or target for one year (seed 004). */
export const zoneTargetRow = z.object({
  indicator: z.enum(['resident_population', 'resident_share', 'central_city_primacy', 'population_density', 'urbanization_rate']),
  zone: z.enum(['city', 'central_city', 'main', 'sub']),
  zone_zh: z.string().min(1),
  unit: z.string().min(1),
  year: z.string().regex(/^\d{4}$/),
  value: z.string().regex(/^(\d+(\.\d+)?)?$/, { message: biFix('value 应为数字', '只写数字；规划只有文字时留空，文字写在 value_text', 'value must be a number', 'write a plain number, or leave it empty when the plan gives only words (keep them in value_text)') }),
  comparator: z.enum(['=', '>', '<', '']),
  value_text: z.string().min(1, { message: bi('value_text 保留规划原文用语，如 ">60" 或 "逐年提高"', 'value_text keeps the plan\'s own wording, e.g. ">60" or "逐年提高"') }),
  scope_zh: z.string(),
  source_doc: z.string().min(1),
  source_lines: lineRange,
});
export type ZoneTargetRow = z.infer<typeof zoneTargetRow>;
