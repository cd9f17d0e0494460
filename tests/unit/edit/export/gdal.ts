/**
 * Reading exports back with GDAL, the outside client QGIS and most GIS tools are built on.
 * CI installs gdal-bin; where ogrinfo is missing the GDAL tests are skipped with that message.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { FeatureCollection, Geometry, Position } from 'geojson';

export const HAS_OGR = (() => {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export const SKIP_NOTE = HAS_OGR ? '' : ' [SKIPPED: ogrinfo not found; install gdal-bin to run these checks]';

// SHAPE_ENCODING in the environment would override the .cpg, which is what is under test.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'SHAPE_ENCODING'));
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', env, maxBuffer: 64 << 20 });

/** `ogrinfo -ro -al -so`: feature count, geometry type, SRS and field types. */
export const ogrSummary = (path: string, oo: string[] = []) => run('ogrinfo', ['-ro', '-al', '-so', ...oo.flatMap((o) => ['-oo', o]), path]);

/** `ogrinfo -ro -al -q`: every feature as GDAL prints it. */
export const ogrFeaturesText = (path: string, oo: string[] = []) => run('ogrinfo', ['-ro', '-al', '-q', ...oo.flatMap((o) => ['-oo', o]), path]);

/** What GDAL read, as GeoJSON (typed values, full coordinates), to compare feature by feature. */
export const ogrRead = (path: string, oo: string[] = []): FeatureCollection =>
  JSON.parse(run('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', ...oo.flatMap((o) => ['-oo', o]), path]));

export const tempDir = () => mkdtempSync(join(tmpdir(), 'wz-export-'));

export function unzipTo(zip: Uint8Array, dir: string): string[] {
  const files = unzipSync(zip);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return Object.keys(files).sort();
}

const ccw = (ring: Position[]) => {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return a < 0 ? [...ring].reverse() : ring;
};

/** Rings in one orientation: a shapefile stores outer rings clockwise, GeoJSON counter-clockwise. */
function normalised(g: Geometry): unknown {
  if (g.type === 'Polygon') return g.coordinates.map(ccw);
  if (g.type === 'MultiPolygon') return g.coordinates.map((p) => p.map(ccw));
  if (g.type === 'GeometryCollection') return g.geometries.map(normalised);
  return g.coordinates;
}

/** The largest coordinate difference between two geometries; Infinity if their shapes differ. */
export function maxCoordinateDifference(a: Geometry, b: Geometry): number {
  if (a.type !== b.type) return Infinity;
  const walk = (x: unknown, y: unknown): number => {
    if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y);
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return Infinity;
    return x.reduce((m: number, xi, i) => Math.max(m, walk(xi, y[i])), 0);
  };
  return walk(normalised(a), normalised(b));
}
