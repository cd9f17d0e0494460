/**
 * Shapefiles, zipped or loose, one layer per .shp. shpjs reads the geometry and records, but the
 * text encoding and the CRS are decided here: shpjs's dbf decoder turns a .cpg of "CP936" (what
 * GDAL and ArcGIS write for GBK) into UTF-8 and garbles every Chinese name, and given a .prj it
 * reprojects without naming the CRS or warning about a datum it cannot shift. Order of trust for the encoding: the user's choice,
 * the .cpg, the dBase language-driver byte, then the bytes themselves (said in a warning).
 */
import { parseDbf, parseShp } from 'shpjs';
import type { Feature, Geometry } from 'geojson';
import { t, type Text } from '../../data/validate/text';
import { cpgEncoding, dbfLanguageEncoding, sniffEncoding } from './decodeText';
import { assertLngLat, normalizeGeometry } from './geometry';
import { projectionFromPrj, reprojectFeatures } from './reproject';
import { ImportError, type EncodingHint, type ImportCrs, type ImportLayer, type OnProgress, type ParsedImport, type SkippedRow } from './types';

export interface ShapefileSource {
  /** Path without extension ("wenzhou/stations"). */
  path: string;
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

const PARTS = ['shp', 'dbf', 'prj', 'cpg'] as const;
export const isShapefilePart = (name: string): boolean => /\.(shp|shx|dbf|prj|cpg|sbn|sbx|qix|qmd|xml)$/i.test(name);

/** Groups files by name (case-insensitive extension) into layers; parts other than shp/dbf/prj/cpg are ignored. */
export function groupShapefiles(files: { name: string; bytes: Uint8Array }[]): ShapefileSource[] {
  const byPath = new Map<string, ShapefileSource>();
  for (const f of files) {
    const m = /^(.*)\.([^./]+)$/.exec(f.name);
    const ext = m?.[2]?.toLowerCase() as (typeof PARTS)[number] | undefined;
    if (!m || !ext || !PARTS.includes(ext)) continue;
    const key = m[1]!.toLowerCase();
    const source = byPath.get(key) ?? { path: m[1]! };
    source[ext] = f.bytes;
    byPath.set(key, source);
  }
  return [...byPath.values()];
}

const decode = (b: Uint8Array) => new TextDecoder().decode(b).replace(/^\uFEFF/, '');

/** The bytes of a .dbf that are text: field names and the records (the header's binary numbers left out). */
function dbfText(dbf: Uint8Array): Uint8Array {
  const headerLen = dbf.length > 12 ? dbf[8]! | (dbf[9]! << 8) : dbf.length;
  const names: number[] = [];
  for (let p = 32; p + 32 <= headerLen && dbf[p] !== 0x0d; p += 32) for (let i = p; i < p + 11 && dbf[i] !== 0; i++) names.push(dbf[i]!);
  const out = new Uint8Array(names.length + 1 + Math.max(0, dbf.length - headerLen));
  out.set(names);
  out[names.length] = 0x20;
  out.set(dbf.subarray(Math.min(headerLen, dbf.length)), names.length + 1);
  return out;
}

function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined, hint: EncodingHint, layer: string, warnings: Text[]): string {
  if (hint !== 'auto') return hint;
  const cpgText = cpg ? decode(cpg).trim() : '';
  const declared = (cpgText && cpgEncoding(cpgText)) || dbfLanguageEncoding(dbf);
  if (declared) return declared;
  const text = dbfText(dbf);
  const { encoding } = sniffEncoding(text);
  if (text.some((b) => b >= 0x80))
    warnings.push(
      cpgText
        ? t(`${layer}：无法识别 .cpg 中的编码“${cpgText}”，按内容判断为 ${encoding.toUpperCase()}；如中文乱码，请手动选择编码`, `${layer}: the encoding "${cpgText}" in the .cpg is not known; the text looks like ${encoding.toUpperCase()}; if names look garbled, choose the encoding`)
        : t(`${layer}：文件未说明编码（没有 .cpg），按内容判断为 ${encoding.toUpperCase()}；如中文乱码，请手动选择编码`, `${layer}: the file does not say its encoding (no .cpg); the text looks like ${encoding.toUpperCase()}; if names look garbled, choose the encoding`),
    );
  return encoding;
}

/** A dBase value as a property: empty and unparsable numbers left out (未注明, never 0), dates as YYYY-MM-DD. */
function cleanValue(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  return v;
}

const layerName = (path: string, all: ShapefileSource[]) => {
  const base = path.split('/').pop()!;
  return all.filter((s) => s.path.split('/').pop()!.toLowerCase() === base.toLowerCase()).length > 1 ? path : base;
};

const damaged = (layer: string, part: string, detail: string) =>
  new ImportError(t(`${layer}.${part} 已损坏，无法读取（${detail}）`, `${layer}.${part} is damaged and cannot be read (${detail})`), t('在 GIS 软件中重新导出该图层', 'export the layer again from the GIS'));

interface Layer {
  features: Feature[];
  fields: string[];
  encoding?: string;
  crs: ImportCrs;
}

