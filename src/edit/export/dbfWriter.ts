/**
 * A dBase III table (.dbf) written byte by byte, with its text in UTF-8 (the .cpg beside it says
 * so; the header's language-driver byte stays 0 so readers go by the .cpg).
 *
 * Written here rather than by the `dbf` package that @mapbox/shp-write uses: dbf 0.2 stores each
 * character with `setUint8(offset, str.charCodeAt(i))`, keeping only the low byte of each
 * UTF-16 code unit (桐岭站 becomes the bytes 50 AD D9), gives every text field 254 bytes and
 * every number 18 characters with 3 decimals, and cuts field names at 10 characters without
 * making them unique (inferred_note_zh and inferred_note_en both become inferred_n).
 *
 * Types: a property whose values are all numbers is numeric (N, as many decimals as the most
 * precise value, at most 15, at most 20 characters wide, otherwise text); all booleans is
 * dBase logical (L, one byte T or F), which GDAL 3.6 (and a QGIS built on it) reads as the text "T" / "F";
 * anything else, mixed types included, is text (C) as wide as its longest value in UTF-8 bytes,
 * at most 254. A missing value is blank, read back as null. Readers strip trailing spaces from
 * text, and an empty string reads back as null too.
 */
const MAX_TEXT_BYTES = 254;
const MAX_NUMBER_WIDTH = 20;
const MAX_DECIMALS = 15;
const NAME_BYTES = 10;

const utf8 = new TextEncoder();

export interface DbfField {
  readonly property: string;
  /** The name in the file: at most 10 bytes, unique without regard to case. */
  readonly name: string;
  readonly type: 'C' | 'N' | 'L';
  readonly width: number;
  readonly decimals: number;
}

export type DbfRow = Readonly<Record<string, unknown>>;

/** The longest start of `bytes` that is at most `max` bytes and ends on a character boundary. */
export function cutUtf8(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--; // 10xxxxxx continues a character
  return bytes.subarray(0, end);
}

const cutName = (name: string, max: number) => new TextDecoder().decode(cutUtf8(utf8.encode(name), max));

/**
 * dBase field names for properties, in the given order (so the same layer always gets the same
 * names). A name that fits is kept; a longer one is cut to 10 bytes; one that clashes with an
 * earlier name gets `_1`, `_2`, … in its last bytes, as GDAL does (inferred_n, inferred_1).
 */
export function dbfFieldNames(properties: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const property of properties) {
    const base = property === '' ? 'field' : property;
    let name = cutName(base, NAME_BYTES);
    for (let i = 1; taken.has(name.toLowerCase()); i++) name = cutName(base, NAME_BYTES - `_${i}`.length) + `_${i}`;
    taken.add(name.toLowerCase());
    names.set(property, name);
  }
  return names;
}

/** Math.max(...values) overflows the call stack past ~100k values; a layer can be that big. */
const maxOf = (values: readonly number[], start: number) => values.reduce((m, v) => (v > m ? v : m), start);

const present = (v: unknown) => v !== null && v !== undefined && !(typeof v === 'number' && !Number.isFinite(v));

function decimalsOf(v: number): number {
  const [mantissa = '', exponent] = String(v).split('e');
  const digits = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(MAX_DECIMALS, Math.max(0, digits - Number(exponent ?? 0)));
}

const asText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** One field per property, typed and sized from the values these rows hold. */
export function planFields(rows: readonly DbfRow[], names: ReadonlyMap<string, string>): DbfField[] {
  return [...names].map(([property, name]) => {
    const values = rows.map((r) => r[property]).filter(present);
    if (values.length && values.every((v) => typeof v === 'boolean')) return { property, name, type: 'L', width: 1, decimals: 0 };
    if (values.length && values.every((v): v is number => typeof v === 'number')) {
      const decimals = maxOf(values.map(decimalsOf), 0);
      const width = maxOf(values.map((v) => v.toFixed(decimals).length), 1);
      if (width <= MAX_NUMBER_WIDTH) return { property, name, type: 'N', width, decimals };
    }
    const width = maxOf(values.map((v) => utf8.encode(asText(v)).length), 1);
    return { property, name, type: 'C', width: Math.min(width, MAX_TEXT_BYTES), decimals: 0 };
  });
}

export interface DbfFile {
  readonly bytes: Uint8Array;
  /** Text values longer than their field, cut at a character boundary: row index and property. */
  readonly cuts: readonly { row: number; property: string }[];
}

function cellBytes(f: DbfField, v: unknown): { bytes: Uint8Array; cut: boolean } {
  if (!present(v)) return { bytes: new Uint8Array(0), cut: false }; // blank: GDAL reads null (it reads a '?' as the text "?")
  if (f.type === 'L') return { bytes: utf8.encode(v ? 'T' : 'F'), cut: false };
  if (f.type === 'N') return { bytes: utf8.encode((v as number).toFixed(f.decimals).padStart(f.width)), cut: false };
  const whole = utf8.encode(asText(v));
  const bytes = cutUtf8(whole, f.width);
  return { bytes, cut: bytes.length < whole.length };
}

export function writeDbf(rows: readonly DbfRow[], fields: readonly DbfField[], date: Date): DbfFile {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((n, f) => n + f.width, 0);
  if (recordLength > 0xffff) throw new Error(`dBase records hold at most 65,535 bytes; these need ${recordLength}`);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1).fill(0x20, headerLength);
  const view = new DataView(out.buffer);
  out[0] = 0x03; // dBase III without memo
  out.set([date.getFullYear() - 1900, date.getMonth() + 1, date.getDate()], 1);
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(utf8.encode(f.name), at); // the rest of the 11 name bytes stay 0
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.width;
    out[at + 17] = f.decimals;
  });
  out[headerLength - 1] = 0x0d;
  const cuts: { row: number; property: string }[] = [];
  rows.forEach((r, row) => {
    let at = headerLength + row * recordLength + 1; // byte 0 of a record: 0x20, not deleted
    for (const f of fields) {
      const { bytes, cut } = cellBytes(f, r[f.property]);
      if (cut) cuts.push({ row, property: f.property });
      out.set(bytes, at); // text left-aligned, numbers padded on the left; the rest stays blank
      at += f.width;
    }
  });
  out[out.length - 1] = 0x1a;
  return { bytes: out, cuts };
}
