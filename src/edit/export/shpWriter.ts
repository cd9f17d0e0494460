/**
 * The geometry half of a shapefile (.shp and its index .shx), per the ESRI Shapefile Technical
 * Description (1998): 2D Point, MultiPoint, PolyLine and Polygon; one record per feature.
 *
 * Written here rather than by @mapbox/shp-write 0.4.3, whose writer puts every LineString of a
 * layer into ONE PolyLine record (the .dbf still has a row per feature, so rows and shapes no
 * longer match), writes Polygon and MultiPolygon features to files of the same name (the zip
 * keeps the last), and leaves rings in GeoJSON's counter-clockwise order where a shapefile's
 * outer ring is clockwise (readers then take outer rings for holes).
 */
import type { Geometry, Position } from 'geojson';

export const SHAPE_TYPE = { point: 1, line: 3, polygon: 5, multipoint: 8 } as const;
export type ShapeType = (typeof SHAPE_TYPE)[keyof typeof SHAPE_TYPE];

type XY = readonly [number, number];
/** One record's content: its points and, for lines and polygons, where each part starts. */
interface Shape {
  readonly points: readonly XY[];
  readonly parts: readonly number[];
}

const xy = (p: Position): XY => [p[0]!, p[1]!];

/** Twice the signed area: positive when the ring runs counter-clockwise. */
function signedArea(ring: readonly XY[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a;
}

/** Closed, and clockwise for an outer ring, counter-clockwise for a hole (the shapefile rule). */
function orient(ring: readonly Position[], outer: boolean): XY[] {
  const r = ring.map(xy);
  const [first, last] = [r[0], r[r.length - 1]];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) r.push(first);
  return signedArea(r) > 0 === outer ? r.reverse() : r;
}

function partsOf(lists: readonly (readonly XY[])[]): Shape {
  const parts: number[] = [];
  const points: XY[] = [];
  for (const l of lists.filter((l) => l.length)) {
    parts.push(points.length);
    for (const p of l) points.push(p); // not push(...l): a long ring would overflow the stack
  }
  return { points, parts };
}

/** The shape of a geometry of the file's type; null (a Null Shape record) when it has no points. */
function shapeOf(g: Geometry): Shape | null {
  const polygon = (rings: Position[][]) => rings.map((r, i) => orient(r, i === 0));
  let s: Shape;
  if (g.type === 'Point') s = { points: g.coordinates.length >= 2 ? [xy(g.coordinates)] : [], parts: [] };
  else if (g.type === 'MultiPoint') s = { points: g.coordinates.map(xy), parts: [] };
  else if (g.type === 'LineString') s = partsOf([g.coordinates.map(xy)]);
  else if (g.type === 'MultiLineString') s = partsOf(g.coordinates.map((l) => l.map(xy)));
  else if (g.type === 'Polygon') s = partsOf(polygon(g.coordinates));
  else if (g.type === 'MultiPolygon') s = partsOf(g.coordinates.flatMap(polygon));
  else throw new Error(`a shapefile cannot hold a ${g.type}`);
  return s.points.length ? s : null;
}

const contentLength = (type: ShapeType, s: Shape | null) =>
  !s ? 4 : type === SHAPE_TYPE.point ? 20 : type === SHAPE_TYPE.multipoint ? 40 + 16 * s.points.length : 44 + 4 * s.parts.length + 16 * s.points.length;

function bbox(points: Iterable<XY>): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return x0 === Infinity ? [0, 0, 0, 0] : [x0, y0, x1, y1];
}

function writeHeader(view: DataView, type: ShapeType, bytes: number, box: readonly number[]) {
  view.setInt32(0, 9994); // big-endian, as the spec's header fields before the version are
  view.setInt32(24, bytes / 2); // lengths count 16-bit words
  view.setInt32(28, 1000, true);
  view.setInt32(32, type, true);
  box.forEach((v, i) => view.setFloat64(36 + 8 * i, v, true)); // Z and M ranges stay 0
}

/** One record's content, laid out as the spec's table for its shape type. */
function writeContent(view: DataView, type: ShapeType, s: Shape | null) {
  view.setInt32(0, s ? type : 0, true);
  if (!s) return;
  let at = 4;
  const int = (v: number) => {
    view.setInt32(at, v, true);
    at += 4;
  };
  const double = (v: number) => {
    view.setFloat64(at, v, true);
    at += 8;
  };
  if (type === SHAPE_TYPE.point) {
    double(s.points[0]![0]);
    double(s.points[0]![1]);
    return;
  }
  for (const v of bbox(s.points)) double(v);
  if (type !== SHAPE_TYPE.multipoint) int(s.parts.length);
  int(s.points.length);
  if (type !== SHAPE_TYPE.multipoint) for (const p of s.parts) int(p);
  for (const [x, y] of s.points) {
    double(x);
    double(y);
  }
}

export function writeShp(type: ShapeType, geometries: readonly Geometry[]): { shp: Uint8Array; shx: Uint8Array } {
  const shapes = geometries.map(shapeOf);
  const lengths = shapes.map((s) => contentLength(type, s));
  const shp = new DataView(new ArrayBuffer(100 + lengths.reduce((n, l) => n + 8 + l, 0)));
  const shx = new DataView(new ArrayBuffer(100 + 8 * shapes.length));
  const box = bbox(shapes.flatMap((s) => s?.points ?? []));
  writeHeader(shp, type, shp.byteLength, box);
  writeHeader(shx, type, shx.byteLength, box);
  let at = 100;
  shapes.forEach((s, i) => {
    shx.setInt32(100 + 8 * i, at / 2);
    shx.setInt32(104 + 8 * i, lengths[i]! / 2);
    shp.setInt32(at, i + 1); // record numbers start at 1
    shp.setInt32(at + 4, lengths[i]! / 2);
    writeContent(new DataView(shp.buffer, at + 8, lengths[i]), type, s);
    at += 8 + lengths[i]!;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}
