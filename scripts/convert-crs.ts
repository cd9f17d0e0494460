/**
 * npm run convert -- --from gcj02|bd09 <file.geojson> [--out other.geojson]
 *
 * Converts a GeoJSON file from GCJ-02 (Amap, Tencent) or BD-09 (Baidu) to WGS-84 with gcoord and
 * writes it with the project's writer (one feature per line, 6 decimals). Without --out the file is
 * rewritten in place: run it on a file you received, before copying features into geodata/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import gcoord from 'gcoord';
import type { FeatureCollection } from 'geojson';
import { writeFeatureCollection } from '../src/data/writeGeojson';
import { roundGeometry } from './lib/geo';

const args = process.argv.slice(2);
const from = args[args.indexOf('--from') + 1];
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--from' && args[i - 1] !== '--out');
const crs = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 }[from ?? ''];
if (!file || !crs) {
  console.error('用法 / usage: npm run convert -- --from gcj02|bd09 <file.geojson> [--out other.geojson]');
  process.exit(2);
}
const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
const converted = gcoord.transform(fc as never, crs, gcoord.WGS84) as unknown as FeatureCollection;
converted.features = converted.features.map((f) => (f.geometry && f.geometry.type !== 'GeometryCollection' ? { ...f, geometry: roundGeometry(f.geometry) } : f));
writeFileSync(out ?? file, writeFeatureCollection(converted));
console.log(`${from} → WGS-84: ${converted.features.length} features → ${out ?? file}`);
