/**
 * Keeps hostile and broken input harmless: thousands of generated inputs (seeded, so a failure
 * repeats) go to the validator (GeoJSON layers, CSV tables, stories) and the URL parser:
 * truncated JSON, wrong types, NaN / Infinity / 1e400, huge and empty geometries, deep nesting,
 * long strings, a BOM, replacement characters where bytes were not UTF-8, and hostile keys. Each
 * must end without a crash, within 2 s, with located problems, and leave Object.prototype and the
 * heap as they were. FUZZ_RUNS scales the count; the total is printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { catalogSchema, populationRow, sourceRegistrySchema, type SchemaName } from '../../../src/data/schemas';
import { checkGeojsonText, checkGeojsonValue } from '../../../src/data/validate/geojsonFile';
import { checkRows, readCsv } from '../../../src/data/validate/csvFile';
import { isError, type Problem } from '../../../src/data/validate/problem';
import { checkStoryText } from '../../../src/present/storyReferences';
import { parseUrlState } from '../../../src/state/urlState';
import { isSafeId } from '../../../src/domain/ids';
import { decodeUtf8 } from '../../../src/data/validate/encoding';
import { Tree } from '../../../scripts/lib/tree';
import { checkContext } from '../../../scripts/lib/checkContext';
import { loadBase } from '../../../scripts/build-geodata';

const root = resolve(import.meta.dirname, '../../..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = 20261203;
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const registry = sourceRegistrySchema.parse(JSON.parse(readFileSync(join(root, 'geodata/sources.json'), 'utf8')));
const catalog = catalogSchema.parse(JSON.parse(readFileSync(join(root, 'geodata/catalog.json'), 'utf8')));
const tree = new Tree(join(root, 'geodata'), join(root, 'seeds'));
const ctx = checkContext(tree, catalog, new Set(registry.map((s) => s.id)), new Set(), loadBase(tree));
const stations = readFileSync(join(root, 'geodata/rail/stations.geojson'), 'utf8');
const population = readFileSync(join(root, 'geodata/population/county-population.csv'), 'utf8');
const story = readFileSync(join(root, 'geodata/stories/structure.json'), 'utf8');
const storyCtx = { features: new Map(catalog.layers.map((l) => [l.id, new Set<string>()])), railLines: new Set<string>(), sources: new Set(registry.map((s) => s.id)), documents: [] };

let inputs = 0;
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
afterAll(() => console.log(`fuzz: ${inputs} generated inputs checked (FUZZ_RUNS=${RUNS}, seed ${SEED})`));

/** Runs one input: no throw, within 2 s. */
function run<T>(f: () => T): T {
  const t0 = performance.now();
  const out = f();
  expect(performance.now() - t0).toBeLessThan(2000);
  inputs++;
  return out;
}

function isEmptyCollection(text: string): boolean {
  try {
    const v = JSON.parse(text) as { type?: unknown; features?: unknown } | null;
    return v?.type === 'FeatureCollection' && Array.isArray(v.features) && v.features.length === 0;
  } catch {
    return false;
  }
}

/** Every error says where (file, and a line or a feature) and what, in both languages. */
function located(problems: Problem[]) {
  for (const p of problems) {
    expect(p.file).toBeTruthy();
    expect(p.line !== undefined || p.feature !== undefined || p.code === 'missing-column' || p.code === 'csv-no-rows').toBe(true);
    expect(p.message.zh.length && p.message.en.length).toBeTruthy();
  }
}

// ---------- generators ----------

const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '1e-400', '-0', '0x10', '00', '1.', '.5'));
const numberText = number.map((n) => (typeof n === 'string' ? n : JSON.stringify(n)));
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name_zh', 'status', 'source_doc', '', ' ', '\u0000', 'toString');
const longString = fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n));
const scalar = fc.oneof(numberText, fc.string().map((s) => JSON.stringify(s)), longString.map((s) => JSON.stringify(s)), fc.constantFrom('null', 'true', 'false', '{}', '[]', '{"__proto__":{"polluted":1}}'));
const deep = fc.integer({ min: 1, max: 50_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);
const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: deep });
const position = fc.tuple(numberText, numberText).map(([a, b]) => `[${a},${b}]`);
const ring = fc.oneof({ weight: 9, arbitrary: fc.array(position, { maxLength: 6 }).map((ps) => `[${ps.join(',')}]`) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 20_000 }).map((n) => `[${Array.from({ length: n }, (_, i) => `[${120.6 + Math.cos(i) * 0.01},${28 + Math.sin(i) * 0.01}]`).join(',')},[120.61,28]]`) });
const geometry = fc.oneof(
  position.map((p) => `{"type":"Point","coordinates":${p}}`),
  fc.array(ring, { maxLength: 3 }).map((rs) => `{"type":"Polygon","coordinates":[${rs.join(',')}]}`),
  fc.constantFrom('null', '{}', '{"type":"Point"}', '{"type":"Point","coordinates":[]}', '{"type":"GeometryCollection","geometries":[]}', '{"type":"Nope","coordinates":[1,2]}', '[]', '"Point"'),
);
const properties = fc.oneof(fc.array(fc.tuple(hostileKey, value), { maxLength: 6 }).map((kv) => `{${kv.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`), fc.constantFrom('null', '[]', '"x"', '1'));
const feature = fc.tuple(properties, geometry).map(([p, g]) => `{"type":"Feature","properties":${p},"geometry":${g}}`);
const collection = fc.array(feature, { maxLength: 5 }).map((fs) => `{"type":"FeatureCollection","features":[\n${fs.join(',\n')}\n]}\n`);
/** A real file, broken the way files break: cut short, a BOM, a character replaced or inserted. */
const mangled = (text: string) =>
  fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc.constant(`\uFEFF${text}`),
    fc.tuple(fc.nat({ max: text.length - 1 }), fc.constantFrom('\uFFFD', '"', ',', '{', ']', '\u0000', '\\', '\n')).map(([i, c]) => `${text.slice(0, i)}${c}${text.slice(i + 1)}`),
    fc.tuple(fc.nat({ max: text.length }), fc.string({ maxLength: 20 })).map(([i, s]) => `${text.slice(0, i)}${s}${text.slice(i)}`),
  );
