/** Fixtures for the importer tests: frozen files from scripts/fixtures/make-import-fixtures.sh, and tiny zips built in memory. */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point, Position } from 'geojson';
import distance from '@turf/distance';
import type { ImportFile } from '../../../../src/edit/import/types';

const dir = 'tests/fixtures/import/';

export const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(dir + file));

/** A fixture as a dropped file (its own ArrayBuffer, as a File's arrayBuffer() gives). */
export function fixture(file: string, name = file): ImportFile {
  const b = bytesOf(file);
  return { name, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
}

export const fileOf = (name: string, content: string | Uint8Array): ImportFile => {
  const b = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
};

/** The ten WGS-84 stations every fixture was made from. */
export const truth = JSON.parse(readFileSync(dir + 'stations-truth.geojson', 'utf8')) as FeatureCollection<Point>;
export const truthById = new Map(truth.features.map((f) => [f.properties!.id as string, f]));
export const truthByName = new Map(truth.features.map((f) => [f.properties!.name_zh as string, f.geometry.coordinates]));

export const metres = (a: Position, b: Position) => distance([a[0]!, a[1]!], [b[0]!, b[1]!], { units: 'meters' });

/** A zip of stored (uncompressed) entries; names given as bytes are written as they are, without the UTF-8 flag. */
export function makeZip(entries: { name: string | Uint8Array; bytes: Uint8Array }[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? enc.encode(e.name) : e.name;
    const flags = typeof e.name === 'string' ? 0x800 : 0;
    const local = new Uint8Array(30 + name.length + e.bytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(6, flags, true);
    lv.setUint32(18, e.bytes.length, true);
    lv.setUint32(22, e.bytes.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(e.bytes, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(8, flags, true);
    cv.setUint32(20, e.bytes.length, true);
    cv.setUint32(24, e.bytes.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}
