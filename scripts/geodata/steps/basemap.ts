/**
 * The derived basemap areas: the sea (the basemap's data box minus the land) and Wenzhou's own
 * outline (the 12 counties dissolved), both from edited files (basemap/land.geojson, the counties).
 */
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { BASEMAP_DATA_BBOX } from '../../../src/data/wenzhouBounds';
import { rewound, roundGeometry } from '../../lib/geo';
import type { Area } from '../../lib/tree';
import type { Step } from './step';

const area = (id: string, source: string, a: Area): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id, source_doc: source, geometry_quality: 'derived' }, geometry: roundGeometry(rewound(a.geometry)) }],
});

/** The box is wider than the camera may look (BASEMAP_BBOX), so every allowed view is land or sea to its edge. */
export const seaStep: Step = {
  output: 'basemap/sea.geojson',
  inputs: ['basemap/land.geojson'],
  run(tree) {
    const land = tree.json<FeatureCollection<MultiPolygon>>('basemap/land.geojson');
    if (!land?.features?.[0]) return undefined;
    const box = turf.bboxPolygon([...BASEMAP_DATA_BBOX]);
    return area('sea-1', 'osm-coastline-geomaps', turf.difference(turf.featureCollection<Polygon | MultiPolygon>([box, land.features[0]])) as Area);
  },
};

/** Simplified to about 50 m: it is a backdrop under the county polygons, not a boundary. */
export const outlineStep: Step = {
  output: 'basemap/wenzhou.geojson',
  inputs: ['admin/counties.geojson'],
  run(_tree, base) {
    const all = [...base.counties.values()];
    if (all.length < 2) return undefined;
    return area('wenzhou', 'vonng-adcode-fences', turf.simplify(turf.union(turf.featureCollection(all)) as Area, { tolerance: 0.0005, highQuality: true }));
  },
};
