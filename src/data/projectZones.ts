/**
 * Structure-zone membership of each project, computed with Turf from the zone polygons rather
 * than typed by hand: `zone` is the tier whose polygon contains the point (main, sub, pole), and
 * `near_node` says it lies within NODE_RADIUS_KM of one of the 16 urbanisation-node towns.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export const NODE_RADIUS_KM = 5;

export function assignZones(projects: FeatureCollection, zones: FeatureCollection, nodes: FeatureCollection): FeatureCollection {
  const areas = zones.features.filter((z): z is Feature<Polygon | MultiPolygon> => z.geometry.type === 'Polygon' || z.geometry.type === 'MultiPolygon');
  const towns = nodes.features.filter((n): n is Feature<Point> => n.geometry.type === 'Point');
  return {
    ...projects,
    features: projects.features.map((f) => {
      if (f.geometry.type !== 'Point') return f;
      const pt = f.geometry.coordinates;
      const zone = areas.find((z) => booleanPointInPolygon(pt, z))?.properties?.zone as string | undefined;
      const nearNode = towns.some((t) => distance(pt, t.geometry.coordinates, { units: 'kilometers' }) <= NODE_RADIUS_KM);
      const { zone: _typed, near_node: _n, ...props } = f.properties ?? {};
      return { ...f, properties: { ...props, ...(zone ? { zone } : {}), near_node: nearNode } };
    }),
  };
}
