/**
 * Every data file is UTF-8. A file saved by Excel or a Chinese Windows tool is often GBK, and a
 * file cut short in a copy ends inside a character: both decode to mojibake or U+FFFD without a
 * word. The CLI and the browser decode with this, and say where the first bad byte is and, when
 * it reads as GBK (sniffEncoding, which the importer uses too), that it is GBK.
 */
import type { Problem } from './problem';
import { t } from './text';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and out-of-range forms (RFC 3629).
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += n + 1;
  }
  return undefined;
}

export const countReplacements = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
};

/**
 * UTF-8 or GBK for bytes that do not say. Valid UTF-8 wins. Otherwise UTF-8 still wins when
 * at least four in five of its non-ASCII characters decode (a file with one truncated character);
 * GBK text read as UTF-8 fails on about three in four. (The reverse test does not work: UTF-8 bytes are mostly valid GBK.)
 */
export function sniffEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'gbk'; text: string; invalid: number } {
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), invalid: 0 };
  } catch {
    const utf8 = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    let good = 0;
    for (let i = 0; i < utf8.length; i++) {
      const c = utf8.charCodeAt(i);
      if (c === 0xfffd) bad++;
      else if (c > 0x7f) good++;
    }
    if (bad * 4 < good) return { encoding: 'utf-8', text: utf8, invalid: bad };
    const gbk = new TextDecoder('gbk').decode(bytes);
    return { encoding: 'gbk', text: gbk, invalid: countReplacements(gbk) };
  }
}

/** The file's text (without a BOM), or the located problem with its fix. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes) ?? 0;
    const before = bytes.subarray(0, at);
    const lineStart = before.lastIndexOf(10) + 1;
    const line = before.reduce((n, b) => n + (b === 10 ? 1 : 0), 1);
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
    // Cut short: a character's first byte, then the end of the file before its last.
    const lead = bytes[at]!;
    const need = lead >= 0xf0 && lead <= 0xf4 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 ? 1 : 0;
    const cut = need > 0 && bytes.length - at - 1 < need && bytes.subarray(at + 1).every((b) => (b & 0xc0) === 0x80);
    // The importer's own judgement (UTF-8 bytes are mostly valid GBK, so a decode proves nothing).
    const gbk = !cut && sniffEncoding(bytes).encoding === 'gbk';
    return {
      problem: {
        severity: 'error',
        code: 'not-utf8',
        file,
        line,
        column,
        message: gbk
          ? t('文件不是 UTF-8 编码（看起来是 GBK，Excel 和中文 Windows 工具的默认编码）', 'the file is not UTF-8 (it looks like GBK, what Excel and Chinese Windows tools save by default)')
          : cut
            ? t('文件在一个字符中间结束：可能复制或下载不完整', 'the file ends inside a character: it may have been cut short in a copy or download')
            : t(`第一个不是 UTF-8 的字节是 0x${bytes[at]!.toString(16).padStart(2, '0')}`, `the first byte that is not UTF-8 is 0x${bytes[at]!.toString(16).padStart(2, '0')}`),
        fix: gbk
          ? t('另存为“UTF-8”（Excel：另存为 → CSV UTF-8；或 iconv -f GBK -t UTF-8 文件 > 新文件）', 'save it as UTF-8 (Excel: Save As → CSV UTF-8; or iconv -f GBK -t UTF-8 file > new-file)')
          : t('从原件重新取得该文件，或在文本编辑器中修正该处并另存为 UTF-8', 'get the file again from its original, or fix that place in a text editor and save as UTF-8'),
      },
    };
  }
}
