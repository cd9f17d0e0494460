/**
 * The zod schemas for everything in geodata/. The CLI validator (scripts/validate-geodata.ts) and
 * the browser (loading and, later, importing files) use these same objects, so a file that
 * passes one passes the other.
 */
import { z } from 'zod';
import { insideWenzhou, WENZHOU_BBOX } from './wenzhouBounds';

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

// ---------- geometry (RFC 7946, WGS-84, inside Wenzhou) ----------

const position = z
  .array(z.number().finite())
  .min(2)
  .max(3)
  .refine(insideWenzhou, {
    message: `coordinate outside Wenzhou [${WENZHOU_BBOX.join(', ')}]: is it GCJ-02, or lat/lng swapped? Use WGS-84 [lng, lat]`,
  });

const ring = z
  .array(position)
  .min(4, { message: 'a polygon ring needs at least 4 positions' })
  .refine((r) => r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1], {
    message: 'polygon ring is not closed: repeat the first position at the end',
  });

export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position).min(1) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

// ---------- properties every feature carries ----------

export const geometryQuality = z.enum(['surveyed', 'derived', 'schematic'], {
  message: 'geometry_quality must be surveyed (from a measured source), derived (computed from real data) or schematic (drawn from a text description)',
});
export type GeometryQuality = z.infer<typeof geometryQuality>;

/** `L790-L845`, or several ranges separated by commas: `L12,L30-L41`. */
const lineRange = z.string().regex(/^L\d+(-L\d+)?(,L\d+(-L\d+)?)*$/, {
  message: 'write line ranges like "L790-L845" (several: "L12,L30-L41")',
});

/**
 * Where a feature came from and how exact its geometry is. `source_doc` names a seed file
 * (seeds/NNN_*.txt) or a dataset id from geodata/sources.json; the validator checks it exists.
 */
export const provenanceProps = z.object({
  id: z.string().min(1, { message: 'every feature needs a stable, non-empty "id"' }),
  source_doc: z.string({ message: 'missing "source_doc": name the seed file or dataset id it came from' }).min(1),
  source_lines: lineRange.optional(),
  geometry_quality: geometryQuality,
});

/** MapLibre expressions cannot reach into objects or arrays, so extra properties must be flat. */
const scalar = z.union([z.string(), z.number(), z.boolean()], {
  message: 'properties must be flat values (text, number, true/false): split objects and lists into separate properties',
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
    inferred_note: z.string().optional(),
  })
  .catchall(scalar);

export const status = z.enum(['operating', 'under_construction', 'planned', 'completed', 'ongoing'], {
  message: 'status must be one of operating, under_construction, planned, completed, ongoing (keep the seed\'s own word in status_zh)',
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

const adcode = z.string().regex(/^3303\d\d$/, { message: 'county_adcode must be a 6-digit Wenzhou code such as "330302", written as text' });

export const structureZoneProps = planningProps.extend({
  zone: z.enum(['main', 'sub', 'pole']),
  member_adcodes: z.string().regex(/^3303\d\d(,3303\d\d)*$/),
});

export const structureMemberProps = planningProps.extend({
  zone: z.enum(['main', 'sub', 'pole']),
  member_kind: z.enum(['county', 'functional_area', 'county_town']),
  adcode: adcode.optional(),
  text_zh: z.string().min(1, { message: 'each member quotes its positioning text from 专栏10' }),
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

/** The 2023 major-project plan's taxonomy (seed 002 L126-L197): category → its sub-types. */
export const PROJECT_TAXONOMY = {
  产业: ['制造业项目', '能源产业项目', '现代服务业项目', '产业平台项目'],
  基础设施: ['综合交通项目', '水利项目', '市政道路', '新型信息基础设施等其他项目'],
  民生: ['社会事业项目', '城市更新项目', '生态环保项目'],
} as const;
export type ProjectCategory = keyof typeof PROJECT_TAXONOMY;
const categories = Object.keys(PROJECT_TAXONOMY) as [ProjectCategory, ...ProjectCategory[]];

export const projectProps = planningProps
  .extend({
    category: z.enum(categories, { message: `category must be one of ${categories.join(', ')} (the 2023 plan's taxonomy, seed 002 L126-L197)` }),
    subcategory: z.string(),
    status: status.optional(),
    status_zh: z.string().optional(),
    county_adcode: adcode.optional(),
    investment_total_yi: z.number({ message: 'write the investment as a plain number of 亿元, e.g. 12.5, or leave it out' }).nonnegative().optional(),
    investment_plan_yi: z.number({ message: 'write the investment as a plain number of 亿元, e.g. 12.5, or leave it out' }).nonnegative().optional(),
    start_year: year.optional(),
    end_year: year.optional(),
    location_precision: z.enum(['site', 'town', 'county']),
  })
  .superRefine((p, ctx) => {
    const subs: readonly string[] = PROJECT_TAXONOMY[p.category] ?? [];
    if (!subs.includes(p.subcategory))
      ctx.addIssue({ code: 'custom', path: ['subcategory'], message: `"${p.subcategory}" is not a sub-type of ${p.category}: use one of ${subs.join(', ')}` });
    if (p.start_year !== undefined && p.end_year !== undefined && p.end_year < p.start_year)
      ctx.addIssue({ code: 'custom', path: ['end_year'], message: 'end_year is before start_year' });
  });

export const countyProps = provenanceProps.extend({
  adcode: z.string().regex(/^3303\d\d$/, { message: 'adcode must be a 6-digit Wenzhou code such as "330302"' }),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  area_km2: z.number().positive(),
});

export const countySeatProps = provenanceProps.extend({
  adcode: z.string().regex(/^3303\d\d$/),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  seat_zh: z.string().min(1),
});

export const landProps = provenanceProps;

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
} as const;
export type SchemaName = keyof typeof featureSchemas;

export function featureCollectionSchema<P extends z.ZodType>(props: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.union([z.string(), z.number()]).optional(),
        geometry: geometrySchema,
        properties: props,
      }),
    ),
  });
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

