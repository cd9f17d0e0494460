/**
 * npm run build:geodata — writes the generated files of geodata/ from the tables people edit, and
 * nothing else (catalog.json says per file which it is: "edited" files are never rewritten).
 *
 *   structure/zones.geojson    ← structure/zones.csv + admin/counties.geojson
 *   projects/projects.geojson  ← projects/projects.csv + projects/changes.csv + places + counties
 *   basemap/sea.geojson        ← basemap/land.geojson
 *   basemap/wenzhou.geojson    ← admin/counties.geojson
 *
 * Reads only files in this project. A bad row is reported with its file, line and fix and left
 * out; the exit code is 1 when there was any error, and the files are then left as they were.
 * `npm run build:geodata -- --lang en` prints the messages in English.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { writeFeatureCollection } from '../src/data/writeGeojson';
import { byPlace, formatProblem, isError } from '../src/data/validate/problem';
import type { Lang } from '../src/data/validate/text';
import { Tree, type Area } from './lib/tree';
import { usableFeatures } from './lib/usableFeatures';
import { MANIFEST, hashFile, sha256, type Manifest } from './lib/manifest';
import { zonesStep } from './geodata/steps/zones';
import { projectsStep } from './geodata/steps/projects';
import { outlineStep, seaStep } from './geodata/steps/basemap';
import type { Base, Step } from './geodata/steps/step';

export const STEPS: Step[] = [zonesStep, projectsStep, seaStep, outlineStep];

export function loadBase(tree: Tree): Base {
  const counties = usableFeatures<Area['geometry']>(tree.json<FeatureCollection>('admin/counties.geojson')?.features, ['Polygon', 'MultiPolygon']).filter((f) => typeof f.properties!.adcode === 'string');
  const seats = usableFeatures<Point>(tree.json<FeatureCollection>('admin/county-seats.geojson')?.features, ['Point']);
  return { counties: new Map(counties.map((f) => [String(f.properties!.adcode), f as Area])), seats };
}

/** Runs every step; returns the bytes each would write (nothing is written here). */
export function buildAll(tree: Tree): Map<string, string> {
  const base = loadBase(tree);
  const out = new Map<string, string>();
  for (const step of STEPS) {
    const fc = step.run(tree, base);
    if (fc) out.set(step.output, writeFeatureCollection(fc));
  }
  return out;
}

/** Builds and writes every generated file and the manifest; returns the problems (nothing is written on an error). */
export function writeBuild(tree: Tree, log: (line: string) => void = () => {}, lang: Lang = 'zh'): boolean {
  const outputs = buildAll(tree);
  if (tree.problems.some(isError)) return false;
  const manifest: Manifest = { about: 'Written by npm run build:geodata: the SHA-256 of each generated file and of the files it was made from. Do not edit.', files: {} };
  for (const step of STEPS) {
    const bytes = outputs.get(step.output)!;
    writeFileSync(join(tree.dir, step.output), bytes);
    manifest.files[step.output] = { sha256: sha256(bytes), from: Object.fromEntries(step.inputs.map((i) => [i, hashFile(tree.dir, i)])) };
    log(`  ${lang === 'zh' ? '写入' : 'wrote'} geodata/${step.output} (${(bytes.match(/\n/g)?.length ?? 2) - 2} features)`);
  }
  writeFileSync(join(tree.dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return true;
}

if (import.meta.main ?? process.argv[1]?.endsWith('build-geodata.ts')) {
  const root = resolve(import.meta.dirname, '..');
  const lang: Lang = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh';
  const tree = new Tree(join(root, 'geodata'), join(root, 'seeds'));
  const started = performance.now();
  const ok = writeBuild(tree, console.log, lang);
  for (const p of tree.problems.sort(byPlace)) (isError(p) ? console.error : console.warn)(formatProblem(p, lang));
  if (!ok) {
    const n = tree.problems.filter(isError).length;
    console.error(lang === 'zh' ? `\n${n} 个错误：未写入任何文件。` : `\n${n} error(s): nothing was written.`);
    process.exit(1);
  }
  console.log(`${lang === 'zh' ? '完成' : 'done'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
