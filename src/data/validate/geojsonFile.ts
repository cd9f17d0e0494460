/**
 * Checks one GeoJSON layer file feature by feature, so that one bad feature is reported (with its
 * line and column) and left out while the others are kept: the CLI prints the problems, the app
 * draws the valid features and lists the rest. Pure: the caller passes the text and the context.
 */
import { FORBIDDEN_KEYS, isSafeId, MAX_ID_LENGTH } from '../../domain/ids';
import type { Feature } from 'geojson';
import type { z } from 'zod';
import { featureSchema, type SchemaName } from '../schemas';
import { locateJson, type LocatedJson } from './locate';
import type { Problem } from './problem';
import { issueText, t } from './text';
import { geometryProblems, pointChecks, type PlaceContext } from './geometryChecks';
import { quoteProblems, type SeedLookup } from './quotes';
import { COUNTY_NAMES } from '../../domain/counties';
import { insideWenzhou } from '../wenzhouBounds';

export interface CheckContext extends PlaceContext {
  /** Seed file names and dataset ids that `source_doc` may name (geodata/sources.json). */
  knownSources: ReadonlySet<string>;
  /** Registered documents with no text in seeds/: their quotes cannot be checked. */
  textlessSources?: ReadonlySet<string>;
  /** A seed's lines, for the quote check; absent in the browser (the CLI checks quotes). */
  seeds?: SeedLookup;
  /** Ids other files define, that properties refer to (rail `line_id`s, …). */
  refs?: { lineIds?: ReadonlySet<string> };
}

export interface LayerCheck {
  problems: Problem[];
  /** The features that passed, as they are in the file. */
  valid: Feature[];
  /** How many features the file has (0 when it is not a FeatureCollection). */
  total: number;
}

/** Keys no id or property name may take: they reach Object.prototype through a lookup. */
/** The geometry each kind of layer is drawn with: a station as a polygon would draw nothing. */
export const GEOMETRY_TYPES: Partial<Record<SchemaName, string[]>> = {
  county: ['Polygon', 'MultiPolygon'],
  'county-seat': ['Point'],
  land: ['Polygon', 'MultiPolygon'],
  'rail-line': ['LineString', 'MultiLineString'],
  'rail-station': ['Point'],
  'tod-site': ['Point'],
  'structure-zone': ['Polygon', 'MultiPolygon'],
  'structure-member': ['Point'],
  'structure-node': ['Point'],
  direction: ['Point', 'LineString'],
  belt: ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
  platform: ['Point'],
  project: ['Point'],
  town: ['Point'],
};

/** An id used twice: `first` is the index of the feature that has it already. */
export function duplicateIdProblem(file: string, feature: string, first: number, at: object = {}): Problem {
  return { severity: 'error', code: 'duplicate-id', file, ...at, feature, property: 'id', message: t(`id 重复：第 ${first + 1} 个要素也使用该 id`, `duplicate id, also used by feature ${first + 1}`), fix: t('每个要素使用自己的 id', 'give each feature its own id') };
}

export function checkGeojsonText(file: string, text: string, schema: SchemaName, ctx: CheckContext): LayerCheck {
  const json = locateJson(text);
  if (json.syntax.length)
    return {
      problems: json.syntax.slice(0, 20).map((s) => ({
        severity: 'error',
        code: 'json-syntax',
        file,
        ...s.place,
        message: s.message,
        fix: t('在该位置修正 JSON（常见原因：多余或缺少的逗号、引号）', 'fix the JSON at this place (often a missing or extra comma or quote)'),
      })),
      valid: [],
      total: 0,
    };
  return checkGeojsonValue(file, json.value, schema, ctx, json);
}

