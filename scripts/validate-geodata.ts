/**
 * npm run validate — checks every file in geodata/ against the schemas in src/data/schemas.ts,
 * the same ones the app uses. Prints one line per problem (file, feature, property, fix) and
 * exits non-zero when there is any. `npm run validate -- path/to/geodata` checks another folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import Papa from 'papaparse';
import { catalogSchema, documentsSchema, populationRow, sourceRegistrySchema, zoneTargetRow } from '../src/data/schemas';
import { formatProblem, validateFeatureCollection, validateRows, type Problem } from '../src/data/validateGeodata';
import { documentOf } from '../src/domain/documents';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(root, 'geodata'));
const seedsDir = join(root, 'seeds');
const problems: Problem[] = [];
const rel = (f: string) => relative(process.cwd(), f) || f;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push({ file: rel(file), where: '', field: '', message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

function check<T>(file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T | undefined {
  const json = readJson(file);
  if (json === undefined) return undefined;
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  for (const i of r.error.issues) problems.push({ file: rel(file), where: '', field: i.path.join('.'), message: i.message });
  return undefined;
}

const catalog = check(join(dir, 'catalog.json'), catalogSchema);
const registry = check(join(dir, 'sources.json'), sourceRegistrySchema) ?? [];
const knownSources = new Set(registry.map((s) => s.id));
// Seeds are cited by file name, so the registry and seeds/ must agree.
const seedFiles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')) : [];
for (const s of registry.filter((s) => s.id.endsWith('.txt')))
  if (!seedFiles.includes(s.id)) problems.push({ file: rel(join(dir, 'sources.json')), where: `source "${s.id}"`, field: 'id', message: `no such file in seeds/` });

const documents = check(join(dir, 'documents.json'), documentsSchema) ?? [];
for (const [i, d] of documents.entries())
  if (!seedFiles.includes(d.seed)) problems.push({ file: rel(join(dir, 'documents.json')), where: `document ${i + 1}`, field: 'seed', message: `no such file in seeds/: "${d.seed}"` });

let features = 0;
if (catalog) {
  const files: { file: string; schema: Parameters<typeof validateFeatureCollection>[2]; sources: string[]; owner: string }[] = [
    ...catalog.layers.map((l) => ({ file: l.file, schema: l.schema, sources: l.sources, owner: `layer "${l.id}"` })),
    { file: catalog.basemap.land, schema: 'land' as const, sources: catalog.basemap.sources, owner: 'basemap' },
    { file: catalog.basemap.sea, schema: 'land' as const, sources: catalog.basemap.sources, owner: 'basemap' },
    { file: catalog.basemap.outline, schema: 'land' as const, sources: catalog.basemap.sources, owner: 'basemap' },
  ];
  for (const { file, schema, sources, owner } of files) {
    for (const s of sources)
      if (!knownSources.has(s)) problems.push({ file: rel(join(dir, 'catalog.json')), where: owner, field: 'sources', message: `unknown source "${s}": add it to geodata/sources.json` });
    const path = join(dir, file);
    if (!existsSync(path)) {
      problems.push({ file: rel(join(dir, 'catalog.json')), where: owner, field: 'file', message: `"${file}" does not exist under ${rel(dir)}/` });
      continue;
    }
    const json = readJson(path);
    if (json === undefined) continue;
    problems.push(...validateFeatureCollection(rel(path), json, schema, { knownSources }));
    // Every passage a feature cites lies in one document of documents.json (its title, date and period).
    ((json as { features?: { properties?: Record<string, unknown> }[] }).features ?? []).forEach((f, i) => {
      const doc = String(f.properties?.source_doc ?? '');
      const lines = f.properties?.source_lines as string | undefined;
      if (doc.endsWith('.txt') && lines && !documentOf(documents, doc, lines))
        problems.push({ file: rel(path), where: `feature ${i + 1} (id "${String(f.properties?.id)}")`, field: 'source_lines', message: `${doc} ${lines} is in no document of geodata/documents.json: add the document (title, date, lines) there` });
    });
    features += (json as { features?: unknown[] }).features?.length ?? 0;
  }
}

const tables = { 'population/county-population.csv': populationRow, 'population/zone-targets.csv': zoneTargetRow };
for (const [csv, schema] of Object.entries(tables)) {
  const path = join(dir, csv);
  if (!existsSync(path)) {
    if (dir === join(root, 'geodata')) problems.push({ file: rel(path), where: '', field: '', message: 'missing: the app loads this table' });
    continue;
  }
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  for (const e of parsed.errors) problems.push({ file: rel(path), where: `row ${(e.row ?? 0) + 2}`, field: '', message: e.message });
  problems.push(...validateRows(rel(path), parsed.data, schema));
  parsed.data.forEach((row, i) => {
    if (row.source_doc && !knownSources.has(row.source_doc))
      problems.push({ file: rel(path), where: `row ${i + 2}`, field: 'source_doc', message: `unknown source "${row.source_doc}": use a seed file name or a dataset id from geodata/sources.json` });
  });
}

if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in ${rel(dir)}/`);
  process.exit(1);
}
console.log(`geodata OK: ${catalog?.layers.length ?? 0} layers, ${features} features, ${registry.length} sources checked in ${rel(dir)}/`);
