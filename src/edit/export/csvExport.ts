/**
 * A layer as a spreadsheet table (see stats/csv.ts for BOM, line ends and formula escaping).
 * Columns are the given ones, or every property key in first-seen order, then `lng`, `lat` when
 * the layer has points and `wkt` when it has any other geometry (a point row leaves `wkt` empty,
 * a polygon row leaves `lng`/`lat` empty). Those three always come from the geometry: a property
 * with one of these names is not exported, so the table cannot disagree with the map.
 *
 * Limit: Excel holds at most 32,767 characters in a cell; the WKT of a detailed polygon (a
 * county is 14k–140k) is cut or spills over there, while GDAL, QGIS and LibreOffice read it whole.
 */
import type { Feature, Geometry } from 'geojson';
import { csvText, type CsvCell } from '../../stats/csv';
import { geometryToWkt } from './wkt';

const GEOMETRY_COLUMNS = new Set(['lng', 'lat', 'wkt']);

function propertyColumns(features: readonly Feature<Geometry | null>[]): string[] {
  const seen = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) seen.add(k);
  return [...seen];
}

function cell(v: unknown): CsvCell {
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v); // a nested value (not in this project's flat files) stays readable
}

export function exportCsv(features: readonly Feature<Geometry | null>[], columns?: readonly string[]): string {
  const props = (columns ?? propertyColumns(features)).filter((c) => !GEOMETRY_COLUMNS.has(c));
  const hasPoints = features.some((f) => f.geometry?.type === 'Point');
  const hasOthers = features.some((f) => f.geometry && f.geometry.type !== 'Point');
  const fields = [...props, ...(hasPoints ? ['lng', 'lat'] : []), ...(hasOthers ? ['wkt'] : [])];
  const rows = features.map((f) => {
    const p = f.properties ?? {};
    const g = f.geometry;
    const point = g?.type === 'Point' ? g.coordinates : undefined;
    const row: CsvCell[] = props.map((c) => cell(p[c]));
    if (hasPoints) row.push(point?.[0], point?.[1]);
    if (hasOthers) row.push(g && g.type !== 'Point' ? geometryToWkt(g) : '');
    return row;
  });
  return csvText(fields, rows);
}
