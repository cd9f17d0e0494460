/**
 * A layer as a zipped shapefile for QGIS, ArcGIS and GDAL. A shapefile holds one geometry type,
 * so the zip has one set of files per type present, named after the layer:
 * `<layer>_points` (Point), `<layer>_multipoints` (MultiPoint), `<layer>_lines` (LineString and
 * MultiLineString as PolyLine), `<layer>_polygons` (Polygon and MultiPolygon), each with
 * .shp .shx .dbf .prj (WGS-84, the ESRI text QGIS and ArcGIS write) and .cpg (`UTF-8`), plus
 * `fields.csv` saying which dBase field holds which property, and `truncated.csv` when text had
 * to be cut. Coordinates are 2D (a third value is dropped). Field rules are in dbfWriter.ts.
 *
 * Features with no geometry or a GeometryCollection have no place in a shapefile: they are left
 * out and listed in `skipped`.
 */
import type { Feature, Geometry } from 'geojson';
import { zipSync } from 'fflate';
import { csvText } from '../../stats/csv';
import { dbfFieldNames, planFields, writeDbf, type DbfField } from './dbfWriter';
import { SHAPE_TYPE, writeShp, type ShapeType } from './shpWriter';

export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

export interface ShapefileExport {
  readonly zip: Uint8Array;
  /** The shapefiles in the zip (names without extension): points, multipoints, lines, polygons. */
  readonly shapefiles: readonly string[];
  /** Property -> dBase field name, for every property whose name had to change. */
  readonly renamed: Readonly<Record<string, string>>;
  /** Text values cut to 254 bytes (at a character boundary): feature id (or `#n`) and property. */
  readonly truncated: readonly { feature: string; field: string }[];
  readonly skipped: readonly Skipped[];
}

export interface Skipped {
  readonly feature: string;
  readonly reason: 'no geometry' | 'GeometryCollection';
}

const GROUPS: readonly { suffix: string; type: ShapeType; of: readonly Geometry['type'][] }[] = [
  { suffix: 'points', type: SHAPE_TYPE.point, of: ['Point'] },
  { suffix: 'multipoints', type: SHAPE_TYPE.multipoint, of: ['MultiPoint'] },
  { suffix: 'lines', type: SHAPE_TYPE.line, of: ['LineString', 'MultiLineString'] },
  { suffix: 'polygons', type: SHAPE_TYPE.polygon, of: ['Polygon', 'MultiPolygon'] },
];

const featureLabel = (f: Feature<Geometry | null>, i: number) => String(f.id ?? f.properties?.id ?? `#${i + 1}`);

/** A file name that every system and zip tool accepts (Chinese is kept; zip marks names UTF-8). */
const fileBase = (layerName: string) => layerName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'layer';

const keysOf = (features: readonly Feature<Geometry | null>[]) => new Set(features.flatMap((f) => Object.keys(f.properties ?? {})));

// Async although the work is synchronous today, so that moving it into a worker changes no caller.
export async function exportShapefileZip(features: readonly Feature<Geometry | null>[], layerName: string, options: { date?: Date } = {}): Promise<ShapefileExport> {
  const date = options.date ?? new Date();
  const labelled = features.map((f, i) => ({ f, label: featureLabel(f, i) }));
  // One name per property for the whole layer, so a property has the same field name in every file.
  const names = dbfFieldNames([...keysOf(features)]);
  const files: Record<string, Uint8Array> = {};
  const enc = new TextEncoder();
  const fieldRows: (string | number)[][] = [];
  const truncated: { feature: string; field: string }[] = [];
  const shapefiles: string[] = [];
  for (const g of GROUPS) {
    const members = labelled.filter(({ f }) => f.geometry && g.of.includes(f.geometry.type));
    if (!members.length) continue;
    const name = `${fileBase(layerName)}_${g.suffix}`;
    const used = keysOf(members.map((m) => m.f));
    const rows = members.map((m) => m.f.properties ?? {});
    const fields: DbfField[] = planFields(rows, new Map([...names].filter(([p]) => used.has(p))));
    const dbf = writeDbf(rows, fields, date);
    const { shp, shx } = writeShp(g.type, members.map((m) => m.f.geometry!));
    Object.assign(files, { [`${name}.shp`]: shp, [`${name}.shx`]: shx, [`${name}.dbf`]: dbf.bytes });
    Object.assign(files, { [`${name}.prj`]: enc.encode(WGS84_PRJ), [`${name}.cpg`]: enc.encode('UTF-8') });
    for (const f of fields) fieldRows.push([name, f.name, f.property, f.type, f.width, f.decimals]);
    for (const c of dbf.cuts) truncated.push({ feature: members[c.row]!.label, field: c.property });
    shapefiles.push(name);
  }
  files['fields.csv'] = enc.encode(csvText(['file', 'dbf_field', 'property', 'type', 'width', 'decimals'], fieldRows));
  if (truncated.length) files['truncated.csv'] = enc.encode(csvText(['feature', 'property'], truncated.map((t) => [t.feature, t.field])));
  const skipped: Skipped[] = [];
  for (const { f, label } of labelled) {
    if (!f.geometry) skipped.push({ feature: label, reason: 'no geometry' });
    else if (f.geometry.type === 'GeometryCollection') skipped.push({ feature: label, reason: 'GeometryCollection' });
  }
  const renamed = Object.fromEntries([...names].filter(([p, n]) => p !== n));
  return { zip: zipSync(files, { mtime: date }), shapefiles, renamed, truncated, skipped };
}