export function checkGeojsonValue(file: string, value: unknown, schema: SchemaName, ctx: CheckContext, located?: LocatedJson): LayerCheck {
  const problems: Problem[] = [];
  const at = (path: (string | number)[]) => located?.at(path) ?? {};
  const top = value as { type?: unknown; features?: unknown } | null;
  if (!top || typeof top !== 'object' || Array.isArray(top) || top.type !== 'FeatureCollection' || !Array.isArray(top.features)) {
    problems.push({
      severity: 'error',
      code: 'not-feature-collection',
      file,
      line: 1,
      column: 1,
      message: t(`文件内容不是 GeoJSON FeatureCollection（实际是 ${top === null ? 'null' : Array.isArray(top) ? '数组' : typeof top === 'object' ? `type “${String(top.type)}”` : typeof top}）`, `the file is not a GeoJSON FeatureCollection (got ${top === null ? 'null' : Array.isArray(top) ? 'an array' : typeof top === 'object' ? `type "${String(top.type)}"` : typeof top})`),
      fix: t('文件应为 {"type":"FeatureCollection","features":[…]}', 'the file must be {"type":"FeatureCollection","features":[…]}'),
    });
    return { problems, valid: [], total: 0 };
  }
  const features = top.features as unknown[];
  const one = featureSchema(schema);
  const valid: Feature[] = [];
  const seen = new Map<string, number>();
  features.forEach((raw, i) => {
    const rawProps = (raw as { properties?: Record<string, unknown> } | null)?.properties;
    const rawId = rawProps && typeof rawProps === 'object' ? rawProps.id : undefined;
    const feature = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `#${i + 1}`;
    const before = problems.length;
    const r = one.safeParse(raw);
    if (!r.success) problems.push(...zodProblems(file, r.error, raw, i, feature, at));
    if (typeof rawId === 'string') {
      if (!isSafeId(rawId))
        problems.push({ severity: 'error', code: 'bad-id', file, ...at(['features', i, 'properties', 'id']), feature, property: 'id', message: t(`id “${rawId}” 不可用：只能用字母、数字和 . _ -（最多 ${MAX_ID_LENGTH} 个字符），且不能是 __proto__、prototype、constructor`, `id "${rawId}" cannot be used: letters, digits and . _ - only (at most ${MAX_ID_LENGTH}), and not __proto__, prototype or constructor`), fix: t('改成如 station-s1-01 这样的 id', 'use an id such as station-s1-01') });
      const first = seen.get(rawId);
      if (first !== undefined)
        problems.push(duplicateIdProblem(file, feature, first, at(['features', i, 'properties', 'id'])));
      else seen.set(rawId, i);
    }
    // JSON.parse makes "__proto__" an own key; zod skips it, so it is looked for here.
    for (const [where, obj] of [[['features', i], raw], [['features', i, 'properties'], rawProps]] as const)
      if (obj && typeof obj === 'object')
        for (const key of Object.keys(obj).filter((k) => FORBIDDEN_KEYS.has(k)))
          problems.push({ severity: 'error', code: 'forbidden-key', file, ...at([...where, key]), feature, property: key, message: t(`不能使用键名“${key}”`, `the key "${key}" cannot be used`), fix: t('删除该键，或换一个名字', 'remove the key, or rename it') });
    const type = (raw as { geometry?: { type?: unknown } } | null)?.geometry?.type;
    const allowed = GEOMETRY_TYPES[schema];
    if (r.success && allowed && !allowed.includes(String(type)))
      problems.push({ severity: 'error', code: 'geometry-type', file, ...at(['features', i, 'geometry', 'type']), feature, property: 'geometry.type', message: t(`该图层的要素应为 ${allowed.join(' 或 ')}，这里是 ${String(type)}`, `features of this layer are ${allowed.join(' or ')}, this one is ${String(type)}`), fix: t('换成正确的几何类型，或放进相应的图层', 'use the right geometry type, or move it to a layer of that kind') });
    if (r.success) {
      const props = (r.data as Feature).properties as Record<string, unknown>;
      problems.push(...referenceProblems(file, props, ctx, feature, (p) => at(['features', i, 'properties', p])));
      if (ctx.seeds) problems.push(...quoteProblems(file, props, ctx.seeds, ctx.textlessSources, feature, (p) => at(['features', i, 'properties', p])));
      problems.push(...pointChecks(file, r.data as Feature, ctx, feature, at(['features', i, 'geometry'])));
      problems.push(...geometryProblems(file, r.data as Feature, feature, at(['features', i, 'geometry'])));
    }
    if (!problems.slice(before).some((p) => p.severity === 'error')) valid.push(raw as Feature);
  });
  return { problems, valid, total: features.length };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function zodProblems(file: string, error: z.ZodError, raw: unknown, index: number, feature: string, at: (p: (string | number)[]) => object): Problem[] {
  const out: Problem[] = [];
  let coordinateIssues = 0;
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const inGeometry = path[0] === 'geometry';
    // A feature with 5,000 positions outside Wenzhou gets one message, not 5,000.
    if (inGeometry && path[1] === 'coordinates' && coordinateIssues++ > 0) continue;
    const property = path[0] === 'properties' ? path.slice(1).join('.') || 'properties' : path.length ? path.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[') : 'feature';
    const value = valueAt(raw, path);
    let message = issueText(issue, value);
    // A position outside Wenzhou that is inside once swapped: say so.
    if (inGeometry && Array.isArray(value) && typeof value[0] === 'number' && insideWenzhou([value[1] as number, value[0]]))
      message = { zh: message.zh.replace(/：修改：.*$/, '：修改：经纬度写反了：写作 [经度, 纬度]'), en: message.en.replace(/: fix: .*$/, ': fix: lat and lng are swapped: write [lng, lat]') };
    const [zh, fixZh] = message.zh.split('：修改：');
    const [en, fixEn] = message.en.split(': fix: ');
    out.push({
      severity: 'error',
      code: inGeometry ? 'geometry' : 'property',
      file,
      ...at(['features', index, ...path]),
      feature,
      property,
      message: { zh: zh!, en: en! },
      ...(fixZh && fixEn ? { fix: { zh: fixZh, en: fixEn } } : {}),
    });
  }
  return out;
}

/** References to other files: sources, counties, rail lines. */
function referenceProblems(file: string, props: Record<string, unknown>, ctx: CheckContext, feature: string, at: (p: string) => object): Problem[] {
  const out: Problem[] = [];
  const source = String(props.source_doc);
  if (!ctx.knownSources.has(source))
    out.push({ severity: 'error', code: 'unknown-source', file, ...at('source_doc'), feature, property: 'source_doc', message: t(`未知来源“${source}”`, `unknown source "${source}"`), fix: t('写 seeds/ 中的文件名或 geodata/sources.json 中登记的 id（新文件先在 sources.json 登记）', 'use a seed file name from seeds/ or an id registered in geodata/sources.json (register a new document there first)') });
  if (typeof props.geometry_source === 'string')
    for (const id of props.geometry_source.split(',').map((s) => s.trim()))
      if (!ctx.knownSources.has(id))
        out.push({ severity: 'error', code: 'unknown-source', file, ...at('geometry_source'), feature, property: 'geometry_source', message: t(`未知数据集“${id}”`, `unknown dataset "${id}"`), fix: t('在 geodata/sources.json 登记该数据集，或改正 id', 'register the dataset in geodata/sources.json or fix the id') });
  for (const key of ['county_adcode', 'adcode'] as const) {
    const code = props[key];
    if (typeof code === 'string' && !Object.hasOwn(COUNTY_NAMES, code))
      out.push({ severity: 'error', code: 'unknown-county', file, ...at(key), feature, property: key, message: t(`${code} 不是温州的县级行政区代码`, `${code} is not a Wenzhou county code`), fix: t(`使用以下之一：${Object.entries(COUNTY_NAMES).map(([c, n]) => `${c} ${n.zh}`).join('、')}`, `use one of: ${Object.entries(COUNTY_NAMES).map(([c, n]) => `${c} ${n.en}`).join(', ')}`) });
  }
  if (typeof props.member_adcodes === 'string')
    for (const code of props.member_adcodes.split(','))
      if (!Object.hasOwn(COUNTY_NAMES, code))
        out.push({ severity: 'error', code: 'unknown-county', file, ...at('member_adcodes'), feature, property: 'member_adcodes', message: t(`${code} 不是温州的县级行政区代码`, `${code} is not a Wenzhou county code`) });
  const lineIds = ctx.refs?.lineIds;
  if (lineIds && typeof props.line_ids === 'string')
    for (const id of props.line_ids.split(',').map((s) => s.trim()))
      if (!lineIds.has(id))
        out.push({ severity: 'error', code: 'unknown-line', file, ...at('line_ids'), feature, property: 'line_ids', message: t(`线路“${id}”不在 rail/lines.geojson 中`, `line "${id}" is not in rail/lines.geojson`), fix: t(`使用已有线路：${[...lineIds].join('、')}`, `use an existing line: ${[...lineIds].join(', ')}`) });
  return out;
}
