import { describe, expect, it } from 'vitest';
import { usableFeatures } from '../../../scripts/lib/usableFeatures';

describe('reference features the build and the checks lean on', () => {
  it('leave out what would crash them: null properties or geometry, the wrong type, not an array', () => {
    const good = { type: 'Feature', properties: { adcode: '330302' }, geometry: { type: 'Polygon', coordinates: [] } };
    const features = [good, null, { ...good, properties: null }, { ...good, geometry: null }, { ...good, geometry: { type: 'Point', coordinates: [120, 28] } }, { ...good, properties: [] }];
    expect(usableFeatures(features, ['Polygon', 'MultiPolygon'])).toEqual([good]);
    expect(usableFeatures(null, ['Point'])).toEqual([]);
    expect(usableFeatures({ length: 1 }, ['Point'])).toEqual([]);
  });
});
