import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { planFeatures, reportOf, type ImportPlan } from '../../../src/edit/importPlan';
import { idSequence, nextId } from '../../../src/edit/newFeatureId';
import type { ParsedImport } from '../../../src/edit/import/types';

const station = (id: string | undefined, lng = 120.65): Feature => ({ type: 'Feature', properties: { ...(id && { id }), name_zh: `站${id ?? ''}` }, geometry: { type: 'Point', coordinates: [lng, 28] } });
const existing = [station('s1-station-01'), station('s1-station-02'), station('s1-station-04')];
const parsed = (features: Feature[]): ParsedImport => ({ format: 'geojson', features, fields: ['id', 'name_zh'], crs: { kind: 'prj', name: 'WGS 84' }, warnings: [], skipped: [] });
const PLAN: ImportPlan = { crs: 'wgs84', mapping: { id: 'id', name_zh: 'name_zh' }, constants: {}, fixes: {}, excluded: [] };

describe('ids for features that have none', () => {
  it('follow the layer’s pattern and skip the taken ones, one after another', () => {
    const next = idSequence([...existing, station('s1-station-05')], 'rail-station');
    expect([next(), next()]).toEqual(['s1-station-06', 's1-station-07']);
    expect(nextId([], 'rail-station')).toBe('rail-station-01');
  });

  it('give 100,000 rows their ids in one pass, not by re-reading the layer for each', () => {
    const rows = Array.from({ length: 100_000 }, () => station(undefined));
    const features = planFeatures(parsed(rows), { ...PLAN, mapping: { name_zh: 'name_zh' } }, 'rail-station', existing);
    const ids = features.map((f) => f.properties!.id as string);
    expect(new Set(ids).size).toBe(100_000);
    expect(ids[0]).toBe('s1-station-05');
    expect(ids.at(-1)).toBe('s1-station-100004');
  });
});

describe('the import report', () => {
  it('puts each duplicate inside the file on its later uses, and a clash with the layer on the new feature', () => {
    const features = planFeatures(parsed([station('x-1'), station('x-1'), station('x-1'), station('s1-station-02')]), PLAN, 'rail-station', existing);
    const report = reportOf('rail/stations.geojson', 'rail-station', features, existing, new Set(), []);
    const dup = (i: number) => (report.problems.get(i) ?? []).filter((p) => p.code === 'duplicate-id').length;
    expect([dup(0), dup(1), dup(2), dup(3)]).toEqual([0, 1, 1, 1]);
    expect(report.problems.get(3)!.find((p) => p.code === 'duplicate-id')!.message.en).toContain('feature 2');
  });
});
