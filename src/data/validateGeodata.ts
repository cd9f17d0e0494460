/**
 * Validation shared by the CLI (scripts/validate-geodata.ts) and the browser: it takes parsed
 * content, never touches the file system, and returns problems a person can act on.
 */
import type { z } from 'zod';
import { featureCollectionSchema, featureSchemas, type SchemaName } from './schemas';

export interface Problem {
  file: string;
  /** "feature 3 (id \"330305\")", "row 12", or empty for file-level problems. */
  where: string;
  /** The property or geometry part at fault, e.g. "adcode" or "geometry.coordinates[0][5]". */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return [p.file, p.where, p.field].filter(Boolean).join(': ') + ` — ${p.message}`;
}

type Path = readonly PropertyKey[];

function describeFeaturePath(path: Path, features: unknown[]): { where: string; field: string } {
  if (path[0] !== 'features' || typeof path[1] !== 'number') return { where: '', field: path.join('.') };
  const index = path[1];
  const id = (features[index] as { properties?: { id?: unknown } } | undefined)?.properties?.id;
  const where = `feature ${index + 1}${typeof id === 'string' || typeof id === 'number' ? ` (id "${id}")` : ''}`;
  const rest = path.slice(2);
  if (rest[0] === 'properties') return { where, field: rest.slice(1).join('.') || 'properties' };
  const field = rest.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
  return { where, field: field || 'feature' };
}

function zodProblems(file: string, error: z.ZodError, features: unknown[]): Problem[] {
  return error.issues.map((issue) => ({ file, ...describeFeaturePath(issue.path, features), message: issue.message }));
}

export interface FeatureCheckOptions {
  /** Names that `source_doc` may take: seed file names and dataset ids. */
  knownSources: ReadonlySet<string>;
}

/** Checks one parsed GeoJSON file against the named schema, ids and source references. */
export function validateFeatureCollection(file: string, json: unknown, schema: SchemaName, opts: FeatureCheckOptions): Problem[] {
  const features = Array.isArray((json as { features?: unknown })?.features) ? (json as { features: unknown[] }).features : [];
  const parsed = featureCollectionSchema(featureSchemas[schema], schema === 'land' ? 'basemap' : 'wenzhou').safeParse(json);
  if (!parsed.success) return zodProblems(file, parsed.error, features).slice(0, 50);

  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  parsed.data.features.forEach((f, i) => {
    const props = f.properties as { id: string; source_doc: string; geometry_source?: string };
    const where = `feature ${i + 1} (id "${props.id}")`;
    const first = seen.get(props.id);
    if (first !== undefined) problems.push({ file, where, field: 'id', message: `duplicate id, also used by feature ${first + 1}: give each feature its own id` });
    seen.set(props.id, i);
    if (!opts.knownSources.has(props.source_doc))
      problems.push({ file, where, field: 'source_doc', message: `unknown source "${props.source_doc}": use a seed file name from seeds/ or a dataset id from geodata/sources.json` });
    for (const id of props.geometry_source?.split(',') ?? [])
      if (!opts.knownSources.has(id.trim()))
        problems.push({ file, where, field: 'geometry_source', message: `unknown dataset "${id}": add it to geodata/sources.json or fix the id` });
  });
  return problems;
}

/** Checks parsed CSV rows (objects keyed by header) against a row schema; row numbers count the header. */
export function validateRows(file: string, rows: Record<string, string>[], schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    const r = schema.safeParse(row);
    if (!r.success)
      for (const issue of r.error.issues)
        problems.push({ file, where: `row ${i + 2}`, field: issue.path.join('.'), message: issue.message });
  });
  return problems;
}
