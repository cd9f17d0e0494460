/**
 * A layer as GeoJSON in the project's own writer (one feature per line, byte-stable), so an
 * exported layer that nobody changed is byte-identical to its file in geodata/ and can go back
 * there with a diff that shows only what was edited. Only the features are kept: the writer
 * emits no top-level members (`bbox`, `name`, a legacy `crs`), and no file in geodata/ has any.
 */
import type { Feature, Geometry } from 'geojson';
import { writeFeatureCollection } from '../../data/writeGeojson';

export function exportGeojson(features: readonly Feature<Geometry | null>[]): string {
  return writeFeatureCollection({ features });
}
