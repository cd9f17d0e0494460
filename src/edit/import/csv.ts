/**
 * Spreadsheet tables saved as CSV (or tab-separated .txt) with a point per row. Cells stay the
 * strings they are (the field-mapping step decides types) and empty cells are left out, never 0.
 * A row whose coordinates are missing, not numbers or out of range is skipped with its row number
 * as the spreadsheet shows it (the header is row 1), never placed at a guessed position.
 */
// Not 'papaparse': that resolves to papaparse.min.js in browser builds, and Vite 8 re-minifying it
// inside a worker bundle breaks Papa.parse with a step callback ("reading 'skipEmptyLines'").
import Papa from 'papaparse/papaparse.js';
import type { Feature, Point } from 'geojson';
import { t, type Text } from '../../data/validate/text';
import { ImportError, type OnProgress, type SkippedRow } from './types';

export interface CsvColumns {
  lng: string;
  lat: string;
}

export interface CsvResult {
  columns: string[];
  features: Feature<Point>[];
  /** Columns other than the coordinates, in file order. */
  fields: string[];
  /** Data rows (blank rows not counted). */
  rows: number;
  skipped: SkippedRow[];
  warnings: Text[];
}

/** "经度（WGS84）", " Lng_GCJ02 " → "经度", "lng": brackets, datum tags, case and spaces dropped. */
const normalizeName = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[(\[（【].*?[)\]）】]/g, '')
    .replace(/[_\s-]*(wgs-?84|wgs|gcj-?02|gcj|bd-?09|cgcs2000)[_\s-]*/g, '')
    .replace(/[\s_-]/g, '');

const LNG = ['lng', 'lon', 'long', 'longitude', '经度', '东经', 'pointx', 'x坐标', 'x'];
const LAT = ['lat', 'latitude', '纬度', '北纬', 'pointy', 'y坐标', 'y'];
/** One cell holding "120.65,28.01" (Amap's "location"), longitude first. */
const LNGLAT = ['经纬度', '经纬度坐标', '坐标', 'lnglat', 'lonlat', 'location', 'coordinates'];

function findColumn(columns: string[], names: string[]): string | undefined {
  const normalized = columns.map(normalizeName);
  for (const name of names) {
    const i = normalized.indexOf(name);
    if (i >= 0) return columns[i];
  }
  return undefined;
}

/**
 * The coordinate columns a header names: lng/lon/longitude/x/经度/东经 and lat/latitude/y/纬度/北纬
 * (case, spaces, brackets and datum tags ignored); else a single 经纬度/location column, returned
 * as both. Whatever is not found is left undefined for the user to choose.
 */
export function guessLngLat(columns: string[]): { lng?: string; lat?: string } {
  const lng = findColumn(columns, LNG);
  const lat = findColumn(columns, LAT);
  if (lng && lat) return { lng, lat };
  const both = findColumn(columns, LNGLAT);
  return both ? { lng: both, lat: both } : { lng, lat };
}

/** Header cells as property names: trimmed, an empty one named after its column, repeats numbered. */
function headerNames(cells: string[], warnings: Text[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    let name = cell.trim() || `column_${i + 1}`;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    if (n > 0) {
      const renamed = `${name}_${n + 1}`;
      warnings.push(t(`表头“${name}”重复，第 ${i + 1} 列改名为“${renamed}”`, `the header "${name}" appears twice; column ${i + 1} is named "${renamed}"`));
      name = renamed;
    }
    return name;
  });
}

/** The header row alone (for choosing coordinate columns before the whole file is read). */
export function csvColumns(text: string): string[] {
  const first = Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? [];
  return headerNames(first, []);
}

/** Data rows (blank rows not counted), for a table whose coordinate columns are not chosen yet. */
export function csvRowCount(text: string): number {
  let rows = -1;
  Papa.parse<string[]>(text, { step: (r) => void (r.data.some((c) => c.trim() !== '') && rows++) });
  return Math.max(0, rows);
}

const toNumber = (cell: string): number | undefined => {
  const s = cell.normalize('NFKC').trim().replace(/°$/, '');
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : undefined;
};

type Coordinate = { ok: [number, number] } | { reason: Text; swapped?: boolean; metres?: boolean };

