/**
 * From a file's own CRS to WGS-84 with proj4: a shapefile's .prj (ESRI WKT1 as ArcGIS and
 * ogr2ogr write it) or a GeoJSON `crs` member naming an EPSG code. proj4 2.22 reads ESRI's
 * PROJECTION["Gauss_Kruger"] as transverse Mercator (checked against GDAL for EPSG:4549 in the
 * tests). A datum proj4 cannot shift (Xian 1980, Beijing 1954 without TOWGS84) is converted on the
 * ellipsoid alone, as GDAL does, and said in a warning.
 */
import proj4 from 'proj4';
import type { Feature, Position } from 'geojson';
import { t, type Text } from '../../data/validate/text';
import { mapPositions, round6 } from './geometry';
import { ImportError, type OnProgress } from './types';

export interface Projection {
  /** The CRS's own name ("CGCS2000_3_Degree_GK_CM_120E", "EPSG:4549"). */
  name: string;
  /** Source position → WGS-84 [lng, lat] (a third value kept), rounded to 6 decimals (~0.1 m). */
  toWgs84: (p: Position) => Position;
  /** True when the source is already geographic WGS-84 / CGCS2000 (nothing moves). */
  identity: boolean;
  warnings: Text[];
}

const WGS84 = 'EPSG:4326';

const fromProj4 = (name: string, def: string, identity: boolean, warnings: Text[] = []): Projection => {
  const converter = proj4(def, WGS84);
  return {
    name,
    identity,
    warnings,
    toWgs84: (p) => {
      const [x, y] = converter.forward([p[0]!, p[1]!]);
      return p.length > 2 ? [round6(x!), round6(y!), ...p.slice(2)] : [round6(x!), round6(y!)];
    },
  };
};

const OLD_DATUM = /Xian[_ ]?1980|Beijing[_ ]?1954|Krass?ovsky|Krassowsky|IAG[_ ]?75/i;

const datumWarning = (name: string): Text =>
  t(
    `${name} 是西安80或北京54坐标，文件未给出到 WGS-84 的转换参数：已按椭球直接换算，位置可能偏差数十米；如有本地转换参数，请先在 GIS 软件中转换为 CGCS2000`,
    `${name} is a Xian 1980 or Beijing 1954 CRS and the file gives no parameters to WGS-84: converted on the ellipsoid alone, so positions may be tens of metres off; if you have local parameters, convert to CGCS2000 in a GIS first`,
  );

/** The projection a .prj describes. Throws an ImportError when proj4 cannot read it. */
export function projectionFromPrj(wkt: string): Projection {
  const text = wkt.replace(/^\uFEFF/, '').trim();
  const name = /^\s*[A-Z]+\s*\[\s*"([^"]*)"/.exec(text)?.[1] ?? text.slice(0, 40);
  let identity = false;
  try {
    const p = proj4(text) as unknown as { oProj?: { projName?: string; a?: number; rf?: number; datumCode?: string } };
    // A geographic CRS on the WGS-84 / CGCS2000 ellipsoid: the two differ by centimetres.
    identity = p.oProj?.projName === 'longlat' && p.oProj.a === 6378137 && Math.abs((p.oProj.rf ?? 0) - 298.2572) < 1e-3;
  } catch {
    throw new ImportError(
      t(`无法识别 .prj 中的坐标系（${name}）`, `the coordinate system in the .prj cannot be read (${name})`),
      t('在 GIS 软件中把图层导出为 WGS-84（EPSG:4326）或 CGCS2000（EPSG:4490）后再导入', 'export the layer to WGS-84 (EPSG:4326) or CGCS2000 (EPSG:4490) in a GIS and import that'),
    );
  }
  const warnings = OLD_DATUM.test(text) && !/TOWGS84/i.test(text) ? [datumWarning(name)] : [];
  return fromProj4(name, text, identity, warnings);
}

/**
 * The CRS an EPSG code names, for the codes Chinese offices use: WGS-84, CGCS2000 geographic and
 * its Gauss-Kruger zones (3° and 6°, with and without the zone number in the false easting), Web
 * Mercator and WGS-84 UTM north. Other codes → undefined.
 */
export function projectionFromEpsg(code: number): Projection | undefined {
  const name = `EPSG:${code}`;
  const gk = (lon0: number, x0: number) => `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
  if (code === 4326 || code === 4490) return fromProj4(name, WGS84, true);
  if (code === 3857 || code === 900913 || code === 102100) return fromProj4(name, 'EPSG:3857', false);
  if (code >= 4491 && code <= 4501) return fromProj4(name, gk((code - 4478) * 6 - 3, (code - 4478) * 1e6 + 500000), false);
  if (code >= 4502 && code <= 4512) return fromProj4(name, gk(75 + 6 * (code - 4502), 500000), false);
  if (code >= 4513 && code <= 4533) return fromProj4(name, gk((code - 4488) * 3, (code - 4488) * 1e6 + 500000), false);
  if (code >= 4534 && code <= 4554) return fromProj4(name, gk(75 + 3 * (code - 4534), 500000), false);
  if (code >= 32601 && code <= 32660) return fromProj4(name, `+proj=utm +zone=${code - 32600} +datum=WGS84 +units=m +no_defs`, false);
  return undefined;
}

/** Reprojects every feature in place, reporting features done. */
export function reprojectFeatures(features: Feature[], projection: Projection, onProgress?: OnProgress): void {
  const step = Math.max(1, Math.floor(features.length / 50));
  features.forEach((f, i) => {
    if (f.geometry) mapPositions(f.geometry, projection.toWgs84);
    if (onProgress && (i + 1) % step === 0) onProgress(i + 1, features.length);
  });
}
