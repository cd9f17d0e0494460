/**
 * GeoJSON: a FeatureCollection, a single Feature or a bare geometry. A `crs` member (GeoJSON 2008,
 * still written by ogr2ogr for projected data) naming a projected EPSG code is reprojected; a file
 * without one is taken as longitude/latitude in a datum the user confirms (often GCJ-02 in
 * practice). Memory: the decoded text lives only inside `parseJson`, and features are fixed up in
 * place, so a 50 MB file is held as bytes + objects, not three times over.
 */
import type { Feature, Geometry } from 'geojson';
import { t, type Text } from '../../data/validate/text';
import { decodeText } from './decodeText';
import { assertLngLat, coordinatesOk, normalizeGeometry } from './geometry';
import { projectionFromEpsg, reprojectFeatures } from './reproject';
import { ImportError, type EncodingHint, type ImportCrs, type OnProgress, type ParsedImport, type SkippedRow } from './types';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

const notGeojson = (what: Text) =>
  new ImportError(t(`不是 GeoJSON：${what.zh}`, `not GeoJSON: ${what.en}`), t('导出为 GeoJSON（FeatureCollection、Feature 或几何对象）后再导入', 'export it as GeoJSON (a FeatureCollection, a Feature or a geometry) and import that'));

function parseJson(bytes: Uint8Array, hint: EncodingHint): { value: unknown; encoding: string } {
  const { text, encoding } = decodeText(bytes, hint);
  try {
    return { value: JSON.parse(text), encoding };
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    let where = { zh: '', en: '' };
    if (at) {
      const pos = Number(at[1]);
      let line = 1;
      let lineStart = 0;
      for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
      }
      where = { zh: `（第 ${line} 行第 ${pos - lineStart + 1} 列）`, en: ` (line ${line}, column ${pos - lineStart + 1})` };
    }
    throw new ImportError(
      t(`JSON 格式错误${where.zh}：文件不完整或不是 JSON`, `the JSON is malformed${where.en}: the file is incomplete or not JSON`),
      t('确认文件完整（重新下载或重新导出），或在文本编辑器中查看该处', 'check the file is complete (download or export it again), or look at that place in a text editor'),
    );
  }
}

function crsOf(obj: Record<string, unknown>): { name: string; code?: number } | undefined {
  const name = (obj.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof name !== 'string') return undefined;
  if (/CRS84$/i.test(name)) return { name, code: 4326 };
  const code = /EPSG:{1,2}(?:[\d.]*:)?(\d+)$/i.exec(name)?.[1];
  return { name, code: code ? Number(code) : undefined };
}

function featuresOf(obj: Record<string, unknown>): unknown[] {
  if (obj.type === 'FeatureCollection') {
    if (!Array.isArray(obj.features)) throw notGeojson(t('FeatureCollection 没有 features 数组', 'the FeatureCollection has no "features" array'));
    return obj.features;
  }
  if (obj.type === 'Feature') return [obj];
  if (typeof obj.type === 'string' && GEOMETRY_TYPES.has(obj.type)) return [{ type: 'Feature', properties: {}, geometry: obj }];
  if (obj.type === 'Topology') throw notGeojson(t('这是 TopoJSON', 'this is TopoJSON'));
  if ('geometryType' in obj || 'spatialReference' in obj) throw notGeojson(t('这是 ArcGIS 的 Esri JSON', "this is ArcGIS's Esri JSON"));
  throw notGeojson(
    obj.type === undefined ? t('缺少 "type"', 'there is no "type"') : t(`顶层 "type" 是 ${JSON.stringify(obj.type).slice(0, 40)}`, `the top-level "type" is ${JSON.stringify(obj.type).slice(0, 40)}`),
  );
}

/** The file's declared projection, when it declares one that is not WGS-84; throws for one it cannot convert. */
function projectionOf(obj: Record<string, unknown>) {
  const named = crsOf(obj);
  if (!named) return undefined;
  const projection = named.code ? projectionFromEpsg(named.code) : undefined;
  if (!projection)
    throw new ImportError(
      t(`不支持文件声明的坐标系 ${named.name}`, `the coordinate system the file names, ${named.name}, is not supported`),
      t('在 GIS 软件中导出为 WGS-84（EPSG:4326）的 GeoJSON', 'export it from a GIS as GeoJSON in WGS-84 (EPSG:4326)'),
    );
  return projection.identity ? undefined : projection;
}

/** Share of the progress bar for decoding + JSON.parse: ~85 % of the time on a big file, and it cannot report. */
const PARSE_SHARE = 0.7;

export function readGeojson(bytes: Uint8Array, hint: EncodingHint = 'auto', onProgress?: OnProgress): ParsedImport {
  const { value, encoding } = parseJson(bytes, hint);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw notGeojson(t('顶层不是对象', 'the top level is not an object'));
  const obj = value as Record<string, unknown>;
  const raw = featuresOf(obj);
  const projection = projectionOf(obj);
  // Progress after parsing: the features checked, then (if any) reprojected, as one scale.
  const units = raw.length * (projection ? 2 : 1) || 1;
  const report = (done: number) => onProgress?.(PARSE_SHARE * units + (1 - PARSE_SHARE) * done, units);
  report(0);
  const skipped: SkippedRow[] = [];
  const fields = new Set<string>();
  const features: Feature[] = [];
  const step = Math.max(1, Math.floor(raw.length / 50));
  raw.forEach((item, i) => {
    const f = item as Partial<Feature> | null;
    const g = f?.geometry as Geometry | null | undefined;
    if (!f || typeof f !== 'object' || f.type !== 'Feature') skipped.push({ row: i + 1, reason: t(`第 ${i + 1} 项不是 Feature`, `item ${i + 1} is not a Feature`) });
    else if (!g) skipped.push({ row: i + 1, reason: t(`第 ${i + 1} 个要素没有图形（geometry 为空）`, `feature ${i + 1} has no geometry (null)`) });
    else if (!GEOMETRY_TYPES.has(g.type)) skipped.push({ row: i + 1, reason: t(`第 ${i + 1} 个要素的图形类型“${String(g.type)}”不是 GeoJSON 类型`, `feature ${i + 1} has the geometry type "${String(g.type)}", which is not GeoJSON`) });
    else if (!coordinatesOk(g)) skipped.push({ row: i + 1, reason: t(`第 ${i + 1} 个要素的坐标格式不对（${g.type} 的坐标嵌套或数值有误）`, `feature ${i + 1} has malformed coordinates (wrong nesting or values for a ${g.type})`) });
    else {
      if (!f.properties || typeof f.properties !== 'object') f.properties = {};
      for (const k in f.properties) fields.add(k);
      features.push(f as Feature);
    }
    if ((i + 1) % step === 0) report(i + 1);
  });

  let crs: ImportCrs = { kind: 'none' };
  if (projection) {
    reprojectFeatures(features, projection, (done) => report(raw.length + done));
    crs = { kind: 'prj', name: projection.name };
  }
  assertLngLat(features, t('GeoJSON 应使用 WGS-84 经纬度（RFC 7946）：在 GIS 软件中导出为 EPSG:4326', 'GeoJSON must be WGS-84 longitude/latitude (RFC 7946): export it from a GIS as EPSG:4326'));
  for (const f of features) f.geometry = normalizeGeometry(f.geometry);
  report(units);
  return { format: 'geojson', features, fields: [...fields], encoding, crs, warnings: [], skipped };
}
