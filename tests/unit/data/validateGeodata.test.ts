import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateFeatureCollection } from '../../../src/data/validateGeodata';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as unknown;
const known = new Set(['known-dataset']);

function runCli(dir: string): { code: number; out: string } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/validate-geodata.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('geodata validation', () => {
  const bad = validateFeatureCollection('bad/counties.geojson', read('tests/fixtures/bad-geodata/admin/counties.geojson'), 'county', { knownSources: known }).map(formatProblem);

  it('names file, feature and property of a missing source', () => {
    expect(bad).toContainEqual(expect.stringMatching(/^bad\/counties\.geojson: feature 1 \(id "330302"\): source_doc — missing "source_doc"/));
  });

  it('points at the coordinate outside Wenzhou and suggests GCJ-02 or swapped axes', () => {
    expect(bad).toContainEqual(expect.stringMatching(/feature 2 \(id "330303"\): geometry\.coordinates\[0\]\[0\] — coordinate outside Wenzhou.*GCJ-02/));
  });

  it('rejects an unknown geometry quality, a malformed adcode and an unclosed ring', () => {
    expect(bad).toContainEqual(expect.stringMatching(/feature 3 \(id "330304"\): geometry_quality — .*surveyed/));
    expect(bad).toContainEqual(expect.stringMatching(/feature 3 \(id "330304"\): adcode — adcode must be/));
    expect(bad).toContainEqual(expect.stringMatching(/feature 3 .*ring is not closed/));
  });

  it('finds duplicate ids and sources that are not registered', () => {
    const problems = validateFeatureCollection('seats.geojson', read('tests/fixtures/bad-geodata/admin/county-seats.geojson'), 'county-seat', { knownSources: known }).map(formatProblem);
    expect(problems).toEqual([
      'seats.geojson: feature 2 (id "seat-1"): id — duplicate id, also used by feature 1: give each feature its own id',
      'seats.geojson: feature 2 (id "seat-1"): source_doc — unknown source "made-up-source": use a seed file name from seeds/ or a dataset id from geodata/sources.json',
    ]);
  });

  it('rejects projects with a missing source, an unknown category, a sub-type of another category, text for a number and nested properties', () => {
    const problems = validateFeatureCollection('projects.geojson', read('tests/fixtures/bad-projects.geojson'), 'project', { knownSources: new Set(['001_e6b0caea5896a948.txt', '000_39aae25165625594.txt']) }).map(formatProblem);
    expect(problems).toContainEqual(expect.stringMatching(/^projects\.geojson: feature 2 \(id "p-no-source"\): source_doc — missing "source_doc"/));
    expect(problems).toContainEqual(expect.stringMatching(/feature 3 \(id "p-bad-category"\): category — category must be one of 产业, 基础设施, 民生/));
    expect(problems).toContainEqual(expect.stringMatching(/feature 4 \(id "p-bad-sub"\): investment_total_yi — /));
    expect(problems).toContainEqual(expect.stringMatching(/feature 4 \(id "p-bad-sub"\): extra — properties must be flat values/));
    expect(problems.some((p) => p.includes('p-ok'))).toBe(false);
  });

  it('checks that a sub-type belongs to its category', () => {
    const fc = read('tests/fixtures/bad-projects.geojson') as { features: { properties: Record<string, unknown> }[] };
    const one = { type: 'FeatureCollection', features: [fc.features[3]] };
    delete one.features[0]!.properties.investment_total_yi;
    delete one.features[0]!.properties.extra;
    const problems = validateFeatureCollection('p.geojson', one, 'project', { knownSources: new Set(['000_39aae25165625594.txt']) }).map(formatProblem);
    expect(problems).toEqual(['p.geojson: feature 1 (id "p-bad-sub"): subcategory — "制造业项目" is not a sub-type of 民生: use one of 社会事业项目, 城市更新项目, 生态环保项目']);
  });

  it('accepts the committed county layer', () => {
    expect(validateFeatureCollection('counties.geojson', read('geodata/admin/counties.geojson'), 'county', { knownSources: new Set(['vonng-adcode-fences', 'vonng-fences-longgang-split']) })).toEqual([]);
  });

  it('CLI: exits non-zero on a bad folder and prints one line per problem', () => {
    const { code, out } = runCli('tests/fixtures/bad-geodata');
    expect(code).toBe(1);
    expect(out).toContain('tests/fixtures/bad-geodata/catalog.json: layer "county-seats": sources — unknown source "not-registered"');
    expect(out).toContain('"basemap/missing.geojson" does not exist');
    expect(out).toMatch(/counties\.geojson: feature 1 \(id "330302"\): source_doc/);
    expect(out).toMatch(/bad-projects\.geojson: feature 3 \(id "p-bad-category"\): category — category must be one of/);
  });

  it('CLI: passes the committed geodata/', () => {
    const { code, out } = runCli('geodata');
    expect(out).toMatch(/geodata OK: \d+ layers/);
    expect(code).toBe(0);
  });
});

describe('statuses and notes', () => {
  const project = (props: Record<string, unknown>) => ({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [120.6, 28] },
        properties: { id: 'p1', name_zh: '项目', name_en: 'Project', category: '产业', subcategory: '制造业项目', location_precision: 'county', source_doc: 'known-dataset', geometry_quality: 'schematic', ...props },
      },
    ],
  });
  const check = (props: Record<string, unknown>) => validateFeatureCollection('p.geojson', project(props), 'project', { knownSources: known }).map(formatProblem);

  it('rejects the old "completed" for a plan verb and explains what to write', () => {
    expect(check({ status: 'completed', status_zh: '建成' })).toEqual([expect.stringMatching(/status — status must be one of planned_completion, .*a plan's 建成 is planned_completion/)]);
    expect(check({ status: 'planned_completion', status_zh: '建成' })).toEqual([]);
  });

  it('asks for every note in both languages', () => {
    expect(check({ inferred_note: 'placed at the seat' })).toEqual([expect.stringContaining('inferred_note — write the note in both languages, as "inferred_note_zh" and "inferred_note_en"')]);
    expect(check({ location_note_zh: '置于县城' })).toEqual([expect.stringContaining('location_note_zh — "location_note_zh" has no English version: add "location_note_en"')]);
    expect(check({ location_note_zh: '置于县城', location_note_en: 'at the seat' })).toEqual([]);
  });
});
