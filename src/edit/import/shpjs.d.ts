/** The parts of shpjs 6 the importer uses (the package ships no types). See node_modules/shpjs/lib/index.js. */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  type Bytes = ArrayBuffer | ArrayBufferView;
  /** Geometries of a .shp in record order (null for a null shape); reprojected when `prj` (WKT) is given. */
  export function parseShp(shp: Bytes, prj?: string): (Geometry | null)[];
  /** Records of a .dbf, each field decoded with `encoding` (a TextDecoder label, or a .cpg's text). */
  export function parseDbf(dbf: Bytes, encoding?: string): Record<string, unknown>[];
  /** shpjs's own zip reader (used only to show, in a test, why the importer does not rely on it). */
  export function parseZip(zip: Bytes): Promise<unknown>;
  const getShapefile: (base: string | Bytes) => Promise<unknown>;
  export default getShapefile;
}
