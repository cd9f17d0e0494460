/**
 * npm run validate [paths…] [--lang en] [--json]
 *
 * Checks everything data staff touch in geodata/ — catalog.json, sources.json, documents.json,
 * every layer file, every table — with the same zod schemas the app uses, and reports every
 * problem in one run: file:line:column, feature, property, what is wrong and the fix, in Chinese
 * (or English with --lang en; --json for machines). Exit 1 on any error, 0 with warnings only.
 * A path that is a folder is checked as a geodata tree; file paths limit the report to those files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { catalogSchema, documentsSchema, populationRow, sourceRegistrySchema, zoneTargetRow, type Catalog, type SchemaName } from '../src/data/schemas';
import { changeLogRowSchema, CHANGE_LOG_ROW_COLUMNS, zoneRowSchema, ZONE_COLUMNS } from '../src/data/tableSchemas';
import { checkGeojsonText } from '../src/data/validate/geojsonFile';
import { locateJson } from '../src/data/validate/locate';
import { byPlace, formatProblem, isError, type Problem } from '../src/data/validate/problem';
import { t, type Lang } from '../src/data/validate/text';
import { documentOf } from '../src/domain/documents';
import { checkStoryText } from '../src/present/storyReferences';
import { checkJsonText } from '../src/data/validate/jsonFile';
import { Tree } from './lib/tree';
import { MANIFEST, hashFile, readManifest } from './lib/manifest';
import { STEPS, loadBase } from './build-geodata';
import { resolveProjects, readTable } from './geodata/steps/projects';
import { checkContext } from './lib/checkContext';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const lang: Lang = argv.includes('--lang') && argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh';
const asJson = argv.includes('--json');
const paths = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--lang').map((p) => resolve(p));
const folder = paths.find((p) => existsSync(p) && statSync(p).isDirectory());
const files = paths.filter((p) => p !== folder);
/** The tree: a folder given, the geodata/ folder a given file lies in, or the project's geodata/. */
const dir = folder ?? (files[0] ? findTree(files[0]) : join(root, 'geodata'));
function findTree(file: string): string {
  for (let d = dirname(file); d !== dirname(d); d = dirname(d)) if (existsSync(join(d, 'catalog.json'))) return d;
  return join(root, 'geodata');
}

const tree = new Tree(dir, join(root, 'seeds'));
const problems = tree.problems;

/** A JSON file of the tree checked against a schema; its problems join the run's. */
function checkJson<T>(rel: string, schema: Parameters<typeof checkJsonText<T>>[2]): T | undefined {
  const text = tree.text(rel);
  if (text === undefined) return undefined;
  const r = checkJsonText(tree.name(rel), text, schema);
  problems.push(...r.problems);
  return r.value;
}

const catalog = checkJson('catalog.json', catalogSchema);
const registry = checkJson('sources.json', sourceRegistrySchema) ?? [];
const documents = checkJson('documents.json', documentsSchema) ?? [];
const seedFiles = tree.seedFiles();
const knownSources = new Set(registry.map((s) => s.id));
const textless = new Set(registry.filter((s) => s.kind === 'document' && !seedFiles.includes(s.id)).map((s) => s.id));
for (const s of registry)
  if (s.id.endsWith('.txt') && !seedFiles.includes(s.id))
    problems.push({ severity: 'error', code: 'missing-seed', file: tree.name('sources.json'), feature: s.id, property: 'id', message: t(`seeds/ 中没有文件“${s.id}”`, `no file "${s.id}" in seeds/`), fix: t('把文本放进 seeds/，或把该来源登记为 "kind": "document"（无文本，引文不核对）', 'put the text in seeds/, or register the source as "kind": "document" (no text: quotes are not checked)') });
for (const d of documents)
  if (!seedFiles.includes(d.seed)) problems.push({ severity: 'error', code: 'missing-seed', file: tree.name('documents.json'), feature: d.title_zh, property: 'seed', message: t(`seeds/ 中没有文件“${d.seed}”`, `no file "${d.seed}" in seeds/`) });

