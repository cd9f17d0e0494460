import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { COUNTY_NAMES } from '../../../src/domain/counties';

const counties = JSON.parse(readFileSync('geodata/admin/counties.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const seats = JSON.parse(readFileSync('geodata/admin/county-seats.geojson', 'utf8')) as FeatureCollection;

describe('county layer', () => {
  it('has the 12 county-level units, 龙港 330383 included', () => {
    expect(counties.features.map((f) => f.properties!.adcode)).toEqual(Object.keys(COUNTY_NAMES));
    expect(counties.features.find((f) => f.properties!.adcode === '330383')?.properties!.name_zh).toBe('龙港市');
  });

  it('has polygons that do not overlap (less than 0.05 km² for any pair)', () => {
    const fs = counties.features as Feature<Polygon | MultiPolygon>[];
    const overlaps: string[] = [];
    for (let i = 0; i < fs.length; i++)
      for (let j = i + 1; j < fs.length; j++) {
        if (!turf.booleanIntersects(turf.bboxPolygon(turf.bbox(fs[i]!)), turf.bboxPolygon(turf.bbox(fs[j]!)))) continue;
        const x = turf.intersect(turf.featureCollection([fs[i]!, fs[j]!]));
        const km2 = x ? turf.area(x) / 1e6 : 0;
        if (km2 > 0.05) overlaps.push(`${fs[i]!.properties!.name_zh}/${fs[j]!.properties!.name_zh}: ${km2.toFixed(2)} km²`);
      }
    expect(overlaps).toEqual([]);
  }, 60_000);

  it('splits 苍南 and 龙港 with plausible areas (龙港 officially 183.99 km² incl. sea; polygon about 158)', () => {
    const area = (code: string) => counties.features.find((f) => f.properties!.adcode === code)!.properties!.area_km2 as number;
    expect(area('330383')).toBeGreaterThan(140);
    expect(area('330383')).toBeLessThan(190);
    expect(area('330327')).toBeGreaterThan(1150);
  });

  it('puts every county seat inside its own county', () => {
    for (const seat of seats.features) {
      const county = counties.features.find((c) => c.properties!.adcode === seat.properties!.adcode)!;
      expect(turf.booleanPointInPolygon(seat.geometry as GeoJSON.Point, county), seat.properties!.name_zh).toBe(true);
    }
  });
});
