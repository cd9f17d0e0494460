/**
 * The features of a reference file (counties, seats, towns) that other checks and the build may
 * lean on: an object as properties and a geometry of the expected type. A broken feature is
 * reported by its own file's check; here it is only left out, so it cannot crash the validator or
 * the build with a stack trace (`"properties": null`, `"geometry": null`).
 */
import type { Feature, Geometry } from 'geojson';

export function usableFeatures<G extends Geometry>(features: unknown, types: readonly G['type'][]): Feature<G>[] {
  if (!Array.isArray(features)) return [];
  return features.filter((f): f is Feature<G> => {
    const x = f as { properties?: unknown; geometry?: { type?: unknown; coordinates?: unknown } } | null;
    return !!x && typeof x.properties === 'object' && x.properties !== null && !Array.isArray(x.properties) && !!x.geometry && types.includes(x.geometry.type as G['type']) && Array.isArray(x.geometry.coordinates);
  });
}
