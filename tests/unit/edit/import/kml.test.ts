import { describe, expect, it } from 'vitest';
import { readXml } from '../../../../src/edit/import/kml';
import { parseFiles } from '../../../../src/edit/import/parseFiles';
import { bytesOf, fileOf, fixture, makeZip, truth } from './helpers';

const names = truth.features.map((f) => f.properties!.name_zh);
const enc = (s: string) => new TextEncoder().encode(s);

describe('KML and GPX (GDAL output)', () => {
  it('KML: ten placemarks with their Chinese names and extended data, in WGS-84', async () => {
    const r = await parseFiles([fixture('stations.kml')]);
    expect(r.format).toBe('kml');
    expect(r.features.map((f) => f.properties!.name)).toEqual(names);
    expect(r.features[0]!.properties!.id).toBe('s1-station-03');
    expect(r.features[0]!.geometry).toEqual(truth.features[0]!.geometry);
    expect(r.crs).toEqual({ kind: 'none' });
  });
  it('GPX: ten waypoints with names; GDAL extensions become ogr_* fields', async () => {
    const r = await parseFiles([fixture('stations.gpx')]);
    expect(r.format).toBe('gpx');
    expect(r.features.map((f) => f.properties!.name)).toEqual(names);
    expect(r.fields).toEqual(['name', 'cmt', 'desc', 'ogr_line_ids', 'ogr_station_kind']);
  });
  it('a KML that declares encoding="GBK" (and is GBK) reads correctly', () => {
    const r = readXml(bytesOf('stations-gbk.kml'));
    expect(r.encoding).toBe('gbk');
    expect(r.features.map((f) => f.properties!.name)).toEqual(names);
  });
  it('KMZ: the doc.kml inside the zip', async () => {
    const r = await parseFiles([fileOf('stations.kmz', makeZip([{ name: 'doc.kml', bytes: bytesOf('stations.kml') }, { name: 'files/icon.png', bytes: new Uint8Array(8) }]))]);
    expect(r.features).toHaveLength(10);
  });
  it('a MultiGeometry of one kind becomes a Multi* geometry; a placemark without geometry is skipped with its number', () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>两段</name><MultiGeometry><LineString><coordinates>120.6,28 120.7,28.1</coordinates></LineString><LineString><coordinates>120.8,28 120.9,28.1</coordinates></LineString></MultiGeometry></Placemark>
      <Placemark><name>无图形</name></Placemark></Document></kml>`;
    const r = readXml(enc(kml));
    expect(r.features[0]!.geometry.type).toBe('MultiLineString');
    expect(r.skipped).toEqual([{ row: 2, reason: { zh: expect.stringContaining('“无图形”'), en: expect.stringContaining('no usable geometry') } }]);
  });
  it('a GPX track is a line; its per-point times are not an attribute', () => {
    const gpx = `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>踏勘</name><trkseg>
      <trkpt lat="28.0" lon="120.6"><time>2024-05-01T08:00:00Z</time></trkpt><trkpt lat="28.01" lon="120.61"><time>2024-05-01T08:05:00Z</time></trkpt></trkseg></trk></gpx>`;
    const r = readXml(enc(gpx));
    expect(r.format).toBe('gpx');
    expect(r.features[0]!.geometry.type).toBe('LineString');
    expect(r.features[0]!.properties).not.toHaveProperty('coordinateProperties');
  });
  it('broken XML and XML that is neither KML nor GPX are ImportErrors in both languages', async () => {
    await expect(parseFiles([fileOf('bad.kml', '<kml><Document><Placemark>')])).rejects.toMatchObject({ name: 'ImportError', text: { zh: expect.stringContaining('KML/GPX'), en: expect.stringContaining('malformed') } });
    expect(() => readXml(enc('<?xml version="1.0"?><svg/>'))).toThrowError(expect.objectContaining({ text: { zh: expect.stringContaining('<svg>'), en: expect.stringContaining('<svg>') } }));
  });
});
