import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { assignZones } from '../../../src/data/projectZones';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as FeatureCollection;
const zones = read('geodata/structure/zones.geojson');
const nodes = read('geodata/structure/nodes.geojson');
const pt = (id: string, coordinates: number[], extra = {}) => ({ type: 'Feature' as const, properties: { id, ...extra }, geometry: { type: 'Point' as const, coordinates } });

describe('structure-zone membership of projects', () => {
  const seats = read('geodata/admin/county-seats.geojson');
  const seat = (adcode: string) => (seats.features.find((f) => f.properties!.adcode === adcode)!.geometry as Point).coordinates;

  it('puts a point in the zone whose polygon contains it, and ignores a typed-in zone', () => {
    const out = assignZones({ type: 'FeatureCollection', features: [pt('a', seat('330302'), { zone: 'sub' }), pt('b', seat('330326')), pt('c', seat('330328')), pt('d', [121.5, 28.7])] }, zones, nodes);
    expect(out.features.map((f) => f.properties!.zone)).toEqual(['main', 'sub', 'pole', undefined]);
  });

  it('flags points within 5 km of a node town', () => {
    const town = (nodes.features[0]!.geometry as Point).coordinates;
    const out = assignZones({ type: 'FeatureCollection', features: [pt('near', [town[0]! + 0.01, town[1]!]), pt('far', seat('330302'))] }, zones, nodes);
    expect(out.features.map((f) => f.properties!.near_node)).toEqual([true, false]);
  });
});
