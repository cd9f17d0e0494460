/**
 * What each kind of layer (a catalog `schema`) can do, in one table, so the app asks "which
 * layers give the statistics their projects?" rather than testing schema names. A second layer
 * of an existing kind (say, next year's projects) is a file plus a catalog entry: it is prepared,
 * filtered, counted and picked like the first.
 */
export type SchemaName =
  | 'county'
  | 'county-seat'
  | 'land'
  | 'rail-line'
  | 'rail-station'
  | 'tod-site'
  | 'structure-zone'
  | 'structure-member'
  | 'structure-node'
  | 'direction'
  | 'belt'
  | 'platform'
  | 'project'
  /** A reference file the build places features with (geodata/places/towns.geojson); never drawn. */
  | 'town';

/** A role one kind plays for others: the counties the population joins to, the zone polygons… */
export type Role = 'counties' | 'zones' | 'nodes' | 'rail-lines' | 'projects';

export interface LayerKind {
  /** What the layer's data provides to other layers and panels (the first loaded layer wins). */
  role?: Role;
  /** Joined with the county population table on load (flat properties for the choropleth). */
  joinsPopulation?: boolean;
  /** Gets its structure zone and node proximity from the zone and node layers on load. */
  getsZones?: boolean;
  /** Its points are counted in the statistics and listed in the project table. */
  statistics?: boolean;
  /** Points sharing one position are grouped into stacks (badge, then a column). */
  stacks?: boolean;
  /** Among areas, picked first: the county is the unit people click for numbers. */
  preferredArea?: boolean;
  /** The property holding a feature's own county adcode (a click can narrow projects to it). */
  countyCode?: string;
}

export const LAYER_KINDS: Record<SchemaName, LayerKind> = {
  county: { role: 'counties', joinsPopulation: true, preferredArea: true, countyCode: 'adcode' },
  'county-seat': {},
  land: {},
  'rail-line': { role: 'rail-lines' },
  'rail-station': {},
  'tod-site': {},
  'structure-zone': { role: 'zones' },
  'structure-member': {},
  'structure-node': { role: 'nodes' },
  direction: {},
  belt: {},
  platform: {},
  project: { role: 'projects', getsZones: true, statistics: true, stacks: true },
  town: {},
};

export const kindOf = (schema: string): LayerKind => LAYER_KINDS[schema as SchemaName] ?? {};

/** The ids of the catalog layers that play a role, in catalog order. */
export function layersWithRole<L extends { id: string; schema: string }>(layers: readonly L[], role: Role): L[] {
  return layers.filter((l) => kindOf(l.schema).role === role);
}
