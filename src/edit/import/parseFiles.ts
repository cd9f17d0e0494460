/**
 * One entry point for dropped files: picks the reader by extension, then by content (a .json
 * that is really KML, a file with no extension), unpacks zips (shapefiles, KMZ, a zipped GeoJSON
 * or CSV) and reports progress on one scale. Pure and DOM-free: it runs in the import worker.
 */
import { t, type Text } from '../../data/validate/text';
import { csvColumns, csvRowCount, csvToFeatures, guessLngLat } from './csv';
import { decodeText } from './decodeText';
import { farFromWenzhou } from './geometry';
import { readGeojson } from './geojson';
import { readXml } from './kml';
import { groupShapefiles, isShapefilePart, readShapefiles } from './shapefile';
import { ImportError, type ImportFile, type ImportOptions, type OnProgress, type ParsedImport } from './types';
import { isZip, unzip } from './unzip';

/** The scale progress is reported on: done goes from 0 to PROGRESS_TOTAL. */
export const PROGRESS_TOTAL = 1000;

export const SUPPORTED: Text = t(
  '支持的格式：GeoJSON（.geojson、.json）、Shapefile（.zip，或一起拖入 .shp、.dbf、.prj、.cpg）、KML / KMZ、GPX、CSV / TXT（含经纬度列）',
  'supported formats: GeoJSON (.geojson, .json), shapefile (.zip, or .shp + .dbf + .prj + .cpg dropped together), KML / KMZ, GPX, CSV / TXT (with longitude/latitude columns)',
);

/** Formats people try that need a step in another program first. */
const OTHER: [RegExp, Text][] = [
  [/\.(xlsx|xls|et|ods)$/i, t('Excel 表格请先“另存为 CSV UTF-8（逗号分隔）”', 'save an Excel sheet as "CSV UTF-8 (comma delimited)" first')],
  [/\.(dwg|dxf)$/i, t('CAD 图纸请先在 GIS 软件中转换为 Shapefile 或 GeoJSON（并确认坐标系）', 'convert a CAD drawing to a shapefile or GeoJSON in a GIS first (and check its coordinate system)')],
  [/\.(gdb|mdb|gpkg|sqlite)$/i, t('数据库请先在 GIS 软件中把图层导出为 Shapefile 或 GeoJSON', 'export the layer from the database to a shapefile or GeoJSON in a GIS first')],
  [/\.(tab|mif|mid)$/i, t('MapInfo 文件请先导出为 Shapefile 或 GeoJSON', 'export MapInfo files to a shapefile or GeoJSON first')],
];

type Kind = 'geojson' | 'xml' | 'csv';
interface Bytes {
  name: string;
  bytes: Uint8Array;
}

const ext = (name: string) => /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

function unsupported(name: string): ImportError {
  const hint = OTHER.find(([re]) => re.test(name))?.[1];
  return new ImportError(t(`无法识别文件“${name}”的格式`, `the format of "${name}" is not recognised`), hint ? t(`${hint.zh}。${SUPPORTED.zh}`, `${hint.en}. ${SUPPORTED.en}`) : SUPPORTED);
}

/** By extension, else by the first characters. */
function kindOf(f: Bytes): Kind | undefined {
  const e = ext(f.name);
  if (e === 'geojson') return 'geojson';
  if (e === 'kml' || e === 'gpx') return 'xml';
  if (e === 'csv' || e === 'tsv') return 'csv';
  const head = decodeText(f.bytes.subarray(0, 512), 'utf-8').text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'geojson';
  if (head.startsWith('<')) return 'xml';
  if (e === 'json') return 'geojson';
  if (e === 'txt' && !/[\0]/.test(head)) return 'csv';
  return undefined;
}

/** Maps each reader's own (done, total) onto [from, to] of PROGRESS_TOTAL, never going back. */
function scale(onProgress: OnProgress | undefined) {
  let last = -1;
  const report = (x: number) => {
    const v = Math.round(Math.min(PROGRESS_TOTAL, x));
    if (v > last) onProgress?.((last = v), PROGRESS_TOTAL);
  };
  return (from: number, to: number): OnProgress => (done, total) => report(from + ((to - from) * done) / Math.max(1, total));
}

function readCsv(f: Bytes, options: ImportOptions, phase: ReturnType<typeof scale>): ParsedImport {
  if (f.bytes.subarray(0, 4096).includes(0))
    throw new ImportError(t(`“${f.name}”不是文本文件（可能是改了扩展名的 Excel 工作簿）`, `"${f.name}" is not a text file (perhaps an Excel workbook renamed)`), t('在 Excel 中“另存为 CSV UTF-8（逗号分隔）”', 'in Excel, "Save as CSV UTF-8 (comma delimited)"'));
  const { text, encoding, invalid } = decodeText(f.bytes, options.encoding);
  phase(0, 100)(1, 1);
  const warnings: Text[] = [];
  if (invalid) warnings.push(t(`${invalid} 个字符无法按 ${encoding.toUpperCase()} 解码：请手动选择编码`, `${invalid} characters could not be decoded as ${encoding.toUpperCase()}: choose the encoding by hand`));
  const columns = csvColumns(text);
  const chosen = options.csv ?? guessLngLat(columns);
  if (!chosen.lng || !chosen.lat) {
    warnings.push(t('找不到经度、纬度列：请选择哪两列是经纬度', 'no longitude/latitude columns found: choose which columns hold them'));
    const rows = csvRowCount(text);
    return { format: 'csv', features: [], fields: columns, encoding, crs: { kind: 'none' }, csv: { columns, lng: chosen.lng, lat: chosen.lat, rows }, warnings, skipped: [] };
  }
  const result = csvToFeatures(text, { lng: chosen.lng, lat: chosen.lat }, phase(100, 1000));
  return {
    format: 'csv',
    features: result.features,
    fields: result.fields,
    encoding,
    crs: { kind: 'none' },
    csv: { columns: result.columns, lng: chosen.lng, lat: chosen.lat, rows: result.rows },
    warnings: [...warnings, ...result.warnings],
    skipped: result.skipped,
  };
}

