/**
 * Writes geodata/basemap/land.geojson: the land polygons of the OpenStreetMap-derived coastline
 * (npm @geo-maps/countries-coastline-1m 0.6.0, ODbL) clipped to the basemap box, so the offline
 * map shows land and sea to the edge of every allowed view. Run once when the box changes:
 *
 *   npm pack @geo-maps/countries-coastline-1m@0.6.0 && tar xzf geo-maps-countries-coastline-1m-0.6.0.tgz
 *   npx tsx scripts/extract-land.ts package/map.geo.json
 *
 * (The package is 107 MB unpacked, so it is not a dependency; the extract is committed.)
 * `npm run build:geodata` reads this file and derives the sea from it; nothing rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { writeFeatureCollection } from '../src/data/writeGeojson';
import { BASEMAP_DATA_BBOX } from '../src/data/wenzhouBounds';

const input = process.argv[2];
if (!input) {
  console.error('usage: npx tsx scripts/extract-land.ts path/to/map.geo.json (see the comment at the top of this file)');
  process.exit(2);
}
const box = [...BASEMAP_DATA_BBOX] as [number, number, number, number];
const world = JSON.parse(readFileSync(resolve(input), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const round = (p: Position) => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];
const parts: Position[][][] = [];
for (const f of world.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) {
    const bb = turf.bbox(turf.polygon(poly));
    if (bb[2] < box[0] || bb[0] > box[2] || bb[3] < box[1] || bb[1] > box[3]) continue;
    const clipped = turf.bboxClip(turf.polygon(poly), box).geometry;
    const rings = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates) as Position[][][];
    for (const r of rings) if (r[0] && r[0].length >= 4 && turf.area(turf.polygon(r)) > 1e4) parts.push(r.map((ring) => ring.map(round)));
  }
}
const land: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: { id: 'land-1', source_doc: 'osm-coastline-geomaps', geometry_quality: 'surveyed' },
  geometry: { type: 'MultiPolygon', coordinates: parts },
};
const out = join(import.meta.dirname, '../geodata/basemap/land.geojson');
writeFileSync(out, writeFeatureCollection({ features: [land] }));
console.log(`wrote ${out}: ${parts.length} polygons, box ${box.join(', ')}`);
