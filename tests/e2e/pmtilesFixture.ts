/**
 * A small PMTiles v3 archive in the Protomaps basemap schema, built from the project's own
 * geodata (land as `earth`, sea as `water`, county seats as `places`), for the test of the detailed
 * offline basemap. Tiles are cut with @maplibre/geojson-vt and encoded with @maplibre/vt-pbf; no
 * npm package writes PMTiles, so the archive layout (spec v3: header, root directory, metadata,
 * tile data, uncompressed) is written here, with the tile ids from the `pmtiles` package.
 */
import { readFileSync } from 'node:fs';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { zxyToTileId } from 'pmtiles';
import type { FeatureCollection } from 'geojson';

const read = (f: string) => JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as FeatureCollection;

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
  }
  return out;
}

/** The tiles of the Wenzhou box from `minZoom` to `maxZoom`, as a PMTiles archive. */
export function buildWenzhouPmtiles(minZoom = 6, maxZoom = 10): Uint8Array {
  const layers: Record<string, FeatureCollection> = {
    earth: read('basemap/land.geojson'),
    water: { type: 'FeatureCollection', features: read('basemap/sea.geojson').features.map((f) => ({ ...f, properties: { kind: 'ocean' } })) },
    places: {
      type: 'FeatureCollection',
      features: read('admin/county-seats.geojson').features.map((f) => ({
        ...f,
        properties: { kind: 'locality', name: f.properties!.name_zh, 'name:zh': f.properties!.name_zh, 'name:en': f.properties!.name_en, min_zoom: 6, population_rank: 10 },
      })),
    },
  };
  const index = Object.fromEntries(Object.entries(layers).map(([k, fc]) => [k, new GeoJSONVT(fc, { maxZoom, indexMaxZoom: maxZoom, extent: 4096, buffer: 64 })]));
  const [w, s, e, n] = [119.3, 26.8, 121.6, 28.8];
  const tileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
  const tileY = (lat: number, z: number) => Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
  const tiles: { id: number; data: Uint8Array }[] = [];
  for (let z = minZoom; z <= maxZoom; z++)
    for (let x = tileX(w, z); x <= tileX(e, z); x++)
      for (let y = tileY(n, z); y <= tileY(s, z); y++) {
        const parts = Object.fromEntries(Object.entries(index).flatMap(([k, vt]) => {
          const t = vt.getTile(z, x, y);
          return t ? [[k, t]] : [];
        }));
        if (Object.keys(parts).length) tiles.push({ id: zxyToTileId(z, x, y), data: fromGeojsonVt(parts, { version: 2, extent: 4096 }) });
      }
  tiles.sort((a, b) => a.id - b.id);

  // Root directory: count, then the tile id deltas, run lengths, lengths and offsets (0 = contiguous).
  const dir = Uint8Array.from([
    ...varints([tiles.length]),
    ...varints(tiles.map((t, i) => t.id - (i ? tiles[i - 1]!.id : 0))),
    ...varints(tiles.map(() => 1)),
    ...varints(tiles.map((t) => t.data.length)),
    ...varints(tiles.map((_, i) => (i === 0 ? 1 : 0))),
  ]);
  const metadata = new TextEncoder().encode(JSON.stringify({ name: 'wenzhou-test', vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })) }));
  const dataLength = tiles.reduce((a, t) => a + t.data.length, 0);
  const header = new DataView(new ArrayBuffer(127));
  new Uint8Array(header.buffer).set(new TextEncoder().encode('PMTiles'), 0);
  header.setUint8(7, 3);
  const u64 = (at: number, v: number) => header.setBigUint64(at, BigInt(v), true);
  const rootAt = 127;
  const metaAt = rootAt + dir.length;
  const dataAt = metaAt + metadata.length;
  u64(8, rootAt);
  u64(16, dir.length);
  u64(24, metaAt);
  u64(32, metadata.length);
  u64(40, 0);
  u64(48, 0);
  u64(56, dataAt);
  u64(64, dataLength);
  u64(72, tiles.length);
  u64(80, tiles.length);
  u64(88, tiles.length);
  header.setUint8(96, 1); // clustered
  header.setUint8(97, 1); // internal compression: none
  header.setUint8(98, 1); // tile compression: none
  header.setUint8(99, 1); // tile type: MVT
  header.setUint8(100, minZoom);
  header.setUint8(101, maxZoom);
  header.setInt32(102, Math.round(w * 1e7), true);
  header.setInt32(106, Math.round(s * 1e7), true);
  header.setInt32(110, Math.round(e * 1e7), true);
  header.setInt32(114, Math.round(n * 1e7), true);
  header.setUint8(118, 8);
  header.setInt32(119, Math.round(120.6 * 1e7), true);
  header.setInt32(123, Math.round(27.9 * 1e7), true);

  const out = new Uint8Array(dataAt + dataLength);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(dir, rootAt);
  out.set(metadata, metaAt);
  let at = dataAt;
  for (const t of tiles) {
    out.set(t.data, at);
    at += t.data.length;
  }
  return out;
}
