/** Helpers shared by the geodata build steps (scripts/geodata/*.ts). Node only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export interface BuildContext {
  /** ../shared/research/geodata-sources (absolute). */
  sources: string;
  /** The project's seeds/ folder (absolute). */
  seeds: string;
  /** The project's geodata/ folder (absolute): later steps may read what earlier ones wrote. */
  geodata: string;
}

/** A build step returns the files it makes, keyed by their path under geodata/. */
export type BuildStep = (ctx: BuildContext) => Record<string, FeatureCollection>;

export const readJson = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

/** GCJ-02 (Amap, DataV) → WGS-84 with gcoord, for a whole FeatureCollection. */
export const toWgs84 = <T extends FeatureCollection>(fc: T): T =>
  gcoord.transform(structuredClone(fc) as unknown as Parameters<typeof gcoord.transform>[0], gcoord.GCJ02, gcoord.WGS84) as unknown as T;

/** GCJ-02 → WGS-84 for one [lng, lat] pair. */
export const pointToWgs84 = (lng: number, lat: number): [number, number] => {
  const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [round6(x), round6(y)];
};

export const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Rounds every coordinate to 6 decimals (~0.1 m): enough for the sources, and diffs stay short. */
export function roundCoords(coords: unknown): unknown {
  return typeof coords === 'number' ? round6(coords) : (coords as unknown[]).map(roundCoords);
}

/** Outer rings counter-clockwise, holes clockwise (RFC 7946 §3.1.6), with Turf. */
export const rewound = <G extends Geometry>(g: G): G => (turf.rewind({ type: 'Feature', properties: {}, geometry: g }) as Feature<G>).geometry;

export function roundGeometry<G extends Exclude<Geometry, { type: 'GeometryCollection' }>>(g: G): G {
  return { ...g, coordinates: roundCoords(g.coordinates) as Position[] } as G;
}
