import { describe, expect, it } from 'vitest';
import { cpgEncoding, dbfLanguageEncoding, decodeText } from '../../../../src/edit/import/decodeText';
import { bytesOf } from './helpers';

const GBK_CHEZHAN = new Uint8Array([0xb3, 0xb5, 0xd5, 0xbe]); // 车站 in GBK

describe('decodeText', () => {
  it('strips a UTF-8 BOM and reports utf-8', () => {
    const r = decodeText(bytesOf('stations-gcj02.csv'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('编号,名称')).toBe(true);
  });
  it('falls back to GBK when the bytes are not UTF-8', () => {
    const r = decodeText(bytesOf('stations-gbk.csv'));
    expect(r.encoding).toBe('gbk');
    expect(r.text).toContain('温州龙湾国际机场');
    expect(decodeText(GBK_CHEZHAN).text).toBe('车站');
  });
  it('keeps UTF-8 with one truncated character as UTF-8, counting what could not be decoded', () => {
    const utf8 = new TextEncoder().encode('温州南站,瑞安站,苍南站');
    const r = decodeText(utf8.subarray(0, utf8.length - 1));
    expect(r.encoding).toBe('utf-8');
    expect(r.invalid).toBe(1);
    expect(r.text.startsWith('温州南站,瑞安站')).toBe(true);
  });
  it("the user's choice wins over sniffing; UTF-16 with a BOM (Excel's Unicode text) is read", () => {
    expect(decodeText(new TextEncoder().encode('站'), 'gbk').encoding).toBe('gbk');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x29, 0x6e, 0xde, 0x5d]))).toEqual({ text: '温州', encoding: 'utf-16le' });
  });
});

describe('cpgEncoding and the dBase language driver', () => {
  it.each([
    ['CP936', 'gbk'],
    ['936', 'gbk'],
    ['ANSI 936', 'gbk'],
    ['GBK', 'gbk'],
    ['GB2312', 'gbk'],
    [' gb18030\r\n', 'gb18030'],
    ['UTF-8', 'utf-8'],
    ['UTF8', 'utf-8'],
    ['65001', 'utf-8'],
    ['ANSI 1252', 'windows-1252'],
    ['1251', 'windows-1251'],
    ['Big5', 'big5'],
  ])('%s → %s', (cpg, label) => expect(cpgEncoding(cpg)).toBe(label));
  it('an unknown or empty .cpg is undefined', () => {
    expect(cpgEncoding('OEM')).toBeUndefined();
    expect(cpgEncoding('')).toBeUndefined();
  });
  it('byte 29 0x4D is CP936; 0x00 and 0x57 ("ANSI") name nothing', () => {
    const dbf = new Uint8Array(40);
    dbf[29] = 0x4d;
    expect(dbfLanguageEncoding(dbf)).toBe('gbk');
    dbf[29] = 0x57;
    expect(dbfLanguageEncoding(dbf)).toBeUndefined();
    dbf[29] = 0;
    expect(dbfLanguageEncoding(dbf)).toBeUndefined();
  });
});
