import { describe, expect, it } from 'vitest';
import { projectionFromEpsg, projectionFromPrj } from '../../../../src/edit/import/reproject';
import { metres } from './helpers';

// GDAL 3.6's own answers (gdaltransform -s_srs EPSG:4326 -t_srs EPSG:n) for 120.6°E 28.0°N.
const GDAL: Record<number, [number, number]> = {
  4549: [559017.72838012, 3098586.82500061],
  4528: [40559017.7283801, 3098586.82500061],
  4527: [39854233.9648085, 3103670.75582995],
  4499: [21263892.6307775, 3100764.17299873],
  4510: [263892.630777463, 3100764.17299873],
  3857: [13425130.5896688, 3248973.78965097],
  32651: [263987.073726009, 3099523.8674201],
};
const WENZHOU = [120.6, 28.0];

const ESRI_4549 =
  'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ESRI_4528 = ESRI_4549.replace('CM_120E', 'Zone_40').replace('"False_Easting",500000.0', '"False_Easting",40500000.0');
const ESRI_2385 =
  'PROJCS["Xian_1980_3_Degree_GK_CM_120E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

describe('.prj WKT as ArcGIS and ogr2ogr write it', () => {
  it('proj4 reads ESRI PROJECTION["Gauss_Kruger"] (EPSG:4549, CGCS2000 3° GK CM 120E) to within 1 m of GDAL', () => {
    const p = projectionFromPrj(ESRI_4549);
    expect(p.name).toBe('CGCS2000_3_Degree_GK_CM_120E');
    expect(metres(p.toWgs84(GDAL[4549]!), WENZHOU)).toBeLessThan(1);
    expect(p.warnings).toEqual([]);
  });
  it('the zone-numbered false easting (EPSG:4528, 40 500 000 m) too', () => {
    expect(metres(projectionFromPrj(ESRI_4528).toWgs84(GDAL[4528]!), WENZHOU)).toBeLessThan(1);
  });
  it('a Xian 1980 .prj converts as GDAL does and warns that the datum shift is unknown', () => {
    const p = projectionFromPrj(ESRI_2385);
    expect(metres(p.toWgs84([559017.756171928, 3098588.26867604]), WENZHOU)).toBeLessThan(1);
    expect(p.warnings[0]!.zh).toContain('西安80');
    expect(p.warnings[0]!.en).toContain('Xian 1980');
  });
  it('a .prj proj4 cannot read is an ImportError in both languages', () => {
    expect(() => projectionFromPrj('PROJCS["Made_Up",NONSENSE')).toThrowError(expect.objectContaining({ name: 'ImportError', text: expect.objectContaining({ zh: expect.stringContaining('.prj'), en: expect.stringContaining('.prj') }) }));
  });
});

describe('EPSG codes named by a GeoJSON "crs" member', () => {
  it.each(Object.keys(GDAL).map(Number))('EPSG:%i lands within 1 m of GDAL', (code) => {
    expect(metres(projectionFromEpsg(code)!.toWgs84(GDAL[code]!), WENZHOU)).toBeLessThan(1);
  });
  it('WGS-84 and CGCS2000 geographic are the identity; unknown codes are undefined', () => {
    expect(projectionFromEpsg(4490)!.identity).toBe(true);
    expect(projectionFromEpsg(2000)).toBeUndefined();
  });
});
