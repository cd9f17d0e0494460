import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { stackCounts, stackLayout } from '../../../src/layers/stacks';
import { drawOrder } from '../../../src/layers/registry';
import type { LayerSpecification } from 'maplibre-gl';

const pt = (id: string, lng: number, inv?: number): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, 28] }, properties: { id, ...(inv !== undefined ? { investment_total_yi: inv } : {}) } });

describe('stacks', () => {
  const fc = { type: 'FeatureCollection' as const, features: [pt('a', 120.6, 5), pt('b', 120.6, 50), pt('c', 120.6), pt('d', 120.7)] };

  it('groups points sharing a position, largest investment at the top of the column; keeps true points', () => {
    const layout = stackLayout(fc);
    expect(layout.stacks).toEqual([{ id: 'stack-1', coordinates: [120.6, 28], members: ['b', 'a', 'c'] }]);
    expect(layout.slots).toBe(3);
    expect(layout.display.features.map((f) => f.properties?.stack_slot)).toEqual([1, 0, 2, undefined]);
    expect(layout.display.features.map((f) => (f.geometry as GeoJSON.Point).coordinates)).toEqual(fc.features.map((f) => (f.geometry as GeoJSON.Point).coordinates));
    // A badge and one count label for each possible count (2 and 3).
    expect(layout.stackFeatures.features.map((f) => f.properties?.id)).toEqual(['stack-1', 'stack-1-2', 'stack-1-3']);
  });

  it('counts the members the filter leaves, as feature-states of the badge and its labels', () => {
    const { stacks } = stackLayout(fc);
    expect(stackCounts('src', stacks, new Set(['a', 'c', 'd']))).toEqual([
      { source: 'src', id: 'stack-1', value: 2 },
      { source: 'src', id: 'stack-1-2', value: 2 },
      { source: 'src', id: 'stack-1-3', value: 2 },
    ]);
  });
});

describe('drawing order', () => {
  const spec = (id: string, type: string, rank?: number) => ({ id, type, metadata: rank !== undefined ? { 'wz:label-rank': rank } : {} }) as unknown as LayerSpecification;
  it('draws shapes in catalog order, then labels: county names topmost, stacked names next, others in reverse catalog order', () => {
    const order = drawOrder([
      [spec('counties:fill', 'fill'), spec('counties:label', 'symbol', 2)],
      [spec('rail:line', 'line'), spec('rail:label', 'symbol')],
      [spec('projects:dot', 'circle'), spec('projects:label', 'symbol'), spec('projects:slot0-label', 'symbol', 1)],
    ]).map((s) => s.id);
    expect(order).toEqual(['counties:fill', 'rail:line', 'projects:dot', 'projects:label', 'rail:label', 'projects:slot0-label', 'counties:label']);
  });
});
