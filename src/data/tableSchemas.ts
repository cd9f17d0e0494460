/**
 * Schemas of the tables people edit in a spreadsheet (every cell is text in a CSV): the project
 * list, its dated changes, the structure zones and the named sites. The build and the validator
 * read them with these, and so will the browser importer.
 */
import { z } from 'zod';
import { COUNTY_NAMES } from '../domain/counties';
import { GEOMETRY_QUALITY, PROJECT_CATEGORY, PROJECT_STATUSES, PROJECT_SUBCATEGORY } from '../domain/vocabulary';
import { insideWenzhou } from './wenzhouBounds';
import { bi, biFix } from './validate/text';

const required = (zh: string, en: string) => z.string().min(1, { message: biFix(`${zh}为空`, '此列必填', `${en} is empty`, 'this column is required') });
/** An empty cell, or a value the schema accepts (its own message, not a union's). */
const optional = (schema: z.ZodType<string>) =>
  z.string().superRefine((v, ctx) => {
    if (v === '') return;
    const r = schema.safeParse(v);
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
  });

const lineRange = z.string().regex(/^L\d+(-L\d+)?(,L\d+(-L\d+)?)*$/, { message: biFix('行号格式不对', '写作 "L790-L845"（多段："L12,L30-L41"）', 'line range is malformed', 'write "L790-L845" (several: "L12,L30-L41")') });
const countyCode = z.string().refine((c) => Object.hasOwn(COUNTY_NAMES, c), {
  message: biFix('不是温州的县级代码', `写以下之一：${Object.entries(COUNTY_NAMES).map(([c, n]) => `${c} ${n.zh}`).join('、')}`, 'not a Wenzhou county code', `use one of ${Object.entries(COUNTY_NAMES).map(([c, n]) => `${c} ${n.en}`).join(', ')}`),
});
const number = z.string().regex(/^\d+(\.\d+)?$/, { message: biFix('不是数字', '只写数字，如 23.6（不写“亿”“万元”等单位，单位在列名中）', 'not a number', 'write the number only, e.g. 23.6 (no 亿 or other unit: the unit is in the column name)') });
const coordinate = z.string().regex(/^-?\d+(\.\d+)?$/, { message: biFix('坐标不是数字', '写十进制度数，如 120.6512', 'the coordinate is not a number', 'write decimal degrees, e.g. 120.6512') });
const year = z.string().regex(/^(19|20)\d\d$/, { message: biFix('不是年份', '写四位年份，如 2025', 'not a year', 'write a four-digit year, e.g. 2025') });
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: biFix('日期格式不对', '写作 2023、2023-03 或 2023-03-21', 'malformed date', 'write 2023, 2023-03 or 2023-03-21') });
const flag = z.enum(['', 'true'], { message: biFix('只能为 true 或留空', '写 true，或留空', 'must be true or empty', 'write true, or leave it empty') });
const statuses = optional(z.enum(PROJECT_STATUSES, { message: biFix('status 取值不对', `写以下之一：${PROJECT_STATUSES.join('、')}，或留空（未注明）`, 'status is not allowed', `use one of ${PROJECT_STATUSES.join(', ')}, or leave it empty (not stated)`) }));

/** A note is written in both languages or not at all. */
function pairedNotes(row: Record<string, string>, ctx: z.RefinementCtx, ...notes: string[]) {
  for (const n of notes)
    if (!row[`${n}_zh`] !== !row[`${n}_en`])
      ctx.addIssue({ code: 'custom', path: [row[`${n}_zh`] ? `${n}_en` : `${n}_zh`], message: biFix(`${n} 只有一种语言`, `${n}_zh 和 ${n}_en 一起填写`, `${n} is in one language only`, `fill ${n}_zh and ${n}_en together`) });
}

export const PROJECT_COLUMNS = [
  'id', 'name_zh', 'name_en', 'category', 'subcategory', 'category_basis', 'status', 'status_zh',
  'county_adcode', 'counties_zh', 'investment_total_yi', 'investment_plan_yi', 'start_year', 'end_year',
  'investor_type_zh', 'responsible_zh', 'location_precision', 'place_zh', 'lng', 'lat', 'location_note_zh', 'location_note_en',
  'geometry_quality', 'geometry_source', 'inferred', 'inferred_note_zh', 'inferred_note_en', 'source_doc', 'source_lines',
  'also_cited', 'text_zh',
] as const;
export type ProjectRow = Record<(typeof PROJECT_COLUMNS)[number], string>;

const countyNames = new Set(Object.values(COUNTY_NAMES).map((n) => n.zh));