function coordinate(lngCell: string | undefined, latCell: string | undefined, lngName: string, latName: string): Coordinate {
  if (!lngCell?.trim() || !latCell?.trim())
    return { reason: t(`${!lngCell?.trim() ? lngName : latName}为空`, `${!lngCell?.trim() ? lngName : latName} is empty`) };
  const lng = toNumber(lngCell);
  const lat = toNumber(latCell);
  if (lng === undefined) return { reason: t(`${lngName}“${lngCell}”不是数字`, `${lngName} "${lngCell}" is not a number`) };
  if (lat === undefined) return { reason: t(`${latName}“${latCell}”不是数字`, `${latName} "${latCell}" is not a number`) };
  if (lng === 0 && lat === 0) return { reason: t('坐标为 0, 0（多半是未填写）', 'the coordinates are 0, 0 (probably not filled in)') };
  const metres = Math.abs(lng) > 1000 || Math.abs(lat) > 1000;
  if (Math.abs(lat) > 90) return { reason: t(`纬度 ${lat} 超出 -90…90`, `latitude ${lat} is outside -90…90`), swapped: Math.abs(lng) <= 90, metres };
  if (Math.abs(lng) > 180) return { reason: t(`经度 ${lng} 超出 -180…180`, `longitude ${lng} is outside -180…180`), metres };
  return { ok: [lng, lat] };
}

/**
 * Point features from a CSV's rows. `columns.lng === columns.lat` names one "lng,lat" column.
 * Throws an ImportError when a named column is not in the header.
 */
export function csvToFeatures(text: string, columns: CsvColumns, onProgress?: OnProgress): CsvResult {
  const warnings: Text[] = [];
  const skipped: SkippedRow[] = [];
  const features: Feature<Point>[] = [];
  const combined = columns.lng === columns.lat;
  let header: string[] | undefined;
  let lngAt = -1;
  let latAt = -1;
  let row = 0;
  let rows = 0;
  let swapped = 0;
  let metres = 0;
  const longRows: number[] = [];
  const badQuotes: number[] = [];
  let failure: ImportError | undefined;
  Papa.parse<string[]>(text, {
    step: (result, parser) => {
      if (failure) return;
      row++;
      const cells = result.data;
      if (!header) {
        header = headerNames(cells, warnings);
        lngAt = header.indexOf(columns.lng);
        latAt = header.indexOf(columns.lat);
        const missing = [columns.lng, columns.lat].filter((c) => !header!.includes(c));
        if (missing.length) {
          failure = new ImportError(t(`表头中没有列“${missing.join('”“')}”`, `the header has no column "${missing.join('", "')}"`), t(`从这些列中选择经纬度：${header.join('、')}`, `choose the coordinate columns from: ${header.join(', ')}`));
          parser.abort();
        }
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      rows++;
      if (result.errors.some((e) => e.type === 'Quotes')) badQuotes.push(row);
      if (cells.length > header.length) longRows.push(row);
      let c: Coordinate;
      if (combined) {
        const parts = (cells[lngAt] ?? '').normalize('NFKC').trim().split(/[\s,;]+/).filter(Boolean);
        c = parts.length === 2 ? coordinate(parts[0], parts[1], '经度/longitude', '纬度/latitude') : { reason: t(`${columns.lng}“${cells[lngAt] ?? ''}”不是“经度,纬度”`, `${columns.lng} "${cells[lngAt] ?? ''}" is not "longitude,latitude"`) };
      } else c = coordinate(cells[lngAt], cells[latAt], columns.lng, columns.lat);
      if (!('ok' in c)) {
        skipped.push({ row, reason: t(`第 ${row} 行：${c.reason.zh}`, `row ${row}: ${c.reason.en}`) });
        if (c.swapped) swapped++;
        if (c.metres) metres++;
      } else {
        const properties: Record<string, string> = {};
        header.forEach((name, j) => {
          const v = cells[j];
          if (j !== lngAt && j !== latAt && v !== undefined && v.trim() !== '') properties[name] = v;
        });
        features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: c.ok } });
      }
      if (row % 200 === 0) onProgress?.(result.meta.cursor, text.length);
    },
  });
  if (failure) throw failure;
  if (!header) header = [];
  const list = (rs: number[]) => rs.slice(0, 5).join(', ') + (rs.length > 5 ? ' …' : '');
  if (longRows.length) warnings.push(t(`${longRows.length} 行的单元格多于表头，多出的已忽略（第 ${list(longRows)} 行）`, `${longRows.length} rows have more cells than the header; the extra cells are ignored (rows ${list(longRows)})`));
  if (badQuotes.length) warnings.push(t(`第 ${list(badQuotes)} 行的引号不成对，该行之后的内容可能错位`, `rows ${list(badQuotes)} have unmatched quotes; what follows may be misaligned`));
  if (swapped * 2 > rows) warnings.push(t('多数行的纬度超过 90：经度、纬度两列是否选反了？', 'most rows have a latitude beyond 90: are the longitude and latitude columns swapped?'));
  if (metres * 2 > rows) warnings.push(t('多数行的坐标是很大的数：这像是投影坐标（米），不是经纬度；请在 GIS 软件中转换为经纬度', 'most rows have very large coordinates: these look like projected coordinates (metres), not longitude/latitude; convert them in a GIS'));
  onProgress?.(text.length, text.length);
  const fields = header.filter((_, j) => j !== lngAt && j !== latAt);
  return { columns: header, features, fields, rows, skipped, warnings };
}
