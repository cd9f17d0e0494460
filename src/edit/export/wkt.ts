/**
 * Well-known text (OGC Simple Features) for a GeoJSON geometry, for the `wkt` column of a CSV.
 * No WKT writer is installed (wkt-parser, which proj4 brings, only reads CRS strings), and the
 * grammar for the seven GeoJSON types is small. Numbers are written as JavaScript prints them
 * (shortest text that reads back to the same double), so nothing is rounded. A position with a
 * third value makes the geometry "Z"; the dimension is taken from the first position.
 */
import type { Geometry, Position } from 'geojson';

const position = (p: Position) => p.join(' ');
const list = <T>(items: readonly T[], one: (t: T) => string) => (items.length ? `(${items.map(one).join(', ')})` : 'EMPTY');
const ring = (r: readonly Position[]) => list(r, position);
const polygon = (rings: readonly Position[][]) => list(rings, ring);

function firstPosition(g: Geometry): Position | undefined {
  if (g.type === 'GeometryCollection') return undefined;
  let c: unknown = g.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && c.length ? (c as Position) : undefined;
}

export function geometryToWkt(g: Geometry): string {
  const tag = `${g.type.toUpperCase()}${(firstPosition(g)?.length ?? 2) > 2 ? ' Z' : ''}`;
  switch (g.type) {
    case 'Point':
      return `${tag} ${g.coordinates.length ? `(${position(g.coordinates)})` : 'EMPTY'}`;
    case 'MultiPoint':
      return `${tag} ${list(g.coordinates, (p) => `(${position(p)})`)}`;
    case 'LineString':
      return `${tag} ${ring(g.coordinates)}`;
    case 'MultiLineString':
      return `${tag} ${list(g.coordinates, ring)}`;
    case 'Polygon':
      return `${tag} ${polygon(g.coordinates)}`;
    case 'MultiPolygon':
      return `${tag} ${list(g.coordinates, polygon)}`;
    case 'GeometryCollection':
      return `${tag} ${list(g.geometries, geometryToWkt)}`;
  }
}
