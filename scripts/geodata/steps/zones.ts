/**
 * structure/zones.geojson from structure/zones.csv: each zone of 一主一副两极 drawn as its member
 * counties (admin/counties.geojson) dissolved with Turf, so the outline follows the county
 * boundaries exactly. The table holds the planning knowledge (members, quote, citation, notes).
 */
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { ZONE_COLUMNS, zoneRowSchema } from '../../../src/data/tableSchemas';
import { checkRows, readCsv } from '../../../src/data/validate/csvFile';
import { rewound, roundGeometry } from '../../lib/geo';
import type { Area, Tree } from '../../lib/tree';
import type { Step } from './step';

/** Holes under 0.05 km² left by a union are gaps between neighbouring fences, not real enclaves. */
function dropSliverHoles(g: Area['geometry']): Area['geometry'] {
  const keep = (rings: Position[][]) => rings.filter((r, i) => i === 0 || turf.area(turf.polygon([r])) >= 5e4);
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: keep(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(keep) };
}

export function dissolve(counties: Map<string, Area>, adcodes: string[]): Area['geometry'] | undefined {
  const parts = adcodes.map((a) => counties.get(a)).filter((f): f is Area => !!f);
  if (parts.length !== adcodes.length) return undefined;
  if (parts.length === 1) return parts[0]!.geometry;
  const u = turf.union(turf.featureCollection(parts));
  return u ? dropSliverHoles(u.geometry) : undefined;
}

export const zonesStep: Step = {
  output: 'structure/zones.geojson',
  inputs: ['structure/zones.csv', 'admin/counties.geojson'],
  run(tree: Tree, base) {
    const file = tree.name('structure/zones.csv');
    const text = tree.text('structure/zones.csv');
    if (text === undefined) return undefined;
    const table = readCsv(file, text, ZONE_COLUMNS);
    const { problems, valid } = checkRows(file, table.rows, zoneRowSchema);
    tree.problems.push(...table.problems, ...problems);
    const features = valid.map(({ cells: r }) => {
      const geometry = dissolve(base.counties, r.member_adcodes!.split(','));
      if (!geometry) return undefined;
      const props: Record<string, string | boolean> = {};
      for (const c of ZONE_COLUMNS) if (r[c]) props[c] = c === 'inferred' ? true : r[c]!;
      return { type: 'Feature' as const, properties: props, geometry: roundGeometry(rewound(geometry)) };
    });
    return { type: 'FeatureCollection', features: features.filter((f) => !!f) };
  },
};