function readLayer(src: ShapefileSource, name: string, hint: EncodingHint, warnings: Text[], skipped: SkippedRow[], onProgress?: OnProgress): Layer {
  if (!src.shp)
    throw new ImportError(t(`缺少 ${name}.shp：只有属性表，没有图形`, `${name}.shp is missing: there is an attribute table but no geometry`), t('把同名的 .shp、.dbf、.prj、.cpg 一起拖入（或一起打包）', 'drop the .shp, .dbf, .prj and .cpg of the same name together (or zip them together)'));
  let geometries: (Geometry | null)[];
  try {
    geometries = parseShp(src.shp);
  } catch (e) {
    throw damaged(name, 'shp', (e as Error).message);
  }
  let records: Record<string, unknown>[] = [];
  let fields: string[] = [];
  let encoding: string | undefined;
  if (src.dbf) {
    encoding = dbfEncoding(src.dbf, src.cpg, hint, name, warnings);
    try {
      records = parseDbf(src.dbf, encoding);
    } catch (e) {
      throw damaged(name, 'dbf', (e as Error).message);
    }
    fields = Object.keys(records[0] ?? {});
    if (records.length !== geometries.length)
      warnings.push(t(`${name}：.shp 有 ${geometries.length} 个图形，.dbf 有 ${records.length} 条记录，按顺序对应`, `${name}: the .shp has ${geometries.length} shapes and the .dbf ${records.length} records; matched in order`));
  } else warnings.push(t(`${name}：没有 .dbf，要素没有属性`, `${name}: no .dbf, so the features have no attributes`));
  onProgress?.(1, 3);

  const dbf = src.dbf;
  const headerLen = dbf ? dbf[8]! | (dbf[9]! << 8) : 0;
  const recLen = dbf ? dbf[10]! | (dbf[11]! << 8) : 0;
  let undecodable = 0;
  const features: Feature[] = [];
  geometries.forEach((geometry, i) => {
    if (dbf && dbf[headerLen + i * recLen] === 0x2a) {
      skipped.push({ row: i + 1, reason: t(`${name} 第 ${i + 1} 条记录已标记删除`, `${name} record ${i + 1} is marked as deleted`) });
      return;
    }
    if (!geometry) {
      skipped.push({ row: i + 1, reason: t(`${name} 第 ${i + 1} 个要素没有图形（空图形）`, `${name} feature ${i + 1} has no geometry (null shape)`) });
      return;
    }
    const properties: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(records[i] ?? {})) {
      const value = cleanValue(v);
      if (value === undefined) continue;
      if (typeof value === 'string' && value.includes('\uFFFD')) undecodable++;
      properties[k] = value;
    }
    features.push({ type: 'Feature', properties, geometry });
  });
  if (undecodable)
    warnings.push(t(`${name}：${undecodable} 个属性值含无法解码的字符，编码可能不对；请手动选择编码`, `${name}: ${undecodable} values contain characters that could not be decoded; the encoding may be wrong: choose it by hand`));
  onProgress?.(2, 3);

  let crs: ImportCrs = { kind: 'none' };
  if (src.prj) {
    const projection = projectionFromPrj(decode(src.prj));
    reprojectFeatures(features, projection, (done, total) => onProgress?.(2 + done / total, 3));
    warnings.push(...projection.warnings);
    crs = { kind: 'prj', name: projection.name };
  }
  assertLngLat(features, t(`把 ${name}.prj 与 .shp 一起拖入（或一起打包）；没有 .prj 时请在 GIS 软件中导出为 WGS-84`, `drop ${name}.prj with the .shp (or zip them together); without one, export the layer to WGS-84 in a GIS`));
  for (const f of features) f.geometry = normalizeGeometry(f.geometry);
  onProgress?.(3, 3);
  return { features, fields, encoding, crs };
}

/** Reads shapefile layers (from a zip or loose files) into one import, a layer entry per .shp. */
export function readShapefiles(sources: ShapefileSource[], hint: EncodingHint = 'auto', onProgress?: OnProgress): ParsedImport {
  const warnings: Text[] = [];
  const skipped: SkippedRow[] = [];
  const features: Feature[] = [];
  const fields: string[] = [];
  const layers: ImportLayer[] = [];
  const withShp = sources.filter((s) => s.shp);
  (withShp.length ? withShp : sources).forEach((src, i) => {
    const name = layerName(src.path, sources);
    const layer = readLayer(src, name, hint, warnings, skipped, (done, total) => onProgress?.(i * total + done, sources.length * total));
    layers.push({ name, start: features.length, count: layer.features.length, crs: layer.crs, encoding: layer.encoding });
    for (const f of layer.features) features.push(f);
    for (const k of layer.fields) if (!fields.includes(k)) fields.push(k);
  });
  const prj = layers.filter((l) => l.crs.kind === 'prj');
  const crs: ImportCrs = prj.length === layers.length ? { kind: 'prj', name: [...new Set(prj.map((l) => (l.crs as { name: string }).name))].join(' / ') } : { kind: 'none' };
  if (prj.length && prj.length < layers.length)
    warnings.push(
      t(
        `部分图层有 .prj（已转换为 WGS-84），部分没有（${layers.filter((l) => l.crs.kind === 'none').map((l) => l.name).join('、')}）：请分别导入`,
        `some layers have a .prj (converted to WGS-84) and some do not (${layers.filter((l) => l.crs.kind === 'none').map((l) => l.name).join(', ')}): import them separately`,
      ),
    );
  const encodings = [...new Set(layers.map((l) => l.encoding).filter((e): e is string => !!e))];
  return { format: 'shapefile', features, fields, encoding: encodings.length ? encodings.join(', ') : undefined, crs, layers, warnings, skipped };
}
