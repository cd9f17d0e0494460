import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { createPlanJob, LISTED_ERRORS, PREVIEW_MAX, type PlanOutput, type PlanRequest } from '../../../../src/workers/planJob';

/** A station of a file; a bad one has an order that is not a number. */
const point = (i: number, bad = false): Feature => ({ type: 'Feature', properties: { name_zh: `站${i}`, name_en: `Station ${i}`, order: bad ? 'x' : String(i + 1) }, geometry: { type: 'Point', coordinates: [120.6 + (i % 100) * 0.001, 28 + Math.floor(i / 100) * 0.001] } });
const request = (over: Partial<PlanRequest> = {}): PlanRequest => ({
  parsed: { format: 'csv', fields: ['name_zh', 'name_en', 'order'], crs: { kind: 'none' }, warnings: [], skipped: [] },
  start: 0,
  count: 0,
  plan: { crs: 'wgs84', mapping: { name_zh: 'name_zh', name_en: 'name_en', station_order: 'order' }, constants: { source_doc: 'amap-metro-stations', geometry_quality: 'surveyed', station_kind: 'metro', status: 'operating', is_hub: false }, fixes: {}, excluded: [] },
  schema: 'rail-station',
  file: 'rail/stations.geojson',
  existingIds: ['s1-station-01'],
  knownSources: ['amap-metro-stations'],
  ...over,
});

function run(features: Feature[], ...requests: { type: 'plan' | 'addable'; request: PlanRequest }[]) {
  const out: PlanOutput[] = [];
  const job = createPlanJob((m) => out.push(m));
  job({ type: 'reset' });
  for (let i = 0; i < features.length; i += 2000) job({ type: 'features', features: features.slice(i, i + 2000) });
  requests.forEach((r, seq) => job({ ...r, seq }));
  return out;
}

describe('the import check worker', () => {
  it('answers a plan with counts, the first features with errors, and a capped preview', () => {
    const n = PREVIEW_MAX + 500;
    const features = Array.from({ length: n }, (_, i) => point(i, i % 20 === 0));
    const [answer] = run(features, { type: 'plan', request: request({ count: n }) });
    if (answer?.type !== 'planned') throw new Error(JSON.stringify(answer));
    const bad = Math.ceil(n / 20);
    expect(answer.summary).toMatchObject({ total: n, addable: n - bad, errorCount: bad, previewCut: true });
    expect(answer.summary.errors).toHaveLength(Math.min(bad, LISTED_ERRORS));
    expect(answer.summary.errors[0]!.problems.some((p) => p.property === 'station_order')).toBe(true);
    expect(answer.summary.preview).toHaveLength(PREVIEW_MAX);
  });

  it('gives the addable features in batches, new ids following the target, without the excluded ones', () => {
    const features = Array.from({ length: 4500 }, (_, i) => point(i));
    const r = request({ count: 4500, plan: { ...request().plan, excluded: [0] } });
    const out = run(features, { type: 'plan', request: r }, { type: 'addable', request: r });
    const batches = out.filter((m) => m.type === 'addable');
    expect(batches.map((m) => m.type === 'addable' && m.last)).toEqual([false, false, true]);
    const added = batches.flatMap((m) => (m.type === 'addable' ? m.features : []));
    expect(added).toHaveLength(4499);
    expect(added[0]!.properties!.id).toBe('s1-station-03');
  });

  it('plans one layer of a multi-layer file, and says what broke', () => {
    const features = [point(1), point(2), point(3)];
    const [one] = run(features, { type: 'plan', request: request({ start: 1, count: 1 }) });
    expect(one?.type === 'planned' && one.summary.total).toBe(1);
    const [bad] = run(features, { type: 'plan', request: request({ count: 3, schema: 'no-such-schema' as never }) });
    expect(bad?.type).toBe('error');
  });
});
