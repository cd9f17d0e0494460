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

export const geometryQuality = z.enum(['surveyed', 'derived', 'schematic']);
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

export const layerStyleNames = ['county-fill', 'county-seat'] as const;

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
});
export type CatalogLayer = z.infer<typeof catalogLayer>;

export const catalogSchema = z
  .object({
    groups: z.array(z.object({ id: z.string(), title: localized })).min(1),
    layers: z.array(catalogLayer).min(1),
    basemap: z.object({ land: z.string().regex(/\.geojson$/), sources: z.array(z.string()).min(1) }),
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
    id: z.string().regex(/^[a-z0-9-]+$/),
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
