/**
 * What the importer hands back: features in WGS-84 (RFC 7946) or, when the file does not say, in
 * coordinates the user must name (see crs.ts), with every warning and every skipped row in Chinese
 * and English. Nothing here guesses silently: a guess is a warning, a choice is the caller's.
 */
import type { Feature } from 'geojson';
import type { Text } from '../../data/validate/text';

/** One dropped file; a loose shapefile arrives as several (.shp, .dbf, .prj, .cpg). */
export interface ImportFile {
  name: string;
  bytes: ArrayBuffer;
}

/**
 * The coordinates a file without a .prj may be in. CGCS2000 geographic (EPSG:4490, 天地图) counts
 * as `wgs84`: the two frames differ by centimetres, far below what a planning map can show.
 */
export type SourceCrs = 'wgs84' | 'gcj02' | 'bd09';

export type ImportFormat = 'geojson' | 'shapefile' | 'kml' | 'gpx' | 'csv';

export type EncodingHint = 'auto' | 'utf-8' | 'gbk';

/**
 * `prj`: the file named its CRS (a .prj, a GeoJSON `crs` member) and the coordinates were
 * reprojected to WGS-84. `none`: the file says nothing the importer can trust and the user must
 * choose (KML, GPX and GeoJSON are WGS-84 by their specs, yet often GCJ-02 in practice).
 */
export type ImportCrs = { kind: 'prj'; name: string } | { kind: 'none' };

/** A row (CSV: as a spreadsheet numbers it, header = row 1) or feature (1-based) left out. */
export interface SkippedRow {
  row: number;
  reason: Text;
}

/** One shapefile layer of a zip: its features are `features.slice(start, start + count)`. */
export interface ImportLayer {
  name: string;
  start: number;
  count: number;
  crs: ImportCrs;
  encoding?: string;
}

export interface ParsedImport {
  format: ImportFormat;
  features: Feature[];
  /** Attribute names in first-seen order. */
  fields: string[];
  /** What the text was decoded with ('utf-8', 'gbk', …). */
  encoding?: string;
  crs: ImportCrs;
  csv?: { columns: string[]; lng?: string; lat?: string; rows: number };
  /** Shapefiles only: one entry per layer (a zip may hold several). */
  layers?: ImportLayer[];
  warnings: Text[];
  skipped: SkippedRow[];
}

export interface ImportOptions {
  encoding?: EncodingHint;
  /** The CSV's coordinate columns; the same name twice means one "lng,lat" column. */
  csv?: { lng: string; lat: string };
}

/** Work done so far out of `total`; `total` stays the same for one import, so done/total only grows. */
export type OnProgress = (done: number, total: number) => void;

/** A file the importer cannot read, with what to do about it, in both languages. */
export class ImportError extends Error {
  readonly text: Text;
  readonly fix?: Text;
  constructor(text: Text, fix?: Text) {
    super(`${text.en}${fix ? ` — ${fix.en}` : ''}`);
    this.name = 'ImportError';
    this.text = text;
    this.fix = fix;
  }
}