/** One row of geodata/projects/projects.csv. */
export const projectRowSchema = z
  .object({
    id: z.string().regex(/^p\d{3}-\d{3}$/, { message: biFix('id 格式不对', '写作 p文件号-序号，如 p002-014', 'malformed id', 'write p<seed>-<number>, e.g. p002-014') }),
    name_zh: required('name_zh', 'name_zh'),
    name_en: required('name_en', 'name_en'),
    category: z.enum(Object.keys(PROJECT_CATEGORY) as [string, ...string[]], { message: biFix('category 取值不对', `写以下之一：${Object.keys(PROJECT_CATEGORY).join('、')}`, 'category is not allowed', `use one of ${Object.keys(PROJECT_CATEGORY).join(', ')}`) }),
    subcategory: z.string(),
    status: statuses,
    status_zh: z.string(),
    county_adcode: optional(countyCode),
    counties_zh: z.string(),
    investment_total_yi: optional(number),
    investment_plan_yi: optional(number),
    start_year: optional(year),
    end_year: optional(year),
    location_precision: z.enum(['', 'town', 'county', 'site', 'point'], { message: biFix('location_precision 取值不对', '写 town（乡镇街道）、county（县）、site（places/sites.csv 中的地点）、point（本行的 lng/lat），或留空（不上图）', 'location_precision is not allowed', 'write town, county, site (a place in places/sites.csv), point (this row\'s lng/lat), or leave it empty (not mapped)') }),
    place_zh: z.string(),
    lng: optional(coordinate),
    lat: optional(coordinate),
    geometry_quality: optional(z.enum(Object.keys(GEOMETRY_QUALITY) as [string, ...string[]], { message: biFix('geometry_quality 取值不对', '写 surveyed、derived 或 schematic', 'geometry_quality is not allowed', 'write surveyed, derived or schematic') })),
    geometry_source: z.string(),
    inferred: flag,
    source_doc: required('source_doc', 'source_doc'),
    source_lines: lineRange,
  })
  .catchall(z.string())
  .superRefine((r, ctx) => {
    const sub = PROJECT_SUBCATEGORY[r.subcategory as keyof typeof PROJECT_SUBCATEGORY];
    if (!sub) ctx.addIssue({ code: 'custom', path: ['subcategory'], message: biFix(`“${r.subcategory}”不是已知的子类`, `写以下之一：${Object.keys(PROJECT_SUBCATEGORY).join('、')}`, `"${r.subcategory}" is not a known sub-type`, `use one of ${Object.keys(PROJECT_SUBCATEGORY).join(', ')}`) });
    else if (sub.category !== r.category) ctx.addIssue({ code: 'custom', path: ['category'], message: biFix(`${r.subcategory} 属于 ${sub.category}`, `category 写 ${sub.category}`, `${r.subcategory} belongs to ${sub.category}`, `write category ${sub.category}`) });
    if (r.status && !r.status_zh) ctx.addIssue({ code: 'custom', path: ['status_zh'], message: biFix('有 status 却没有原文用语', '在 status_zh 写所引文件的原词（如 续建、建成）', 'status has no wording', 'write the cited document\'s own word in status_zh (e.g. 续建, 建成)') });
    if (r.start_year && r.end_year && r.end_year < r.start_year) ctx.addIssue({ code: 'custom', path: ['end_year'], message: bi('end_year 早于 start_year', 'end_year is before start_year') });
    for (const name of r.counties_zh ? r.counties_zh.split('、') : [])
      if (!countyNames.has(name)) ctx.addIssue({ code: 'custom', path: ['counties_zh'], message: biFix(`未知的县级行政区“${name}”`, '用全称，以“、”分隔，如 鹿城区、瓯海区', `unknown county "${name}"`, 'use full names separated by 、, e.g. 鹿城区、瓯海区') });
    if (r.county_adcode && r.counties_zh && COUNTY_NAMES[r.county_adcode]?.zh !== r.counties_zh.split('、')[0])
      ctx.addIssue({ code: 'custom', path: ['county_adcode'], message: biFix('county_adcode 与 counties_zh 的第一个县不一致', '两者写同一个县', 'county_adcode is not the first county of counties_zh', 'make them name the same county') });
    if (r.inferred && !(r.inferred_note_zh && r.inferred_note_en)) ctx.addIssue({ code: 'custom', path: ['inferred_note_zh'], message: biFix('推断的行缺少说明', '在 inferred_note_zh 和 inferred_note_en 写明推断了什么', 'an inferred row has no note', 'say what was inferred in inferred_note_zh and inferred_note_en') });
    pairedNotes(r, ctx, 'location_note', 'inferred_note');
    const point = r.location_precision === 'point';
    if (point && !(r.lng && r.lat && r.geometry_quality && r.geometry_source))
      ctx.addIssue({ code: 'custom', path: [r.lng ? (r.lat ? (r.geometry_quality ? 'geometry_source' : 'geometry_quality') : 'lat') : 'lng'], message: biFix('point 行需要坐标和坐标来源', '填写 lng、lat（WGS-84）、geometry_quality 和 geometry_source', 'a point row needs its coordinates and their source', 'fill lng, lat (WGS-84), geometry_quality and geometry_source') });
    if (point && r.lng && r.lat && !insideWenzhou([Number(r.lng), Number(r.lat)]))
      ctx.addIssue({ code: 'custom', path: ['lng'], message: biFix(`坐标 ${r.lng}, ${r.lat} 在温州之外`, insideWenzhou([Number(r.lat), Number(r.lng)]) ? 'lng 和 lat 写反了：交换两列' : '写 WGS-84 的经度和纬度', `${r.lng}, ${r.lat} is outside Wenzhou`, insideWenzhou([Number(r.lat), Number(r.lng)]) ? 'lng and lat are swapped: exchange the two columns' : 'write WGS-84 longitude and latitude') });
    if (!point && (r.lng || r.lat || r.geometry_quality || r.geometry_source))
      ctx.addIssue({ code: 'custom', path: [r.lng ? 'lng' : r.lat ? 'lat' : r.geometry_quality ? 'geometry_quality' : 'geometry_source'], message: biFix('只有 location_precision 为 point 的行才填写坐标', '清空 lng、lat、geometry_quality、geometry_source（由构建按地点求出），或把 location_precision 改为 point', 'only point rows carry coordinates', 'clear lng, lat, geometry_quality and geometry_source (the build resolves the place), or set location_precision to point') });
    if (!r.location_precision && r.place_zh) ctx.addIssue({ code: 'custom', path: ['place_zh'], message: biFix('有 place_zh 却没有 location_precision', '填写 location_precision，或清空 place_zh', 'place_zh is set but location_precision is empty', 'fill location_precision, or clear place_zh') });
    if ((r.location_precision === 'town' || r.location_precision === 'site') && !r.place_zh) ctx.addIssue({ code: 'custom', path: ['place_zh'], message: biFix(`${r.location_precision} 行需要 place_zh`, '写乡镇（街道）或地点名称', `a ${r.location_precision} row needs place_zh`, 'write the town or site name') });
    if (r.location_precision === 'county' && !r.county_adcode) ctx.addIssue({ code: 'custom', path: ['county_adcode'], message: biFix('county 行需要 county_adcode', '填写县级代码', 'a county row needs county_adcode', 'fill the county code') });
  });

