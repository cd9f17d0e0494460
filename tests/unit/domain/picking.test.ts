import { describe, expect, it } from 'vitest';
import { countyOfHits, rankHits, type Hit } from '../../../src/domain/picking';

const schemas: Record<string, string> = { counties: 'county', zones: 'structure-zone', projects: 'project', rail: 'rail-line' };
const schemaOf = (l: string) => schemas[l];
const hit = (layer: string, id: string | number, geometryType: string, properties: Record<string, unknown> = {}, state: Record<string, unknown> = {}): Hit => ({ layer, id, geometryType, properties, state });

describe('picking', () => {
  it('ranks stack badges, then points, lines, the county and other areas; one entry per feature', () => {
    const hits = [hit('zones', 'main', 'Polygon'), hit('counties', '330302', 'Polygon'), hit('counties', '330302', 'Polygon'), hit('rail', 's1', 'LineString'), hit('projects', 'p1', 'Point'), hit('projects', 'stack-1', 'Point', { stack_role: 'badge' }, { count: 3 })];
    expect(rankHits(hits, schemaOf).map((h) => h.id)).toEqual(['stack-1', 'p1', 's1', '330302', 'main']);
  });

  it('drops a badge the filter left with fewer than two projects, and the count labels', () => {
    const hits = [hit('projects', 'stack-1', 'Point', { stack_role: 'badge' }, { count: 1 }), hit('projects', 'stack-1-3', 'Point', { stack_role: 'count' }), hit('projects', 'p1', 'Point')];
    expect(rankHits(hits, schemaOf).map((h) => h.id)).toEqual(['p1']);
  });

  it('finds the county under a click even when a point and a zone lie above it', () => {
    const ranked = rankHits([hit('projects', 'p1', 'Point', { county_adcode: '330381' }), hit('zones', 'main', 'Polygon'), hit('counties', '330302', 'Polygon', { adcode: '330302' })], schemaOf);
    expect(countyOfHits(ranked, schemaOf)).toBe('330302');
    expect(countyOfHits([hit('projects', 'p1', 'Point')], schemaOf)).toBeUndefined();
  });
});
