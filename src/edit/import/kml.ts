/**
 * KML and GPX with @tmcw/togeojson, parsed by @xmldom/xmldom's DOMParser: workers have no
 * DOMParser, and the same code then runs in the Node tests and the worker. KML and GPX are UTF-8
 * by spec, but files saved on a Chinese Windows sometimes declare (and are) GBK: the XML
 * declaration is honoured, then the bytes are sniffed. Coordinates are longitude/latitude by
 * spec; in practice some tools write GCJ-02, so the datum is still the user's to confirm.
 */
import { DOMParser } from '@xmldom/xmldom';
import { gpx, kml } from '@tmcw/togeojson';
import type { Feature } from 'geojson';
import { t, type Text } from '../../data/validate/text';
import { cpgEncoding, decodeText } from './decodeText';
import { assertLngLat, coordinatesOk, normalizeGeometry } from './geometry';
import { ImportError, type EncodingHint, type OnProgress, type ParsedImport, type SkippedRow } from './types';

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="GBK"?>`), as a TextDecoder label. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const name = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  return name ? cpgEncoding(name) : undefined;
}

function decodeXml(bytes: Uint8Array, hint: EncodingHint): { text: string; encoding: string } {
  const declared = xmlDeclaredEncoding(bytes);
  if (hint === 'auto' && declared && declared !== 'utf-8' && !(bytes[0] === 0xef && bytes[1] === 0xbb)) return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
  return decodeText(bytes, hint);
}

const broken = (kind: string, detail: string) =>
  new ImportError(t(`${kind} 文件格式错误，无法读取：${detail}`, `the ${kind} file is malformed and cannot be read: ${detail}`), t('确认文件完整（重新下载或重新导出）', 'check the file is complete (download or export it again)'));

/** Reads a KML or GPX file; which one is decided by its root element. */
export function readXml(bytes: Uint8Array, hint: EncodingHint = 'auto', onProgress?: OnProgress): ParsedImport {
  const { text, encoding } = decodeXml(bytes, hint);
  let doc: Document;
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml') as unknown as Document;
  } catch (e) {
    throw broken('KML/GPX', (e as Error).message.split('\n')[0]!);
  }
  onProgress?.(1, 3);
  const root = doc.documentElement?.nodeName.replace(/^.*:/, '').toLowerCase();
  if (root !== 'kml' && root !== 'gpx')
    throw new ImportError(t(`不是 KML 或 GPX：根元素是 <${root ?? ''}>`, `not KML or GPX: the root element is <${root ?? ''}>`), t('导入 .kml、.kmz 或 .gpx 文件', 'import a .kml, .kmz or .gpx file'));
  const format = root;
  const collection = format === 'kml' ? kml(doc) : gpx(doc);
  onProgress?.(2, 3);

  const features: Feature[] = [];
  const skipped: SkippedRow[] = [];
  const fields = new Set<string>();
  collection.features.forEach((f, i) => {
    if (!f.geometry || !coordinatesOk(f.geometry)) {
      const label = typeof f.properties?.name === 'string' ? `“${f.properties.name}”` : '';
      skipped.push({ row: i + 1, reason: t(`第 ${i + 1} 个地标${label}没有可用的图形`, `placemark ${i + 1}${label ? ` ${label}` : ''} has no usable geometry`) });
      return;
    }
    const properties = { ...f.properties };
    delete properties.coordinateProperties; // per-vertex times of a track, not an attribute
    for (const k in properties) fields.add(k);
    features.push({ type: 'Feature', properties, geometry: normalizeGeometry(f.geometry) });
  });
  assertLngLat(features, t('KML/GPX 应使用经纬度坐标：重新导出', 'KML and GPX must use longitude/latitude: export the file again'));
  const warnings: Text[] = [];
  if (!features.length && !skipped.length) warnings.push(t(`文件中没有地标（要素）`, `the file holds no placemarks (features)`));
  onProgress?.(3, 3);
  return { format, features, fields: [...fields], encoding, crs: { kind: 'none' }, warnings, skipped };
}
