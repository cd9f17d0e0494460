/**
 * A small zip reader for dropped archives (zipped shapefiles, KMZ). Written here rather than taken
 * from shpjs's parseZip because Chinese Windows writes entry names in GBK without the UTF-8 flag
 * (车站.shp would come out garbled), and the inflating is the platform's own DecompressionStream
 * (Node 20, every browser worker). Reads the central directory, so data descriptors are fine.
 */
import { t } from '../../data/validate/text';
import { sniffEncoding } from './decodeText';
import { ImportError } from './types';

export interface ZipEntry {
  /** Path inside the archive, '/'-separated. */
  name: string;
  bytes: Uint8Array;
}

export const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

const broken = (why: string, whyEn: string) =>
  new ImportError(t(`压缩包已损坏或不完整：${why}`, `the zip file is damaged or incomplete: ${whyEn}`), t('重新打包或重新下载该文件', 'zip it again or download it again'));

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function entryName(raw: Uint8Array, utf8Flag: boolean, extra: Uint8Array): string {
  // Info-ZIP's Unicode Path field (0x7075) carries the UTF-8 name beside a legacy one.
  const x = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = x.getUint16(i, true);
    const size = x.getUint16(i + 2, true);
    if (id === 0x7075 && size > 5) return new TextDecoder().decode(extra.subarray(i + 9, i + 4 + size));
    i += 4 + size;
  }
  return utf8Flag ? new TextDecoder().decode(raw) : sniffEncoding(raw).text;
}

/** The files of a zip (directories, `__MACOSX/` and `._` resource forks left out). */
export async function unzip(bytes: Uint8Array): Promise<ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken('找不到文件目录', 'no central directory');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff)
    throw new ImportError(t('不支持 ZIP64 格式的压缩包', 'ZIP64 archives are not supported'), t('用普通 zip 重新打包（4 GB 以下）', 'zip it again as an ordinary zip (under 4 GB)'));
  const out: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw broken('文件目录不完整', 'truncated central directory');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = entryName(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0, bytes.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen)).replace(/\\/g, '/');
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name)) continue;
    if (flags & 1) throw new ImportError(t(`压缩包中的 ${name} 有密码保护`, `${name} in the zip is password-protected`), t('解压后不设密码重新打包', 'unzip it and zip it again without a password'));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw broken(`${name} 的数据缺失`, `the data of ${name} is missing`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + size > bytes.length) throw broken(`${name} 的数据被截断`, `the data of ${name} is cut short`);
    const data = bytes.subarray(start, start + size);
    if (method === 0) out.push({ name, bytes: data });
    else if (method === 8) {
      try {
        out.push({ name, bytes: await inflateRaw(data) });
      } catch {
        throw broken(`${name} 无法解压`, `${name} cannot be inflated`);
      }
    } else
      throw new ImportError(
        t(`压缩包中的 ${name} 使用了不支持的压缩方式（${method}）`, `${name} in the zip uses an unsupported compression method (${method})`),
        t('用普通的 zip（deflate）重新打包', 'zip it again with ordinary zip (deflate) compression'),
      );
  }
  return out;
}
