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

/**
 * Display positions only: projects that share one point (often a county seat) are fanned out on
 * a small ring so each can be seen and clicked. Exports and statistics use the original points.
 */
export function fanOut(fc: FeatureCollection, stepDeg = 0.004): FeatureCollection {
  const groups = new Map<string, number[]>();
  fc.features.forEach((f, i) => {
    if (f.geometry.type !== 'Point') return;
    const key = f.geometry.coordinates.join(',');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const features = fc.features.slice();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach((index, k) => {
      const f = features[index]!;
      const [lng, lat] = (f.geometry as Point).coordinates as [number, number];
      // A sunflower spiral: even spacing for any count, the first project stays nearest the point.
      const r = stepDeg * Math.sqrt(k + 0.5);
      const a = k * 2.39996;
      const coords = [lng + (r * Math.cos(a)) / Math.cos((lat * Math.PI) / 180), lat + r * Math.sin(a)];
      features[index] = { ...f, geometry: { type: 'Point', coordinates: coords } };
    });
  }
  return { ...fc, features };
}
