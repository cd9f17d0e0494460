/**
 * Part of `npm run bench`: importing the big files (importBenchFiles.ts) through the app's import
 * panel in the built app, as a clerk would. Per file: from the file input's change to the parse
 * summary (the worker's part, with progress), from the summary to the validator's report (the main
 * thread's part: CRS, field mapping, ids, the check), and one mapping change → the new report; the
 * longest main-thread task in each phase (PerformanceObserver "longtask", the page's frozen time)
 * and the page's JS heap (CDP; the worker's own heap is not in it). Asserts nothing.
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
    await page.evaluate(watch);
    await page.getByTestId('import-file').setInputFiles(path);
    await page.waitForFunction(() => window.__benchImport?.counts, null, { timeout: 600_000, polling: 500 });
    const m = (await page.evaluate(() => window.__benchImport!)) as Marks;
    const after = await heapMb(page);
    const n = await page.getByTestId('import-counts').textContent();
    // One change of the mapping: a value for every feature, then the new report.
    const counts = page.getByTestId('import-counts');
    const old = await counts.textContent();
    const t = await page.evaluate(() => performance.now());
    await page.locator('[data-constant=geometry_quality]').selectOption({ index: 1 });
    await page.waitForFunction((o) => document.querySelector('[data-testid=import-counts]')?.textContent !== o, old, { timeout: 600_000, polling: 200 });
    const t2 = await page.evaluate(() => performance.now());
    const m2 = (await page.evaluate(() => window.__benchImport!)) as Marks;
    out.push(
      `import ${label.padEnd(25)}: change → summary (worker parse) ${((m.summary! - m.change) / 1000).toFixed(2)} s, longest main-thread task ${longest(m, m.change, m.summary!).toFixed(0)} ms | ` +
        `summary → report (main thread) ${((m.counts! - m.summary!) / 1000).toFixed(2)} s, longest task ${longest(m, m.summary!, m.counts! + 1).toFixed(0)} ms | ` +
        `one mapping change → report ${((t2 - t) / 1000).toFixed(2)} s, longest task ${longest(m2, t, t2).toFixed(0)} ms | page JS heap ${before.toFixed(0)} → ${after.toFixed(0)} MB | ${n}`,
    );
    await page.close();
  }
  return out;
}
