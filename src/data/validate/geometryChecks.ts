/**
 * Checks on where a feature lies, beyond what the schema can say: a point outside the county it
 * names, coordinates that look like GCJ-02 (the ~500 m shift of Chinese web maps) against known
 * points, and RFC 7946 advice (ring winding, self-intersection) as warnings.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import booleanClockwise from '@turf/boolean-clockwise';
import distance from '@turf/distance';
import findIntersections from 'sweepline-intersections';
import gcoord from 'gcoord';
import type { Problem } from './problem';
import { t } from './text';
import { COUNTY_NAMES } from '../../domain/counties';

export interface KnownPoint {
  name_zh: string;
  county_adcode?: string;
  coordinates: Position;
  /** Where the point comes from, for the message ("places/towns.geojson"). */
  from: string;
}

export interface PlaceContext {
  /** County polygons by adcode, for "is this point in the county it names". */
  counties?: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
  /** Named places whose position is known (town points, county seats), matched by name_zh. */
  knownPoints?: ReadonlyMap<string, KnownPoint[]>;
  /** The same file's last committed positions by feature id (the CLI reads them from git). */
  baseline?: ReadonlyMap<string, Position>;
  /** The command that converts a file, shown in the GCJ-02 hint. */
  convertCommand?: string;
}

const metres = (a: Position, b: Position) => distance(a as [number, number], b as [number, number], { units: 'meters' });
const gcjToWgs = (p: Position): Position => gcoord.transform([p[0]!, p[1]!], gcoord.GCJ02, gcoord.WGS84) as Position;

/** True when `p` is where `known` would be in GCJ-02: ~200–900 m away, and within 30 m once converted. */
export function looksLikeGcj02(p: Position, known: Position): boolean {
  const raw = metres(p, known);
  return raw > 150 && raw < 1000 && metres(gcjToWgs(p), known) < 30;
}

export function pointChecks(file: string, f: Feature, ctx: PlaceContext, feature: string, at: object): Problem[] {
  if (f.geometry.type !== 'Point') return [];
  const out: Problem[] = [];
  const p = f.geometry.coordinates;
  const props = (f.properties ?? {}) as Record<string, unknown>;
  const command = ctx.convertCommand ?? 'npm run convert -- --from gcj02 <file>';
  const old = typeof props.id === 'string' ? ctx.baseline?.get(props.id) : undefined;
  const named = typeof props.name_zh === 'string' ? ctx.knownPoints?.get(props.name_zh) : undefined;
  const match = old ? [{ coordinates: old, from: '上次提交 / last commit' }] : (named ?? []).filter((k) => !props.county_adcode || !k.county_adcode || k.county_adcode === props.county_adcode);
  const shifted = match.find((k) => looksLikeGcj02(p, k.coordinates));
  if (shifted)
    out.push({
      severity: 'error',
      code: 'gcj02-shift',
      file,
      ...at,
      feature,
      property: 'geometry',
      message: t(`点位与已知位置（${shifted.from}）相差 ${Math.round(metres(p, shifted.coordinates))} 米，正是 GCJ-02（高德、腾讯地图坐标）与 WGS-84 之差`, `the point is ${Math.round(metres(p, shifted.coordinates))} m from its known position (${shifted.from}): exactly the offset of GCJ-02 (Amap, Tencent) from WGS-84`),
      fix: t(`坐标应为 WGS-84：用 ${command} 转换`, `coordinates must be WGS-84: convert with ${command}`),
    });
  const code = typeof props.county_adcode === 'string' ? props.county_adcode : typeof props.adcode === 'string' ? props.adcode : undefined;
  const key = typeof props.county_adcode === 'string' ? 'county_adcode' : 'adcode';
  const county = code && ctx.counties?.get(code);
  if (county && !booleanPointInPolygon(p as [number, number], county)) {
    const actual = [...ctx.counties!].find(([, c]) => booleanPointInPolygon(p as [number, number], c))?.[0];
    const name = COUNTY_NAMES[code!]!;
    out.push(
      actual
        ? { severity: 'error', code: 'wrong-county', file, ...at, feature, property: key, message: t(`点位在${COUNTY_NAMES[actual]!.zh}，但 ${key} 写的是 ${code}（${name.zh}）`, `the point lies in ${COUNTY_NAMES[actual]!.en}, but ${key} says ${code} (${name.en})`), fix: t('改正坐标或县级代码', 'fix the coordinates or the county code') }
        : { severity: 'warning', code: 'outside-county', file, ...at, feature, property: key, message: t(`点位不在 ${key} 所写的${name.zh}界内（也不在其他县界内，可能在海上或岸线附近）`, `the point is not inside ${name.en}, which ${key} names (nor in any other county: at sea or on the coast?)`) },
    );
  }
  return out;
}

const polygonsOf = (f: Feature): Position[][][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];

/** RFC 7946 §3.1.6: outer rings counter-clockwise, holes clockwise; parsers must not reject others. A hole outside its polygon is an error. */
export function geometryProblems(file: string, f: Feature, feature: string, at: object): Problem[] {
  const polys = polygonsOf(f);
  if (!polys.length) return [];
  const out: Problem[] = [];
  // A hole lies inside its outer ring: one outside cuts nothing and draws as garbage in some clients.
  const stray = polys.flatMap((rings) => rings.slice(1).filter((hole) => hole.length && !booleanPointInPolygon(hole[0] as [number, number], { type: 'Polygon', coordinates: [rings[0]!] })));
  if (stray.length) {
    const [x, y] = stray[0]![0]!;
    out.push({ severity: 'error', code: 'hole-outside', file, ...at, feature, property: 'geometry', message: t(`${stray.length} 个内环（洞）不在其外环之内（第一个约在 ${x!.toFixed(5)}, ${y!.toFixed(5)}）`, `${stray.length} hole(s) lie outside their outer ring (the first near ${x!.toFixed(5)}, ${y!.toFixed(5)})`), fix: t('删除该内环，或把它作为单独的面（MultiPolygon 的另一部分）', 'delete the ring, or make it a polygon of its own (another part of a MultiPolygon)') });
  }
  const wrong = polys.flatMap((rings) => rings.filter((r, i) => booleanClockwise(r as [number, number][]) === (i === 0))).length;
  if (wrong)
    out.push({ severity: 'warning', code: 'winding', file, ...at, feature, property: 'geometry', message: t(`${wrong} 个环的方向与 RFC 7946 建议相反（外环应逆时针，内环顺时针）`, `${wrong} ring(s) wound against RFC 7946's advice (outer rings counter-clockwise, holes clockwise)`), fix: t('在 QGIS 或用 @turf/rewind 重新定向；地图照常显示', 'rewind in QGIS or with @turf/rewind; the map draws it either way') });
  const crossings = findIntersections(f as Feature<Polygon | MultiPolygon>, false);
  if (crossings.length) {
    const [x, y] = crossings[0]!;
    out.push({ severity: 'warning', code: 'self-intersection', file, ...at, feature, property: 'geometry', message: t(`面的边界自相交 ${crossings.length} 处（第一处约在 ${x!.toFixed(5)}, ${y!.toFixed(5)}）`, `the polygon's boundary crosses itself ${crossings.length} time(s) (first near ${x!.toFixed(5)}, ${y!.toFixed(5)})`), fix: t('在 QGIS 中用“修复几何”处理', 'repair it in QGIS (Fix geometries)') });
  }
  return out;
}