export const catalogLayer = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'layer ids are lower-case words joined by "-"' }),
  group: z.string(),
  title: localized,
  file: z.string().regex(/\.geojson$/),
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
    groups: z.array(z.object({ id: z.string(), title: localized })).min(1),
    layers: z.array(catalogLayer).min(1),
    basemap: z.object({ land: z.string().regex(/\.geojson$/), sea: z.string().regex(/\.geojson$/), sources: z.array(z.string()).min(1) }),
  })
  .superRefine((c, ctx) => {
    const groups = new Set(c.groups.map((g) => g.id));
    const seen = new Set<string>();
    c.layers.forEach((l, i) => {
      if (!groups.has(l.group)) ctx.addIssue({ code: 'custom', path: ['layers', i, 'group'], message: `unknown group "${l.group}": add it to "groups"` });
      if (seen.has(l.id)) ctx.addIssue({ code: 'custom', path: ['layers', i, 'id'], message: `duplicate layer id "${l.id}"` });
      seen.add(l.id);
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;

export const sourceRegistrySchema = z.array(
  z.object({
    /** A dataset id (`vonng-adcode-fences`) or a seed file name (`001_e6b0caea5896a948.txt`). */
    id: z.string().regex(/^[a-z0-9._-]+$/, { message: 'source ids are lower-case words joined by "-" (or a seed file name)' }),
    title: z.string(),
    origin: z.string(),
    licence: z.string(),
    attribution: z.string(),
    original_crs: z.enum(['WGS-84', 'GCJ-02', 'none']),
    processing: z.string(),
  }),
);
export type SourceRegistry = z.infer<typeof sourceRegistrySchema>;

/** One row of geodata/population/county-population.csv (long format: one indicator per row). */
export const populationRow = z.object({
  adcode: z.string().regex(/^(3303\d\d)?$/),
  name: z.string().min(1),
  year: z.string().regex(/^(\d{4})?$/),
  indicator: z.string().min(1),
  value: z.string().regex(/^(\d+(\.\d+)?)?$/, { message: 'value must be a plain number or empty' }),
  unit: z.string(),
  source: z.string().min(1, { message: 'every row needs a source' }),
});
export type PopulationRow = z.infer<typeof populationRow>;

/** One row of geodata/population/zone-targets.csv: a zone's value or target for one year (seed 004). */
export const zoneTargetRow = z.object({
  indicator: z.enum(['resident_population', 'resident_share', 'central_city_primacy', 'population_density', 'urbanization_rate']),
  zone: z.enum(['city', 'central_city', 'main', 'sub']),
  zone_zh: z.string().min(1),
  unit: z.string().min(1),
  year: z.string().regex(/^\d{4}$/),
  value: z.string().regex(/^(\d+(\.\d+)?)?$/, { message: 'value must be a plain number, or empty when the plan gives only words (keep them in value_text)' }),
  comparator: z.enum(['=', '>', '<', '']),
  value_text: z.string().min(1, { message: 'value_text keeps the plan\'s own wording, e.g. ">60" or "逐年提高"' }),
  scope_zh: z.string(),
  source_doc: z.string().min(1),
  source_lines: lineRange,
});
export type ZoneTargetRow = z.infer<typeof zoneTargetRow>;
