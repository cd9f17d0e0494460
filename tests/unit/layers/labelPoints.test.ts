import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { labelPoints } from '../../../src/layers/labelPoints';

describe('label points', () => {
  const counties = JSON.parse(readFileSync('geodata/admin/counties.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const points = labelPoints(counties);

  it('gives each county exactly one label point, with its properties', () => {
    expect(points.features).toHaveLength(12);
    expect(points.features.map((f) => f.properties!.adcode)).toEqual(counties.features.map((f) => f.properties!.adcode));
  });

  it('puts every label inside its own county, even for island counties like 洞头', () => {
    points.features.forEach((p, i) => expect(booleanPointInPolygon(p, counties.features[i]!)).toBe(true));
  });
});
