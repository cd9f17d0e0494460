/**
 * tsx scripts/bench-import.ts
 *
 * How the importer copes with big files, in Node (the worker runs the same code): writes a ~50 MB
 * GeoJSON of 150,000 small polygons and a 100,000-row CSV inside Wenzhou to /tmp, then for each,
 * in a fresh process, times parseFiles against a floor measured in its own process (decoding plus
 * JSON.parse, or plain line/cell splitting), prints peak RSS and the largest heap seen, and what
 * posting the result from the worker costs (v8 serialise + deserialise, the structured clone) and
 * what converting it from GCJ-02 with toWgs84 costs.
 * Not a test: nothing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { parseFiles } from '../src/edit/import/parseFiles';
import { FEATURE_BATCH } from '../src/workers/importJob';
import { toWgs84 } from '../src/edit/import/crs';
import { CSV, GEOJSON, writeImportBenchFiles } from './lib/importBenchFiles';

const mb = (n: number) => (n / 1048576).toFixed(0);
const peakRss = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;

function bytesOf(path: string): ArrayBuffer {
  const buf = readFileSync(path);
  return buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength ? (buf.buffer as ArrayBuffer) : (buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
}

/** The floor: decoding plus the platform's own parse (JSON.parse, or splitting lines and cells). */
function runFloor(which: 'geojson' | 'csv') {
  const bytes = bytesOf(which === 'geojson' ? GEOJSON : CSV);
  const t = performance.now();
  const text = new TextDecoder().decode(new Uint8Array(bytes));
  const n = which === 'geojson' ? (JSON.parse(text) as { features: unknown[] }).features.length : text.split('\n').map((l) => l.split(',')).length;
  console.log(`${which.padEnd(7)} floor (${which === 'geojson' ? 'decode + JSON.parse' : 'decode + split lines and cells'}): ${((performance.now() - t) / 1000).toFixed(2)} s for ${n} items; peak RSS ${peakRss()}`);
}

async function runCase(which: 'geojson' | 'csv') {
  const path = which === 'geojson' ? GEOJSON : CSV;
  const bytes = bytesOf(path);
  globalThis.gc?.();
  let heapPeak = process.memoryUsage().heapUsed;
  const heapBefore = heapPeak;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 20);
  let reports = 0;
  let t = performance.now();
  const result = await parseFiles([{ name: path.split('/').pop()!, bytes }], {}, () => {
    reports++;
    sample();
  });
  const seconds = (performance.now() - t) / 1000;
  clearInterval(timer);
  sample();
  const rss = peakRss();
  // What posting the result from the worker costs: serialising there, deserialising on the main thread.
  t = performance.now();
  const wire = serialize(result);
  const ser = (performance.now() - t) / 1000;
  t = performance.now();
  deserialize(wire);
  const de = (performance.now() - t) / 1000;
  // As the worker posts it: batches of FEATURE_BATCH features, each deserialised on its own.
  let longest = 0;
  for (let i = 0; i < result.features.length; i += FEATURE_BATCH) {
    const batch = serialize(result.features.slice(i, i + FEATURE_BATCH));
    t = performance.now();
    deserialize(batch);
    longest = Math.max(longest, performance.now() - t);
  }
  // The datum choice is applied after import, wherever the caller runs it.
  t = performance.now();
  toWgs84(result.features, 'gcj02');
  const convert = (performance.now() - t) / 1000;
  console.log(
    `${which.padEnd(7)} ${mb(statSync(path).size)} MB, ${result.features.length} features, ${result.skipped.length} skipped: parseFiles ${seconds.toFixed(2)} s, ` +
      `peak RSS ${rss}, heap ${mb(heapBefore)} → peak ${mb(heapPeak)} MB, ${reports} progress reports; ` +
      `posting the result in one message: serialise ${ser.toFixed(2)} s (worker), deserialise ${de.toFixed(2)} s (main thread), ${mb(wire.length)} MB; ` +
      `in batches of ${FEATURE_BATCH}: longest main-thread deserialise ${longest.toFixed(0)} ms; toWgs84 from GCJ-02 ${convert.toFixed(2)} s`,
  );
}

const at = process.argv.indexOf('--case');
const which = process.argv[at + 1] as 'geojson' | 'csv';
if (at > 0 && process.argv.includes('--floor')) runFloor(which);
else if (at > 0) await runCase(which);
else {
  writeImportBenchFiles();
  // One fresh process per case, so peak RSS belongs to that case alone.
  for (const c of ['geojson', 'csv'])
    for (const floor of [[], ['--floor']]) spawnSync(process.execPath, [...process.execArgv, '--expose-gc', process.argv[1]!, '--case', c, ...floor], { stdio: 'inherit' });
}
