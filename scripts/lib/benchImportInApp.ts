/**
 * Part of `npm run bench`: importing the big files (importBenchFiles.ts) through the app's import
 * panel in the built app, as a clerk would. Per file: from the file input's change to the parse
 * summary (the import worker parses, with progress), from the summary to the validator's report
 * (the check worker plans and validates: CRS, field mapping, ids), the three seconds after it (the
 * map draws the preview), and one mapping change → the new report; the longest main-thread task in
 * each phase (PerformanceObserver "longtask": the time the page could not answer a click) and the
 * page's JS heap (CDP; the workers' own heaps are not in it). Asserts nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { CSV, GEOJSON, writeImportBenchFiles } from './importBenchFiles';

interface Marks {
  change: number;
  summary?: number;
  counts?: number;
  long: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __benchImport?: Marks;
  }
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576;
}

/** Records, in the page, when the input changed and when the summary and the report appeared. */
const watch = () => {
  const marks: Marks = { change: 0, long: [] };
  window.__benchImport = marks;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => marks.long.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: false });
  document.querySelector('[data-testid=import-file]')!.addEventListener('change', () => (marks.change = performance.now()), { capture: true });
  new MutationObserver(() => {
    if (!marks.change) return;
    marks.summary ??= document.querySelector('[data-testid=import-summary]') ? performance.now() : undefined;
    marks.counts ??= document.querySelector('[data-testid=import-counts]') ? performance.now() : undefined;
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
};

const longest = (m: Marks, from: number, to: number) => Math.max(0, ...m.long.filter((l) => l.start >= from - 1 && l.start < to).map((l) => l.duration));

export async function benchImportInApp(newPage: (viewport?: { width: number; height: number }) => Promise<Page>, base: string, _browser?: Browser): Promise<string[]> {
  writeImportBenchFiles();
  const out: string[] = [];
  for (const [label, path] of [
    ['GeoJSON 150,000 polygons', GEOJSON],
    ['CSV 100,000 rows', CSV],
  ] as const) {
    const page = await newPage();
    await page.goto(`${base}#map=9/27.9/120.6&panel=edit`);
    await page.getByTestId('editor-name').fill('bench');
    await page.getByTestId('open-import').click();
    await page.waitForFunction(() => window.__wzMap?.loaded());
    const before = await heapMb(page);
    // Baseline: the longest task of one redraw of the map alone (software WebGL draws on the main thread's frames).
    const redraw = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const long: number[] = [];
          const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push(e.duration)));
          obs.observe({ type: 'longtask' });
          const map = window.__wzMap!;
          map.once('idle', () => setTimeout(() => (obs.disconnect(), done(Math.max(0, ...long))), 500));
          map.jumpTo({ center: [map.getCenter().lng + 0.02, map.getCenter().lat], zoom: map.getZoom() + 0.1 });
        }),
    );
    await page.evaluate(watch);
    await page.getByTestId('import-file').setInputFiles(path);
    await page.waitForFunction(() => window.__benchImport?.counts, null, { timeout: 600_000, polling: 500 });
    // The map draws the preview meanwhile: its frames are main-thread tasks too.
    await page.waitForTimeout(3000);
    const m = (await page.evaluate(() => window.__benchImport!)) as Marks;
    const after = await heapMb(page);
    const n = await page.getByTestId('import-counts').textContent();
    // One change of the mapping: a value for every feature, then the new report.
    const old = await page.getByTestId('import-report').getAttribute('data-report');
    const t = await page.evaluate(() => performance.now());
    await page.locator('[data-constant=geometry_quality]').selectOption({ index: 1 });
    await page.waitForFunction((o) => document.querySelector('[data-testid=import-report]')?.getAttribute('data-report') !== o, old, { timeout: 600_000, polling: 200 });
    const t2 = await page.evaluate(() => performance.now());
    const m2 = (await page.evaluate(() => window.__benchImport!)) as Marks;
    out.push(
      `import ${label.padEnd(25)}: change → summary (worker parse) ${((m.summary! - m.change) / 1000).toFixed(2)} s, longest main-thread task ${longest(m, m.change, m.summary!).toFixed(0)} ms | ` +
        `summary → report (check worker) ${((m.counts! - m.summary!) / 1000).toFixed(2)} s, longest task ${longest(m, m.summary!, m.counts! + 1).toFixed(0)} ms, in the 3 s after (preview drawn) ${longest(m, m.counts! + 1, m.counts! + 3000).toFixed(0)} ms | ` +
        `one mapping change → report ${((t2 - t) / 1000).toFixed(2)} s, longest task ${longest(m2, t, t2).toFixed(0)} ms | baseline: one redraw of the map alone, longest task ${redraw.toFixed(0)} ms | page JS heap ${before.toFixed(0)} → ${after.toFixed(0)} MB | ${n}`,
    );
    await page.close();
  }
  return out;
}
