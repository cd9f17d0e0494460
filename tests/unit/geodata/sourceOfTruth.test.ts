/**
 * One source of truth per file: the build rewrites only generated files (an edited file survives
 * it byte for byte), validate reports a hand edit of a generated file and a table edited but not
 * rebuilt, and the project export gives back the file's bytes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../src/data/schemas';
import { projectsGeojson } from '../../../src/stats/exportTable';
import { STEPS, writeBuild } from '../../../scripts/build-geodata';
import { Tree } from '../../../scripts/lib/tree';

const root = resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'wz-geodata-'));
cpSync(join(root, 'geodata'), join(tmp, 'geodata'), { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const validate = (): { errors: number; problems: { code: string; file: string; message: { zh: string } }[] } => {
  try {
    return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/validate-geodata.ts'), join(tmp, 'geodata'), '--json'], { encoding: 'utf8' }));
  } catch (e) {
    return JSON.parse((e as { stdout: string }).stdout);
  }
};

// Each case runs the build or validate as a whole (seconds each on 2 cores), beyond the default 5 s.
describe('one source of truth per file', { timeout: 60_000 }, () => {
  it('the catalog marks exactly the files the build writes as generated', () => {
    const catalog = catalogSchema.parse(JSON.parse(readFileSync(join(root, 'geodata/catalog.json'), 'utf8')));
    const generated = new Set([...catalog.layers.filter((l) => l.origin !== 'edited').map((l) => l.file), ...Object.keys(catalog.basemap.generated_from).map((k) => catalog.basemap[k as 'sea' | 'outline'])]);
    expect([...generated].sort()).toEqual(STEPS.map((s) => s.output).sort());
  });

  it('a station moved by hand survives the build byte for byte', () => {
    const file = join(tmp, 'geodata/rail/stations.geojson');
    const moved = readFileSync(file, 'utf8').replace('[120.564857,27.924256]', '[120.567857,27.924256]'); // ~300 m east
    expect(moved).not.toBe(readFileSync(file, 'utf8'));
    writeFileSync(file, moved);
    expect(writeBuild(new Tree(join(tmp, 'geodata'), join(root, 'seeds')))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(moved);
    expect(validate().errors).toBe(0);
  });

  it('a hand edit of a generated file is reported, naming the table to edit', () => {
    const file = join(tmp, 'geodata/structure/zones.geojson');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('"name_zh":"南部副中心"', '"name_zh":"南部副中心区"'));
    const r = validate();
    const p = r.problems.find((x) => x.code === 'generated-edited');
    expect(p?.file).toMatch(/structure\/zones\.geojson$/);
    expect(p?.message.zh).toContain('此文件由 structure/zones.csv');
    writeFileSync(file, before);
  });

  it('a table edited but not rebuilt is reported as stale', () => {
    const csv = join(tmp, 'geodata/projects/projects.csv');
    const before = readFileSync(csv, 'utf8');
    writeFileSync(csv, before.replace('Ouhai Olympic Sports Centre', 'Ouhai Olympic Centre'));
    expect(validate().problems.some((p) => p.code === 'stale' && p.file.endsWith('projects/projects.geojson'))).toBe(true);
    writeFileSync(csv, before);
  });

  it('the change log the app appends is a checked table: a row without who or with a bad change is reported at its line', () => {
    const log = join(tmp, 'geodata/changelog.csv');
    const before = readFileSync(log, 'utf8');
    writeFileSync(log, `${before}2026-12-03T09:30:00.000Z,测试员,rail/stations.geojson,s1-station-05,geometry,geometry,,,\n2026-12-03T09:31:00.000Z,,rail/stations.geojson,s1-station-05,moved,,,,\n`);
    const r = validate();
    const cells = r.problems.filter((p) => p.file.endsWith('changelog.csv')) as { line?: number; property?: string }[];
    expect(cells.map((p) => `${p.line}:${p.property}`).sort()).toEqual(['3:change', '3:who']);
    writeFileSync(log, before);
  });

  it('the GeoJSON export of all projects is the file, byte for byte', () => {
    const text = readFileSync(join(root, 'geodata/projects/projects.geojson'), 'utf8');
    const features = JSON.parse(text).features;
    // What the app shows carries derived fields; the export gives back the source features.
    const shown = features.map((f: { properties: object }) => ({ ...f, properties: { ...f.properties, zone: 'main', near_node: true } }));
    expect(projectsGeojson(shown, features)).toBe(text);
    expect(projectsGeojson(shown.slice(0, 2), features).split('\n')).toHaveLength(2 + 2 + 1);
  });
});
