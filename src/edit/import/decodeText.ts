/**
 * Bytes to text the way Chinese offices write it: UTF-8 (with or without a BOM), or GBK from a
 * Chinese Windows (Excel's "CSV", ArcGIS's .dbf). UTF-8 is tried first because GBK bytes are almost
 * never valid UTF-8, while UTF-8 bytes often are valid (garbled) GBK.
 */
import type { EncodingHint } from './types';
import { countReplacements, sniffEncoding } from '../../data/validate/encoding';

// Shared with the validator, which says whether a data file that is not UTF-8 looks like GBK.
export { sniffEncoding };

export interface Decoded {
  text: string;
  /** The WHATWG label the text was decoded with: 'utf-8', 'gbk', 'utf-16le', … */
  encoding: string;
  /** Characters that could not be decoded (each became U+FFFD); 0 or absent when all decoded. */
  invalid?: number;
}

const asBytes = (b: ArrayBuffer | Uint8Array): Uint8Array => (b instanceof Uint8Array ? b : new Uint8Array(b));



/**
 * Decodes a whole text file. A BOM decides (UTF-8, or UTF-16 as Excel's "Unicode text" writes);
 * `hint` 'utf-8' / 'gbk' is the user's choice and wins over sniffing. The BOM is dropped without
 * copying the bytes.
 */
export function decodeText(input: ArrayBuffer | Uint8Array, hint: EncodingHint = 'auto'): Decoded {
  const bytes = asBytes(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const label = hint === 'gbk' ? 'gbk' : 'utf-8';
    const text = new TextDecoder(label).decode(bytes.subarray(3));
    return { text, encoding: label, invalid: countReplacements(text) };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(bytes.subarray(2)), encoding: label };
  }
  if (hint !== 'auto') {
    const text = new TextDecoder(hint).decode(bytes);
    return { text, encoding: hint, invalid: countReplacements(text) };
  }
  return sniffEncoding(bytes);
}

/** What offices write in a .cpg, upper-cased with "ANSI " and separators dropped → WHATWG label. */
const CPG: Record<string, string> = {
  '936': 'gbk', CP936: 'gbk', MS936: 'gbk', WINDOWS936: 'gbk', GBK: 'gbk', XGBK: 'gbk', GB2312: 'gbk', GB231280: 'gbk', EUCCN: 'gbk', CHINESE: 'gbk',
  '54936': 'gb18030', GB18030: 'gb18030',
  '65001': 'utf-8', UTF8: 'utf-8', CP65001: 'utf-8',
  '950': 'big5', CP950: 'big5', BIG5: 'big5',
  '932': 'shift_jis', CP932: 'shift_jis', SJIS: 'shift_jis', SHIFTJIS: 'shift_jis',
  '949': 'euc-kr', CP949: 'euc-kr', EUCKR: 'euc-kr',
  '1252': 'windows-1252', CP1252: 'windows-1252', ISO88591: 'windows-1252', LATIN1: 'windows-1252', '88591': 'windows-1252',
};

/** The TextDecoder label for a .cpg's contents ("CP936", "ANSI 936", "UTF-8", …); unknown → undefined. */
export function cpgEncoding(cpgText: string): string | undefined {
  const raw = cpgText.replace(/^\uFEFF/, '').trim();
  if (!raw) return undefined;
  const key = raw.toUpperCase().replace(/^ANSI\s*/, '').replace(/[\s_\-.]/g, '');
  const known = CPG[key] ?? (/^(?:CP|WINDOWS)?(125\d|874)$/.test(key) ? `windows-${key.replace(/\D/g, '')}` : undefined);
  if (known) return known;
  try {
    return new TextDecoder(raw).encoding; // any other WHATWG label ("iso-8859-2", "x-gbk", …)
  } catch {
    return undefined;
  }
}

/**
 * dBase language-driver ids (byte 29 of the .dbf header) that name an encoding. Only ids that
 * name one are listed: 0x00 (none) and 0x57 ("ANSI", GDAL's default whatever the bytes are) say
 * nothing and the caller sniffs.
 */
const LDID: Record<number, string> = {
  0x4d: 'gbk', 0x7a: 'gbk', // CP936, PRC GBK
  0x4f: 'big5', 0x78: 'big5', // CP950
  0x13: 'shift_jis', 0x7b: 'shift_jis', // CP932
  0x4e: 'euc-kr', 0x79: 'euc-kr', // CP949
  0x03: 'windows-1252', 0xc8: 'windows-1250', 0xc9: 'windows-1251',
};

/** The encoding a .dbf's language-driver byte declares, when it declares one. */
export function dbfLanguageEncoding(dbf: Uint8Array): string | undefined {
  return dbf.length > 29 ? LDID[dbf[29]!] : undefined;
}
