/**
 * Prepares every loaded layer once, by what its kind needs (see domain/layerKinds.ts): counties
 * joined with the population table, projects given their structure zone. Layers that depend on
 * others wait for them; a dependency that failed to load is treated as empty, so one bad file
 * never blanks the layers that only lean on it.
 */
import type { FeatureCollection } from 'geojson';
import type { CatalogLayer } from './schemas';
import { kindOf, type Role } from '../domain/layerKinds';
import { joinPopulation, type CountyPopulation } from './population';
import { assignZones } from './projectZones';

export type Loaded = FeatureCollection | 'pending' | 'failed';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function prepareLayers(
  layers: readonly CatalogLayer[],
  raw: Readonly<Record<string, Loaded>>,
  population: Map<string, CountyPopulation> | 'pending' | 'failed',
): Record<string, FeatureCollection> {
  /** The data of the first layer with a role; null when there is none or it failed; 'pending' while loading. */
  const byRole = (role: Role): FeatureCollection | null | 'pending' => {
    const entry = layers.find((l) => kindOf(l.schema).role === role);
    const data = entry ? raw[entry.id] : undefined;
    if (!entry || data === 'failed' || data === undefined) return null;
    return data;
  };
  const out: Record<string, FeatureCollection> = {};
  for (const entry of layers) {
    const data = raw[entry.id];
    if (!data || data === 'pending' || data === 'failed') continue;
    const kind = kindOf(entry.schema);
    if (kind.joinsPopulation) {
      // Joined once, so the data goes to the map once; layers drawing the same file share the copy.
      if (population === 'pending') continue;
      const same = layers.find((l) => l.file === entry.file && out[l.id]);
      out[entry.id] = same ? out[same.id]! : population === 'failed' ? data : joinPopulation(data, population);
    } else if (kind.getsZones) {
      const zones = byRole('zones');
      const nodes = byRole('nodes');
      if (zones === 'pending' || nodes === 'pending') continue;
      out[entry.id] = assignZones(data, zones ?? EMPTY, nodes ?? EMPTY);
    } else out[entry.id] = data;
  }
  return out;
}
