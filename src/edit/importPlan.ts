/**
 * From a parsed file to the features that may be added, as the user decides in the import panel:
 * the coordinates converted from the CRS they chose, the file's fields mapped onto the target
 * layer's schema (with constants for what the file lacks), ids given where the file has none, and
 * the fixes typed into the report. Then the report: the same validator as `npm run validate`, run
 * on the target layer as it would be, so a duplicate of an existing id is caught too. Pure.
 */
import type { Feature } from 'geojson';
import type { SchemaName } from '../data/schemas';
import { GEOMETRY_TYPES, checkGeojsonValue, duplicateIdProblem } from '../data/validate/geojsonFile';
import { isError, type Problem } from '../data/validate/problem';
import { idOf } from './changes';
import { fieldSpecs } from './fieldSpecs';
import { idSequence } from './newFeatureId';
import { applyMapping } from './import/fieldMapping';
import { toWgs84 } from './import/crs';
import type { ParsedImport, SourceCrs } from './import/types';

export interface ImportPlan {
  /** The CRS of a file that names none (one with a .prj is WGS-84 already). */
  crs: SourceCrs;
  /** Target key → the file's field. */
  mapping: Record<string, string | undefined>;
  /** Target key → one value for every feature (where the file has none). */
  constants: Record<string, unknown>;
  /** Feature index → property → the value typed into the report. */
  fixes: Record<number, Record<string, unknown>>;
  /** Feature indexes the user left out. */
  excluded: readonly number[];
}

/** `idPrefix`: the pattern of ids given to features without one (the target's own by default). */
export function planFeatures(parsed: ParsedImport, plan: ImportPlan, schema: SchemaName, existing: readonly Feature[], idPrefix: string = schema): Feature[] {
  const specs = fieldSpecs(schema);
  const numericKeys = new Set(specs.filter((s) => s.kind === 'number' || s.kind === 'integer').map((s) => s.key));
  const booleanKeys = new Set(specs.filter((s) => s.kind === 'boolean').map((s) => s.key));
  const converted = parsed.crs.kind === 'prj' ? parsed.features : toWgs84(parsed.features, plan.crs);
  const mapped = applyMapping(converted, plan.mapping, { constants: plan.constants, numericKeys, booleanKeys });
  const next = idSequence([...existing, ...mapped], idPrefix);
  return mapped.map((f, i) => {
    const fix = plan.fixes[i] ?? {};
    const props: Record<string, unknown> = { ...f.properties };
    for (const [k, v] of Object.entries(fix)) {
      if (v === undefined) delete props[k];
      else props[k] = v;
    }
    // A feature without an id gets the layer's next one, so the ids stay readable and unique.
    if (typeof props.id !== 'string' && typeof props.id !== 'number') props.id = next();
    else props.id = String(props.id);
    const { id: _id, ...rest } = props;
    return { type: 'Feature', properties: { id: props.id, ...rest }, geometry: f.geometry } satisfies Feature;
  });
}

export interface ImportReport {
  /** Feature index → its errors and warnings. */
  problems: Map<number, Problem[]>;
  /** Indexes that pass and are not left out. */
  addable: number[];
}

/**
 * The new features are checked by the validator on their own (the target's existing features were
 * checked when it loaded: re-checking 1 MB of county polygons on every keystroke would freeze the
 * page), then against the target's ids, with the validator's own duplicate-id message.
 */
export function reportOf(file: string, schema: SchemaName, features: readonly Feature[], existing: readonly Feature[], knownSources: ReadonlySet<string>, excluded: readonly number[]): ImportReport {
  const name = `geodata/${file}`;
  const r = checkGeojsonValue(name, { type: 'FeatureCollection', features }, schema, { knownSources });
  const problems = new Map<number, Problem[]>();
  const push = (i: number, p: Problem) => problems.set(i, [...(problems.get(i) ?? []), p]);
  const uses = new Map<string, number[]>();
  features.forEach((f, i) => {
    const id = idOf(f);
    const list = uses.get(id);
    if (list) list.push(i);
    else uses.set(id, [i]);
  });
  // The validator reports a duplicate inside the file on each later use, in the file's order.
  const duplicatesSeen = new Map<string, number>();
  for (const p of r.problems) {
    if (p.code === 'duplicate-id' && p.feature !== undefined) {
      const k = (duplicatesSeen.get(p.feature) ?? 0) + 1;
      duplicatesSeen.set(p.feature, k);
      const later = uses.get(p.feature)?.[k];
      if (later !== undefined) push(later, p);
      continue;
    }
    // The validator names a feature by id, or "#n" (its place in the list) when it has none.
    const i = p.feature?.startsWith('#') ? Number(p.feature.slice(1)) - 1 : p.feature !== undefined ? uses.get(p.feature)?.[0] : undefined;
    if (i !== undefined) push(i, p);
  }
  const taken = new Map(existing.map((f, i) => [idOf(f), i]));
  features.forEach((f, i) => {
    const first = taken.get(idOf(f));
    if (first !== undefined) push(i, duplicateIdProblem(name, idOf(f), first));
  });
  const skip = new Set(excluded);
  const addable = features.map((_, i) => i).filter((i) => !skip.has(i) && !(problems.get(i) ?? []).some(isError));
  return { problems, addable };
}

/**
 * The layer a file most likely belongs to: one whose geometry the file's features have, with the
 * most of its fields found in the file by name.
 */
export function guessTarget<T extends { file: string; schema: SchemaName }>(parsed: ParsedImport, files: readonly T[], score: (schema: SchemaName) => number): T | undefined {
  const type = parsed.features.find((f) => f.geometry)?.geometry?.type;
  const fits = files.filter((f) => !type || (GEOMETRY_TYPES[f.schema] ?? [type]).includes(type));
  return [...fits].sort((a, b) => score(b.schema) - score(a.schema))[0];
}
