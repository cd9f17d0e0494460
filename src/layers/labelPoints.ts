/**
 * One label point per polygon feature, at the pole of inaccessibility of its largest part, so a
 * county with dozens of islands is named once, inside its main body.
 */
import area from '@turf/area';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

function largestPart(g: Polygon | MultiPolygon): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  let best = g.coordinates[0]!;
  let bestArea = -1;
  for (const part of g.coordinates) {
    const a = area({ type: 'Polygon', coordinates: part });
    if (a > bestArea) [best, bestArea] = [part, a];
  }
  return best;
}

export function labelPoints(fc: FeatureCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of fc.features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    const [lng, lat] = polylabel(largestPart(f.geometry) as [number, number][][], 0.0005);
    features.push({ type: 'Feature', properties: f.properties, geometry: { type: 'Point', coordinates: [lng!, lat!] } });
  }
  return { type: 'FeatureCollection', features };
}

/** Where a feature "is" for the camera: its point, the label point of an area, the middle of a line. */
export function anchorOf(f: Feature): [number, number] | undefined {
  const g = f.geometry;
  if (g.type === 'Point') return g.coordinates.slice(0, 2) as [number, number];
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return polylabel(largestPart(g) as [number, number][][], 0.0005).slice(0, 2) as [number, number];
  const line = g.type === 'LineString' ? g.coordinates : g.type === 'MultiLineString' ? g.coordinates[0] : undefined;
  const mid = line?.[Math.floor(line.length / 2)];
  return mid ? (mid.slice(0, 2) as [number, number]) : undefined;
}