/**
 * One row of geodata/projects/changes.csv: what a later document says about a project (status,
 * investment, schedule), dated, with its own source. Empty cells leave that field as it was.
 */
export const CHANGE_COLUMNS = ['project_id', 'date', 'status', 'status_zh', 'investment_total_yi', 'investment_plan_yi', 'start_year', 'end_year', 'source_doc', 'source_lines', 'text_zh', 'note_zh', 'note_en'] as const;
export type ChangeRow = Record<(typeof CHANGE_COLUMNS)[number], string>;

export const changeRowSchema = z
  .object({
    project_id: z.string().regex(/^p\d{3}-\d{3}$/, { message: biFix('project_id 格式不对', '写 projects.csv 中的 id，如 p002-014', 'malformed project_id', 'write an id from projects.csv, e.g. p002-014') }),
    date: date,
    status: statuses,
    status_zh: z.string(),
    investment_total_yi: optional(number),
    investment_plan_yi: optional(number),
    start_year: optional(year),
    end_year: optional(year),
    source_doc: required('source_doc', 'source_doc'),
    source_lines: optional(lineRange),
    text_zh: z.string(),
    note_zh: z.string(),
    note_en: z.string(),
  })
  .superRefine((r, ctx) => {
    if (r.status && !r.status_zh) ctx.addIssue({ code: 'custom', path: ['status_zh'], message: biFix('有 status 却没有原文用语', '在 status_zh 写该文件的原词', 'status has no wording', 'write the document\'s own word in status_zh') });
    if (!r.status && !r.investment_total_yi && !r.investment_plan_yi && !r.start_year && !r.end_year)
      ctx.addIssue({ code: 'custom', path: ['status'], message: biFix('该行没有任何变化', '至少填写 status、投资或年份之一', 'the row changes nothing', 'fill at least one of status, investment or year') });
    pairedNotes(r, ctx, 'note');
  });

