/**
 * The big files both import benchmarks read: a ~50 MB GeoJSON of 150,000 small polygons and a
 * 100,000-row CSV (BOM, CRLF, a quoted comma), all inside Wenzhou, written once to /tmp from a
 * seeded generator so every run reads the same bytes.
 */
import { existsSync, writeFileSync } from 'node:fs';

export const GEOJSON = '/tmp/wenzhou-import-bench.geojson';
export const CSV = '/tmp/wenzhou-import-bench.csv';

/** Deterministic pseudo-random numbers (mulberry32), so every run reads the same files. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r6 = (n: number) => Math.round(n * 1e6) / 1e6;
const COUNTIES = ['鹿城区', '龙湾区', '瓯海区', '洞头区', '永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '瑞安市', '乐清市', '龙港市'];

function writeFiles() {
  const rnd = random(7);
  const lines: string[] = [];
  for (let i = 0; i < 150_000; i++) {
    const lng = 119.5 + rnd() * 1.9;
    const lat = 27.0 + rnd() * 1.6;
    const ring: number[][] = [];
    for (let k = 0; k < 7; k++) {
      const a = (k / 7) * 2 * Math.PI;
      ring.push([r6(lng + 0.001 * Math.cos(a)), r6(lat + 0.001 * Math.sin(a))]);
    }
    ring.push(ring[0]!);
    const properties = { id: `b-${i}`, name_zh: `地块${i}号`, county_zh: COUNTIES[i % 12], area_ha: r6(rnd() * 30), status: 'planned_works' };
    lines.push(JSON.stringify({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } }));
  }
  writeFileSync(GEOJSON, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
  const rows = ['\uFEFF编号,名称,所在县,经度,纬度,总投资（亿元）,备注'];
  for (let i = 0; i < 100_000; i++) rows.push([`p-${i}`, `项目${i}`, COUNTIES[i % 12], r6(119.5 + rnd() * 1.9), r6(27 + rnd() * 1.6), i % 7 ? (rnd() * 50).toFixed(2) : '', i % 3 ? '' : '"含逗号,的备注"'].join(','));
  writeFileSync(CSV, rows.join('\r\n') + '\r\n');
}


export function writeImportBenchFiles() {
  if (existsSync(GEOJSON) && existsSync(CSV)) return;
  const t = performance.now();
  writeFiles();
  console.log(`wrote ${GEOJSON} and ${CSV} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
