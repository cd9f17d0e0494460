/**
 * Every file in tests/fixtures/broken holds one mistake a data clerk makes; cases.json says which
 * schema it is checked as and the exact problem it must produce (code, place, feature, property,
 * the Chinese message). The checks run against the real geodata/ (sources, counties, town points).
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogSchema, documentsSchema, sourceRegistrySchema, populationRow, type SchemaName } from '../../../src/data/schemas';
import { checkGeojsonText } from '../../../src/data/validate/geojsonFile';
import type { Problem } from '../../../src/data/validate/problem';
import { checkStoryText, type StoryContext } from '../../../src/present/storyReferences';
import { Tree } from '../../../scripts/lib/tree';
import { checkContext } from '../../../scripts/lib/checkContext';
import { loadBase } from '../../../scripts/build-geodata';
import { readTable, resolveProjects } from '../../../scripts/geodata/steps/projects';

const root = resolve(import.meta.dirname, '../../..');
const dir = join(root, 'tests/fixtures/broken');
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Record<string, { schema: string; expect: Expected[] }>;
interface Expected {
  severity: string;
  code: string;
  line?: number;
  column?: number;
  feature?: string;
  property?: string;
  zh: string;
  fix?: string;
}

/** The real tree, with one file replaced by a fixture. */
function treeWith(rel: string, fixture: string): Tree {
  const tree = new Tree(join(root, 'geodata'), join(root, 'seeds'), (abs) => (abs === fixture ? basename(fixture) : abs));
  const path = tree.path;
  tree.path = (r: string) => (r === rel ? fixture : path(r));
  return tree;
}

const registry = sourceRegistrySchema.parse(JSON.parse(readFileSync(join(root, 'geodata/sources.json'), 'utf8')));
const catalog = catalogSchema.parse(JSON.parse(readFileSync(join(root, 'geodata/catalog.json'), 'utf8')));
const knownSources = new Set(registry.map((s) => s.id));
const realTree = new Tree(join(root, 'geodata'), join(root, 'seeds'));
const base = loadBase(realTree);
const ctx = checkContext(realTree, catalog, knownSources, new Set(), base);
const refs = { knownSources, dateOf: () => undefined };

const documents = documentsSchema.parse(JSON.parse(readFileSync(join(root, 'geodata/documents.json'), 'utf8')));
const storyCtx: StoryContext = {
  features: new Map(catalog.layers.map((l) => [l.id, new Set(realTree.json<GeoJSON.FeatureCollection>(l.file)!.features.map((f) => String(f.properties?.id)))])),
  railLines: ctx.refs!.lineIds!,
  sources: knownSources,
  documents,
};

function problemsOf(name: string, schema: string): Problem[] {
  const fixture = join(dir, name);
  if (schema === 'story') return checkStoryText(name, readFileSync(fixture, 'utf8'), storyCtx).problems;
  if (name.endsWith('.geojson')) return checkGeojsonText(name, readFileSync(fixture, 'utf8'), schema as SchemaName, ctx).problems;
  const rel = { 'project-row': 'projects/projects.csv', 'project-change': 'projects/changes.csv', population: 'population/county-population.csv' }[schema]!;
  const tree = treeWith(rel, fixture);
  if (schema === 'population') readTable(tree, rel, [], populationRow, 'adcode');
  else resolveProjects(tree, loadBase(tree), refs);
  return tree.problems.filter((p) => p.file === name);
}

const shape = (p: Problem): Expected => ({ severity: p.severity, code: p.code, line: p.line, column: p.column, feature: p.feature, property: p.property, zh: p.message.zh, fix: p.fix?.zh });

// RECORD=1 npx vitest run … rewrites the expectations from what the checks say now (review the diff).
if (process.env.RECORD) {
  const { writeFileSync } = await import('node:fs');
  for (const [name, c] of Object.entries(cases)) c.expect = problemsOf(name, c.schema).map((p) => JSON.parse(JSON.stringify(shape(p))) as Expected);
  writeFileSync(join(dir, 'cases.json'), `${JSON.stringify(cases, null, 1)}\n`);
}

describe('broken fixtures', () => {
  it('has at least 30 cases, one file each', () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(30);
  });
  for (const [name, c] of Object.entries(cases))
    it(`${name} gives its message`, () => {
      expect(c.expect.length).toBeGreaterThan(0);
      const got = problemsOf(name, c.schema).map(shape);
      expect(got).toEqual(c.expect.map((e) => ({ line: undefined, column: undefined, feature: undefined, property: undefined, fix: undefined, ...e })));
      // Every problem can be shown in both languages, with a place.
      for (const p of problemsOf(name, c.schema)) {
        expect(p.message.zh).toMatch(/\p{Script=Han}/u);
        expect(p.message.en).not.toMatch(/^\s*$/);
      }
    });
});