function readOne(f: Bytes, options: ImportOptions, phase: ReturnType<typeof scale>): ParsedImport {
  const kind = kindOf(f);
  const hint = options.encoding ?? 'auto';
  if (kind === 'geojson') return readGeojson(f.bytes, hint, phase(100, 1000));
  if (kind === 'xml') return readXml(f.bytes, hint, phase(100, 1000));
  if (kind === 'csv') return readCsv(f, options, phase);
  throw unsupported(f.name);
}

/** The files inside a zip, read as if dropped: shapefile layers, else the one KML/GeoJSON/CSV. */
function readZipEntries(zipName: string, entries: Bytes[], options: ImportOptions, phase: ReturnType<typeof scale>): ParsedImport {
  if (entries.some((e) => e.name.startsWith('xl/') || e.name.startsWith('word/')))
    throw new ImportError(t(`“${zipName}”是 Office 文档（如 Excel 工作簿），不是地图数据`, `"${zipName}" is an Office document (an Excel workbook?), not map data`), OTHER[0]![1]);
  const readable = entries.filter((e) => ['kml', 'geojson', 'json', 'gpx', 'csv'].includes(ext(e.name)));
  if (entries.some((e) => ext(e.name) === 'shp')) {
    const result = readShapefiles(groupShapefiles(entries.filter((e) => isShapefilePart(e.name))), options.encoding, phase(100, 1000));
    if (readable.length)
      result.warnings.push(t(`压缩包中的 ${readable.map((e) => e.name).join('、')} 未导入（只导入了 Shapefile 图层）`, `${readable.map((e) => e.name).join(', ')} in the zip were not imported (only the shapefile layers were)`));
    return result;
  }
  // A KMZ's main file is doc.kml, whatever else it holds; otherwise the one readable file.
  const single = readable.find((e) => e.name.toLowerCase() === 'doc.kml') ?? (readable.length === 1 ? readable[0] : undefined);
  if (single) return readOne(single, options, phase);
  if (entries.some((e) => ext(e.name) === 'dbf'))
    throw new ImportError(t(`“${zipName}”中只有 .dbf 属性表，没有 .shp 图形`, `"${zipName}" holds a .dbf attribute table but no .shp geometry`), t('把同名的 .shp、.dbf、.prj、.cpg 一起打包', 'zip the .shp, .dbf, .prj and .cpg of the same name together'));
  throw new ImportError(
    readable.length > 1
      ? t(`“${zipName}”中有多个文件（${readable.map((e) => e.name).join('、')}），请逐个导入`, `"${zipName}" holds several files (${readable.map((e) => e.name).join(', ')}): import them one at a time`)
      : t(`“${zipName}”中没有可导入的图层`, `"${zipName}" holds no layer that can be imported`),
    SUPPORTED,
  );
}

/**
 * Reads dropped files into features. One file at a time, or the parts of one or more shapefiles
 * together. Throws an ImportError (zh + en, with a fix) for anything it cannot read.
 */
export async function parseFiles(files: ImportFile[], options: ImportOptions = {}, onProgress?: OnProgress): Promise<ParsedImport> {
  const phase = scale(onProgress);
  phase(0, 0)(0, 1);
  if (!files.length) throw new ImportError(t('没有文件', 'no file'), SUPPORTED);
  const list: Bytes[] = files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
  let result: ParsedImport;
  const known = list.find((f) => OTHER.some(([re]) => re.test(f.name)));
  if (known) throw unsupported(known.name); // an .xlsx is a zip too: say "save as CSV", not "empty zip"
  if (list.every((f) => isShapefilePart(f.name)) && list.some((f) => ['shp', 'dbf'].includes(ext(f.name)))) result = readShapefiles(groupShapefiles(list), options.encoding, phase(0, 1000));
  else if (list.length > 1)
    throw new ImportError(
      t(`一次只能导入一个文件（或同一 Shapefile 的各部分），收到：${list.map((f) => f.name).join('、')}`, `import one file at a time (or the parts of one shapefile); got: ${list.map((f) => f.name).join(', ')}`),
      SUPPORTED,
    );
  else {
    const f = list[0]!;
    if (isZip(f.bytes) || ext(f.name) === 'zip' || ext(f.name) === 'kmz') {
      const entries = await unzip(f.bytes);
      phase(0, 100)(1, 1);
      result = readZipEntries(f.name, entries, options, phase);
    } else result = readOne(f, options, phase);
  }
  const far = farFromWenzhou(result.features);
  if (far) result.warnings.push(far);
  phase(0, 1000)(1, 1);
  return result;
}