/** Last committed positions by id, from git, so a moved point can be told from a GCJ-02 one. */
function baseline(rel: string): Map<string, Position> | undefined {
  try {
    const path = relative(root, join(dir, rel)).split('\\').join('/');
    if (path.startsWith('..')) return undefined;
    const old = JSON.parse(execFileSync('git', ['-C', root, 'show', `HEAD:${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 })) as FeatureCollection;
    return new Map(old.features.filter((f) => f.geometry?.type === 'Point').map((f) => [String(f.properties?.id), (f.geometry as Point).coordinates]));
  } catch {
    return undefined;
  }
}

let featureCount = 0;
if (catalog) {
  const base = loadBase(tree);
  const ctx = checkContext(tree, catalog, knownSources, textless, base);
  const generatedBy = new Map(STEPS.map((s) => [s.output, s]));
  const layerFiles: { file: string; schema: SchemaName; origin: Catalog['layers'][number]['origin'] }[] = [];
  for (const l of catalog.layers) if (!layerFiles.some((f) => f.file === l.file)) layerFiles.push({ file: l.file, schema: l.schema, origin: l.origin });
  const bm = catalog.basemap;
  for (const [key, file] of [['land', bm.land], ['sea', bm.sea], ['outline', bm.outline]] as const)
    layerFiles.push({ file, schema: 'land', origin: bm.generated_from[key] ? { generated_from: bm.generated_from[key]! } : 'edited' });
  for (const r of catalog.references) layerFiles.push({ file: r.file, schema: r.schema, origin: 'edited' });

  const manifest = readManifest(dir);
  /** File → ids of its valid features, for the stories' references. */
  const idsOf = new Map<string, Set<string>>();
  /** Files read only in part (a feature left out) or not at all: a story's id in them is not judged. */
  const partial = new Set<string>();
  for (const { file: rel, schema, origin } of layerFiles) {
    const text = tree.text(rel, t('目录 catalog.json 引用了它', 'catalog.json refers to it'));
    if (text === undefined) {
      partial.add(rel);
      continue;
    }
    const file = tree.name(rel);
    const result = checkGeojsonText(file, text, schema, { ...ctx, baseline: baseline(rel) });
    if (result.valid.length < result.total || result.problems.some((p) => p.severity === 'error' && !p.feature)) partial.add(rel);
    problems.push(...result.problems);
    featureCount += result.total;
    idsOf.set(rel, new Set(result.valid.map((f: Feature) => String(f.properties?.id))));
    // Every passage a feature cites lies in one document of documents.json (its title, date and period).
    const located = locateJson(text);
    result.valid.forEach((f: Feature) => {
      const p = f.properties ?? {};
      const doc = String(p.source_doc ?? '');
      const index = (located.value as FeatureCollection).features.indexOf(f as never);
      if (doc.endsWith('.txt') && typeof p.source_lines === 'string' && !documentOf(documents, doc, p.source_lines))
        problems.push({ severity: 'error', code: 'no-document', file, ...located.at(['features', index, 'properties', 'source_lines']), feature: String(p.id), property: 'source_lines', message: t(`${doc} ${p.source_lines} 不在 documents.json 的任何文件范围内`, `${doc} ${p.source_lines} lies in no document of documents.json`), fix: t('在 geodata/documents.json 登记该文件（标题、日期、行号范围）', 'register the document (title, date, lines) in geodata/documents.json') });
    });
    problems.push(...originProblems(rel, origin, generatedBy.get(rel), manifest));
  }

  // Stories: their schema, then what they refer to (layers, features, rail lines, cited lines).
  const storyCtx = {
    features: new Map(catalog.layers.map((l) => [l.id, idsOf.get(l.file) ?? new Set<string>()])),
    unchecked: new Set(catalog.layers.filter((l) => partial.has(l.file)).map((l) => l.id)),
    railLines: ctx.refs?.lineIds ?? new Set<string>(),
    sources: knownSources,
    documents,
  };
  for (const rel of catalog.stories) {
    const text = tree.text(rel, t('目录 catalog.json 引用了它', 'catalog.json refers to it'));
    if (text !== undefined) problems.push(...checkStoryText(tree.name(rel), text, storyCtx).problems);
  }

  // Tables. The project table, its changes and the sites are read by the project build step,
  // which checks the rows, their quotes and their places.
  const projectTables = new Set(['project-row', 'project-change', 'site']);
  if (catalog.tables.some((t) => projectTables.has(t.schema))) resolveProjects(tree, base, { knownSources, dateOf });
  for (const table of catalog.tables) {
    if (projectTables.has(table.schema)) continue;
    const rows =
      table.schema === 'zone-row'
        ? readTable(tree, table.file, ZONE_COLUMNS, zoneRowSchema)
        : table.schema === 'change-log'
          ? readTable(tree, table.file, CHANGE_LOG_ROW_COLUMNS, changeLogRowSchema, 'feature', true)
          : table.schema === 'population'
            ? readTable(tree, table.file, [], populationRow, 'adcode')
            : readTable(tree, table.file, [], zoneTargetRow, 'indicator');
    for (const row of rows ?? []) {
      const source = row.cells.source_doc;
      if (source && !knownSources.has(source))
        problems.push({ severity: 'error', code: 'unknown-source', file: tree.name(table.file), line: row.line, column: row.columns.source_doc ?? 1, feature: row.cells.id, property: 'source_doc', message: t(`未知来源“${source}”`, `unknown source "${source}"`), fix: t('写 seeds/ 中的文件名或 sources.json 中登记的 id', 'use a seed file name or an id registered in geodata/sources.json') });
    }
  }
}

/** A generated file must be what the build last wrote, from the inputs as they are now. */
function originProblems(rel: string, origin: Catalog['layers'][number]['origin'], step: (typeof STEPS)[number] | undefined, manifest: ReturnType<typeof readManifest>): Problem[] {
  const file = tree.name(rel);
  const catalogFile = tree.name('catalog.json');
  if (origin === 'edited')
    return step ? [{ severity: 'error', code: 'origin', file: catalogFile, feature: rel, property: 'origin', message: t(`${rel} 由 npm run build:geodata 生成，目录却标为 edited`, `${rel} is written by npm run build:geodata, but the catalog says edited`), fix: t(`改为 {"generated_from": ${JSON.stringify(step.inputs)}}`, `write {"generated_from": ${JSON.stringify(step.inputs)}}`) }] : [];
  if (!step) return [{ severity: 'error', code: 'origin', file: catalogFile, feature: rel, property: 'origin', message: t(`目录说 ${rel} 是生成的，但没有构建步骤生成它`, `the catalog says ${rel} is generated, but no build step writes it`), fix: t('改为 "edited"', 'write "edited"') }];
  const entry = manifest?.files[rel];
  if (!entry) return [{ severity: 'error', code: 'not-built', file, message: t(`此文件由 ${step.inputs[0]} 生成，但 ${MANIFEST} 中没有它的记录`, `this file is generated from ${step.inputs[0]}, but ${MANIFEST} has no record of it`), fix: t('运行 npm run build:geodata', 'run npm run build:geodata') }];
  const out: Problem[] = [];
  if (hashFile(dir, rel) !== entry.sha256)
    out.push({ severity: 'error', code: 'generated-edited', file, line: 1, column: 1, message: t(`此文件由 ${step.inputs.join('、')} 生成，却被手工改动过（下次构建会覆盖这些改动）`, `this file is generated from ${step.inputs.join(', ')} and was edited by hand (the next build would overwrite the edit)`), fix: t(`改 ${step.inputs[0]}，然后运行 npm run build:geodata`, `edit ${step.inputs[0]}, then run npm run build:geodata`) });
  for (const input of step.inputs)
    if (hashFile(dir, input) !== entry.from[input])
      out.push({ severity: 'error', code: 'stale', file, message: t(`${input} 在上次构建后改动过，此文件已过时`, `${input} changed after the last build: this file is out of date`), fix: t('运行 npm run build:geodata', 'run npm run build:geodata') });
  return out;
}

/** The date of the document a passage lies in (documents.json), or of a registered document without text. */
function dateOf(doc: string, lines: string | undefined): string | undefined {
  return doc.endsWith('.txt') ? documentOf(documents, doc, lines)?.date : registry.find((s) => s.id === doc)?.date;
}

const shown = (files.length ? problems.filter((p) => files.some((f) => resolve(p.file) === f)) : problems).sort(byPlace);
const errors = shown.filter(isError).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (asJson) console.log(JSON.stringify({ errors, warnings: shown.length - errors, problems: shown }, null, 1));
else {
  for (const p of shown) (isError(p) ? console.error : console.warn)(formatProblem(p, lang));
  const where = relative(process.cwd(), dir) || '.';
  const summary =
    lang === 'zh'
      ? `${errors ? `${errors} 个错误，` : '数据无误：'}${shown.length - errors} 个警告；已检查 ${where}/ 中 ${catalog?.layers.length ?? 0} 个图层、${featureCount} 个要素、${catalog?.tables.length ?? 0} 个表格、${registry.length} 个来源，用时 ${seconds} 秒`
      : `${errors ? `${errors} error(s), ` : 'geodata OK: '}${shown.length - errors} warning(s); checked ${catalog?.layers.length ?? 0} layers, ${featureCount} features, ${catalog?.tables.length ?? 0} tables, ${registry.length} sources in ${where}/ in ${seconds} s`;
  (errors ? console.error : console.log)(`\n${summary}`);
}
process.exit(errors ? 1 : 0);
