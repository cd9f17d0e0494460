/** What the feature checks compare against, read from the tree: sources, counties, known points, rail lines. */
import type { FeatureCollection, Point } from 'geojson';
import type { Catalog } from '../../src/data/schemas';
import type { CheckContext } from '../../src/data/validate/geojsonFile';
import type { KnownPoint } from '../../src/data/validate/geometryChecks';
import type { Base } from '../geodata/steps/step';
import type { Tree } from './tree';
import { usableFeatures } from './usableFeatures';

export function checkContext(tree: Tree, catalog: Catalog, knownSources: ReadonlySet<string>, textless: ReadonlySet<string>, base: Base): CheckContext {
  const towns = usableFeatures<Point>(tree.json<FeatureCollection>('places/towns.geojson')?.features, ['Point']);
  const knownPoints = new Map<string, KnownPoint[]>();
  for (const f of towns) {
    const name = String(f.properties?.name_zh);
    knownPoints.set(name, [...(knownPoints.get(name) ?? []), { name_zh: name, county_adcode: String(f.properties?.county_adcode), coordinates: f.geometry.coordinates, from: 'places/towns.geojson' }]);
  }
  const lineFile = catalog.layers.find((l) => l.schema === 'rail-line')?.file;
  const lines = lineFile ? tree.json<FeatureCollection>(lineFile)?.features : undefined;
  const lineIds = lineFile ? new Set((Array.isArray(lines) ? lines : []).map((f) => String((f as { properties?: { line_id?: unknown } } | null)?.properties?.line_id))) : undefined;
  return { knownSources, textlessSources: textless, seeds: tree.seeds, counties: base.counties, knownPoints, refs: { lineIds }, convertCommand: 'npm run convert -- --from gcj02 <文件/file>' };
}