/** One row of geodata/structure/zones.csv: a zone of 一主一副两极, drawn as its member counties dissolved. */
export const ZONE_COLUMNS = ['id', 'zone', 'name_zh', 'name_en', 'member_adcodes', 'text_zh', 'source_doc', 'source_lines', 'geometry_quality', 'geometry_source', 'inferred', 'inferred_note_zh', 'inferred_note_en'] as const;
export const zoneRowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, { message: biFix('id 格式不对', '用小写字母、数字和 "-"', 'malformed id', 'use lower-case letters, digits and "-"') }),
    zone: z.enum(['main', 'sub', 'pole'], { message: biFix('zone 取值不对', '写 main、sub 或 pole', 'zone is not allowed', 'write main, sub or pole') }),
    name_zh: required('name_zh', 'name_zh'),
    name_en: required('name_en', 'name_en'),
    member_adcodes: z.string().refine((s) => s.split(',').every((c) => Object.hasOwn(COUNTY_NAMES, c)), { message: biFix('member_adcodes 中有非温州县级代码', '写以逗号分隔的代码，如 330302,330303', 'member_adcodes has a code that is not a Wenzhou county', 'write codes separated by commas, e.g. 330302,330303') }),
    text_zh: required('text_zh', 'text_zh'),
    source_doc: required('source_doc', 'source_doc'),
    source_lines: lineRange,
    geometry_quality: z.enum(['derived', 'schematic']),
    geometry_source: required('geometry_source', 'geometry_source'),
    inferred: flag,
    inferred_note_zh: z.string(),
    inferred_note_en: z.string(),
  })
  .superRefine((r, ctx) => pairedNotes(r, ctx, 'inferred_note'));

/** One row of geodata/places/sites.csv: a named point (station, airport) projects can be placed at. */
export const siteRowSchema = z
  .object({
    id: z.string().regex(/^site-[a-z0-9-]+$/, { message: biFix('id 格式不对', '写作 site-名称，如 site-wenzhou-south', 'malformed id', 'write site-<name>, e.g. site-wenzhou-south') }),
    name_zh: required('name_zh', 'name_zh'),
    lng: coordinate,
    lat: coordinate,
    source_doc: required('source_doc', 'source_doc'),
  })
  .superRefine((r, ctx) => {
    if (!insideWenzhou([Number(r.lng), Number(r.lat)]))
      ctx.addIssue({ code: 'custom', path: ['lng'], message: biFix(`坐标 ${r.lng}, ${r.lat} 在温州之外`, insideWenzhou([Number(r.lat), Number(r.lng)]) ? 'lng 和 lat 写反了：交换两列' : '写 WGS-84 的经度和纬度', `${r.lng}, ${r.lat} is outside Wenzhou`, insideWenzhou([Number(r.lat), Number(r.lng)]) ? 'lng and lat are swapped: exchange the two columns' : 'write WGS-84 longitude and latitude') });
  });

/**
 * One row of geodata/changelog.csv, which the app's write-back appends (src/edit/changeLog.ts):
 * who changed which feature of which file, when, how, and on what authority.
 */
export const CHANGE_LOG_ROW_COLUMNS = ['at', 'who', 'file', 'feature', 'change', 'fields', 'source_doc', 'source_lines', 'note'] as const;
const CHANGE_KINDS = ['attribute', 'geometry', 'add', 'delete'];
export const changeLogRowSchema = z.object({
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, { message: biFix('时间格式不对', '写 ISO 8601 时间，如 2026-12-03T09:30:00Z', 'malformed time', 'write an ISO 8601 time, e.g. 2026-12-03T09:30:00Z') }),
  who: required('who', 'who'),
  file: z.string().regex(/^[a-z0-9_-]+(\/[a-z0-9_-]+)*\.(geojson|csv)$/, { message: biFix('file 不是 geodata/ 中的文件', '写相对 geodata/ 的路径，如 rail/stations.geojson', 'file is not a file of geodata/', 'write the path under geodata/, e.g. rail/stations.geojson') }),
  feature: required('feature', 'feature'),
  change: z.string().refine((c) => c.split('+').every((k) => CHANGE_KINDS.includes(k)), { message: biFix('change 取值不对', `写 ${CHANGE_KINDS.join('、')} 之一，多个用 + 连接`, 'change is not allowed', `use ${CHANGE_KINDS.join(', ')}, several joined by +`) }),
  fields: z.string(),
  source_doc: z.string(),
  source_lines: optional(lineRange),
  note: z.string(),
});
