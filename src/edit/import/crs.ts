/**
 * The datum of a file that does not say (CSV, KML, GeoJSON without `crs`): WGS-84, or GCJ-02 /
 * BD-09 as Chinese web maps give it (~500 m and ~1 km off in Wenzhou). The user chooses; when
 * enough imported points carry names the project already knows the position of (towns, stations,
 * county seats), `detectShift` measures which choice puts them where they belong.
 */
import type { Feature, Geometry, Position } from 'geojson';
import distance from '@turf/distance';
import gcoord from 'gcoord';
import { looksLikeGcj02 } from '../../data/validate/geometryChecks';
import { forEachPosition, mapPositions, round6 } from './geometry';
import type { SourceCrs } from './types';

const GCOORD = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

const convert = (p: Position, from: 'gcj02' | 'bd09'): Position => {
  const [lng, lat] = gcoord.transform([p[0]!, p[1]!], GCOORD[from], gcoord.WGS84);
  return p.length > 2 ? [round6(lng), round6(lat), ...p.slice(2)] : [round6(lng), round6(lat)];
};

/** A copy of the geometry with fresh position arrays, for gcoord to convert in place. */
function copyOf(g: Geometry): Geometry {
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(copyOf) };
  const copy = { ...g };
  mapPositions(copy, (p) => p.slice());
  return copy;
}

/**
 * Features with every position (all geometry types) converted to WGS-84 and rounded to 6 decimals
 * (~0.1 m, the project's precision); a third value is kept. New feature and geometry objects;
 * properties are shared, not copied. `wgs84` only rounds. Whole geometries go to gcoord at once:
 * its per-position call costs ~3× more (it checks and formats each position), ~5 s for 1.2 M
 * positions here.
 */
export function toWgs84(features: readonly Feature[], from: SourceCrs): Feature[] {
  return features.map((f) => {
    if (!f.geometry) return f;
    const geometry = copyOf(f.geometry);
    if (from !== 'wgs84') gcoord.transform(geometry as never, GCOORD[from], gcoord.WGS84);
    forEachPosition(geometry, (p) => {
      p[0] = round6(p[0]!);
      p[1] = round6(p[1]!);
    });
    return { ...f, geometry };
  });
}

export interface ShiftReport {
  /** Imported points whose name is a known place. */
  matched: number;
  /** Median distance of the matches from their known position, as imported. */
  medianRawMetres?: number;
  /** Matches individually ~150–1000 m off and within 30 m once read as GCJ-02 (the validator's test). */
  gcj02Like: number;
  /** Offered only when the converted median is under 30 m; otherwise the user decides. */
  suggestion?: 'gcj02' | 'bd09';
  medianAfterMetres?: number;
}

const metres = (a: Position, b: Position) => distance([a[0]!, a[1]!], [b[0]!, b[1]!], { units: 'meters' });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const normalizeName = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Matches imported points by the name in `nameProperty` against `known` WGS-84 positions (keyed
 * by name_zh; a name with several positions takes the nearest), and measures the offsets raw,
 * after GCJ-02 → WGS-84 and after BD-09 → WGS-84. Suggests a conversion only when the raw median
 * is a GCJ-02-sized 150–1000 m (or more, for BD-09) and the converted median is under 30 m, from
 * at least `minMatches` points.
 */
export function detectShift(features: readonly Feature[], known: ReadonlyMap<string, Position[]>, nameProperty = 'name_zh', minMatches = 3): ShiftReport {
  const byName = new Map<string, Position[]>();
  for (const [name, ps] of known) byName.set(normalizeName(name), ps);
  const raw: number[] = [];
  const gcj: number[] = [];
  const bd: number[] = [];
  let gcj02Like = 0;
  for (const f of features) {
    const name = f.properties?.[nameProperty];
    if (f.geometry?.type !== 'Point' || typeof name !== 'string') continue;
    const candidates = byName.get(normalizeName(name));
    if (!candidates?.length) continue;
    const p = f.geometry.coordinates;
    const nearest = candidates.reduce((a, b) => (metres(p, a) <= metres(p, b) ? a : b));
    raw.push(metres(p, nearest));
    gcj.push(metres(convert(p, 'gcj02'), nearest));
    bd.push(metres(convert(p, 'bd09'), nearest));
    if (looksLikeGcj02(p, nearest)) gcj02Like++;
  }
  const report: ShiftReport = { matched: raw.length, gcj02Like };
  if (!raw.length) return report;
  report.medianRawMetres = median(raw);
  if (raw.length < minMatches || report.medianRawMetres < 150) return report;
  const gcjAfter = median(gcj);
  const bdAfter = median(bd);
  if (report.medianRawMetres <= 1000 && gcjAfter < 30 && gcjAfter <= bdAfter) return { ...report, suggestion: 'gcj02', medianAfterMetres: gcjAfter };
  if (bdAfter < 30) return { ...report, suggestion: 'bd09', medianAfterMetres: bdAfter };
  return report;
}