const anyText = fc.oneof(fc.string(), fc.json(), fc.constantFrom('null', '', '\uFEFF', '[]', '{}', '"x"', '1e400'), deep);
const schemas: SchemaName[] = ['rail-station', 'county', 'belt', 'project', 'structure-node'];

const opts = (n = RUNS) => ({ seed: SEED, numRuns: n });

// Thousands of inputs, some of them 20,000-vertex rings and 200 kB strings: more than the default 5 s.
describe('fuzzing the validator and the URL parser', { timeout: 120_000 }, () => {
  it('GeoJSON layers: generated collections, mangled real files and any text', () => {
    fc.assert(
      fc.property(fc.oneof(collection, mangled(stations), anyText), fc.constantFrom(...schemas), (text, schema) => {
        // As the browser loads a layer: JSON.parse first, the located check only when needed.
        const parsed = (() => {
          try {
            return { value: JSON.parse(text) as unknown };
          } catch {
            return undefined;
          }
        })();
        if (parsed) located(run(() => checkGeojsonValue('geodata/fuzz.geojson', parsed.value, schema, ctx)).problems);
        const r = run(() => checkGeojsonText('geodata/fuzz.geojson', text, schema, ctx));
        // A feature left out, or a file that is no collection at all, comes with an error.
        if (r.valid.length < r.total || (!r.total && !isEmptyCollection(text))) expect(r.problems.some(isError)).toBe(true);
        located(r.problems);
        expect(r.valid.length).toBeLessThanOrEqual(r.total);
      }),
      opts(RUNS * 3),
    );
  });

  it('CSV tables and stories: mangled real files and any text', () => {
    fc.assert(
      fc.property(fc.oneof(mangled(population), anyText), (text) => {
        const table = run(() => readCsv('geodata/fuzz.csv', text, [], true));
        located([...table.problems, ...checkRows('geodata/fuzz.csv', table.rows, populationRow, 'adcode').problems]);
      }),
      opts(RUNS * 2),
    );
    fc.assert(
      fc.property(fc.oneof(mangled(story), anyText), (text) => {
        located(run(() => checkStoryText('geodata/stories/fuzz.json', text, storyCtx)).problems);
      }),
      opts(RUNS * 2),
    );
  });

  it('bytes that may not be UTF-8: text, or the place of the first bad byte', () => {
    const realBytes = new TextEncoder().encode(population);
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.tuple(fc.nat({ max: realBytes.length }), fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([i, junk]) => Uint8Array.from([...realBytes.subarray(0, i), ...junk, ...realBytes.subarray(i)])));
    fc.assert(
      fc.property(bytes, (b) => {
        const r = run(() => decodeUtf8(b, 'geodata/fuzz.csv'));
        if ('problem' in r) {
          located([r.problem]);
          expect(r.problem.line).toBeGreaterThanOrEqual(1);
        } else expect(r.text).not.toContain('\uFFFD');
      }),
      opts(RUNS * 3),
    );
  });

  it('the URL hash: known keys with hostile values, repeated and long', () => {
    const key = fc.constantFrom('map', 'layers', 'opacity', 'sel', 'cat', 'sub', 'st', 'cty', 'zone', 'inv', 'yr', 'q', 'rl', 'rs', 'pm', 'pc', 'pr', 'story', 'slide', 'lang', 'basemap', 'panel', '__proto__', 'constructor');
    const part = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'projects/__proto__', 'counties/constructor', '产业', '330302', 'NaN/NaN/NaN', '1e400~1', '__proto__:0.5', 'a/b/c', '%E4%BA%A7', '%ZZ'), fc.tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 20_000 })).map(([s, n]) => Array(n).fill(s).join(',')));
    const hash = fc.array(fc.tuple(key, part), { maxLength: 12 }).map((kv) => `#${kv.map(([k, v]) => `${k}=${v}`).join('&')}`);
    fc.assert(
      fc.property(fc.oneof(hash, fc.string(), longString), (h) => {
        const s = run(() => parseUrlState(h));
        const f = s.filters;
        for (const list of [s.layers ?? [], f.projects.categories, f.projects.subcategories, f.projects.statuses, f.projects.counties, f.projects.zones, f.rail.lines, f.rail.statuses]) expect(list.length).toBeLessThanOrEqual(64);
        if (s.selected) expect(isSafeId(s.selected.layer) && isSafeId(s.selected.id)).toBe(true);
        expect(Object.getPrototypeOf(s.opacity)).toBeNull();
      }),
      opts(RUNS * 10),
    );
  });

  it('leaves Object.prototype and the heap as they were', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    gc();
    const before = process.memoryUsage().heapUsed;
    fc.assert(fc.property(collection, (text) => void run(() => checkGeojsonText('geodata/fuzz.geojson', text, 'rail-station', ctx))), opts(RUNS));
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });
});
