/**
 * Geometry chores every format shares, done in place so a 50 MB import is not copied again:
 * walking positions, RFC 7946 ring winding, Multi* instead of single-type GeometryCollections,
 * and the check that coordinates are longitude/latitude at all.
 */
import type { Feature, Geometry, Position } from 'geojson';
import booleanClockwise from '@turf/boolean-clockwise';
import { t, type Text } from '../../data/validate/text';
import { BASEMAP_BBOX } from '../../data/wenzhouBounds';
import { ImportError } from './types';

export const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Replaces every position of `g` with `fn(position)`, in place. */
export function mapPositions(g: Geometry, fn: (p: Position) => Position): void {
  switch (g.type) {
    case 'Point':
      g.coordinates = fn(g.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      g.coordinates = g.coordinates.map(fn);
      return;
    case 'MultiLineString':
    case 'Polygon':
      g.coordinates = g.coordinates.map((line) => line.map(fn));
      return;
    case 'MultiPolygon':
      g.coordinates = g.coordinates.map((poly) => poly.map((ring) => ring.map(fn)));
      return;
    case 'GeometryCollection':
      g.geometries.forEach((child) => mapPositions(child, fn));
  }
}

/** Calls `fn` on every position of `g` without allocating (for checks over large files). */
export function forEachPosition(g: Geometry, fn: (p: Position) => void): void {
  switch (g.type) {
    case 'Point':
      return fn(g.coordinates);
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.forEach(fn);
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.forEach((line) => line.forEach(fn));
    case 'MultiPolygon':
      return g.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(fn)));
    case 'GeometryCollection':
      return g.geometries.forEach((child) => forEachPosition(child, fn));
  }
}

export function firstPosition(g: Geometry): Position | undefined {
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates[0];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates[0]?.[0];
    case 'MultiPolygon':
      return g.coordinates[0]?.[0]?.[0];
    case 'GeometryCollection':
      return g.geometries[0] && firstPosition(g.geometries[0]);
  }
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise (shapefiles are the reverse). */
function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => (ring.length >= 4 && booleanClockwise(ring) === (i === 0) ? ring.slice().reverse() : ring));
}

/**
 * The geometry as the project stores it: bbox dropped (it would describe the source CRS after a
 * reprojection), rings wound per RFC 7946, and a GeometryCollection of one kind (KML's
 * MultiGeometry) as the matching Multi* type. A mixed collection is kept; the validator names it.
 */
export function normalizeGeometry(g: Geometry): Geometry {
  delete (g as { bbox?: unknown }).bbox;
  if (g.type === 'Polygon') g.coordinates = rewindPolygon(g.coordinates);
  else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map(rewindPolygon);
  else if (g.type === 'GeometryCollection') {
    const parts = g.geometries.map(normalizeGeometry);
    const kinds = new Set(parts.map((p) => p.type.replace(/^Multi/, '')));
    if (parts.length === 1) return parts[0]!;
    if (kinds.size === 1) {
      const kind = [...kinds][0]!;
      const flat = (p: Geometry) => (p.type === 'GeometryCollection' ? [] : p.type.startsWith('Multi') ? (p.coordinates as unknown[]) : [p.coordinates]);
      if (kind === 'Point') return { type: 'MultiPoint', coordinates: parts.flatMap(flat) as Position[] };
      if (kind === 'LineString') return { type: 'MultiLineString', coordinates: parts.flatMap(flat) as Position[][] };
      if (kind === 'Polygon') return { type: 'MultiPolygon', coordinates: parts.flatMap(flat) as Position[][][] };
    }
    g.geometries = parts;
  }
  return g;
}

const isPosition = (p: unknown): boolean => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
const allOf = (a: unknown, each: (x: unknown) => boolean): boolean => Array.isArray(a) && a.every(each);

/** True when the coordinates nest as the geometry type says and every value is a finite number. */
export function coordinatesOk(g: Geometry): boolean {
  const c = (g as { coordinates?: unknown }).coordinates;
  switch (g.type) {
    case 'Point':
      return isPosition(c);
    case 'MultiPoint':
    case 'LineString':
      return allOf(c, isPosition);
    case 'MultiLineString':
    case 'Polygon':
      return allOf(c, (l) => allOf(l, isPosition));
    case 'MultiPolygon':
      return allOf(c, (p) => allOf(p, (l) => allOf(l, isPosition)));
    case 'GeometryCollection':
      return allOf(g.geometries, (x) => !!x && typeof x === 'object' && coordinatesOk(x as Geometry));
    default:
      return false;
  }
}

const isLngLat = (p: Position | undefined) => !!p && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90;

/**
 * Throws when coordinates are not longitude/latitude (a projected file without its .prj): the
 * importer cannot know the projection and must not guess one.
 */
export function assertLngLat(features: readonly Feature[], fix: Text): void {
  for (const f of features) {
    let bad: Position | undefined;
    if (f.geometry)
      forEachPosition(f.geometry, (p) => {
        if (!bad && !isLngLat(p)) bad = p;
      });
    if (bad)
      throw new ImportError(
        t(`坐标 ${bad.slice(0, 2).join(', ')} 不是经纬度：文件多半用的是投影坐标（米），却没有说明是哪种`, `the coordinates ${bad.slice(0, 2).join(', ')} are not longitude/latitude: the file is probably in a projected CRS (metres) and does not say which`),
        fix,
      );
  }
}

/** A warning when most features lie far from Wenzhou: a wrong CRS more often than a wrong file. */
export function farFromWenzhou(features: readonly Feature[]): Text | undefined {
  const [w, s, e, n] = BASEMAP_BBOX;
  let outside = 0;
  let counted = 0;
  for (const f of features) {
    const p = f.geometry && firstPosition(f.geometry);
    if (!p) continue;
    counted++;
    if (!(p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n)) outside++;
  }
  if (counted === 0 || outside * 2 <= counted) return undefined;
  return t(`${outside} / ${counted} 个要素不在温州及周边范围内：请检查坐标系是否正确`, `${outside} of ${counted} features lie outside Wenzhou and its neighbours: check that the coordinate system is right`);
}
