import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../../src/data/validate/encoding';

const bytes = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('reading a data file as UTF-8', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeUtf8(bytes('\uFEFF鹿城区'), 'a.csv')).toEqual({ text: '鹿城区' });
    expect(decodeUtf8(bytes('{"a":"龙湾"}'), 'a.json')).toEqual({ text: '{"a":"龙湾"}' });
  });

  it('says a GBK file is GBK, at its first non-UTF-8 byte', () => {
    // "温州" in GBK is CE C2 D6 DD: CE opens a UTF-8 pair that C2 does not continue.
    const gbk = concat(bytes('adcode,name\n330302,'), Uint8Array.from([0xce, 0xc2, 0xd6, 0xdd]), bytes('\n'));
    const r = decodeUtf8(gbk, 'geodata/population/county-population.csv');
    if (!('problem' in r)) throw new Error('decoded');
    expect(r.problem).toMatchObject({ code: 'not-utf8', line: 2, column: 8 });
    expect(r.problem.message.en).toContain('GBK');
    expect(r.problem.fix!.en).toContain('iconv -f GBK');
  });

  it('places a stray byte, and a file cut inside a character, without calling them GBK', () => {
    // A UTF-8 file (its Chinese reads as UTF-8) with one damaged byte.
    const stray = decodeUtf8(concat(bytes('{"name":"温州市鹿城区'), Uint8Array.from([0xff]), bytes('"}')), 'x.geojson');
    expect('problem' in stray && stray.problem).toMatchObject({ line: 1, column: 16 });
    expect('problem' in stray && stray.problem.message.en).toContain('0xff');
    const cut = decodeUtf8(bytes('{"name":"温州"}').subarray(0, 11), 'x.geojson');
    expect('problem' in cut && cut.problem.message.en).toContain('cut short');
  });

  it('finds overlong and surrogate forms too', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(bytes('温州 Wenzhou'))).toBeUndefined();
  });
});
