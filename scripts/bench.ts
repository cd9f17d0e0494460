/**
 * npm run bench — filter speed in the built app, in headless Chromium.
 *
 * For the real projects and for synthetic sets of 10,000 and 100,000 points, it times a series of
 * filter changes from the change to the map's next `idle` event, two ways:
 *   expression: the app's way — MapLibre filter expressions (setFilter), data uploaded once;
 *   naive:      filter the features in JavaScript and upload the result with setData.
 * It also times the real data end to end through the app (URL → React → setFilter → idle).
 * Prints medians, 90th percentiles and the naive/expression ratio.
 *
 * Presenting: the slide change (key press → camera arrived and map idle) for each slide of the
 * structure story at 1920×1080, against a baseline measured in the same page: the same camera
 * eased to with no layer or filter change. And the exports a presenter takes away (PNG 2×, the
 * story's PDF and PowerPoint): time from the click to the download, and the file's size.
 * Importing: a 50 MB GeoJSON and a 100,000-row CSV through the import panel (benchImportInApp.ts);
 * BENCH_ONLY=import runs that part alone.
 * Asserts nothing.
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../tests/e2e/chromium';
import { projectFilterExpression } from '../src/filters/projectFilter';
import { EMPTY_FILTERS, serializeFilters, type ProjectFilter } from '../src/filters/filterState';
import { benchImportInApp } from './lib/benchImportInApp';

const root = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);

/** The filter changes a planner makes, cycled in order. */
const STEPS: ProjectFilter[] = [
  { ...EMPTY_FILTERS.projects, categories: ['产业'] },
  { ...EMPTY_FILTERS.projects, categories: ['产业'], statuses: ['reported_construction'] },
  { ...EMPTY_FILTERS.projects, categories: ['产业'], statuses: ['reported_construction'], investment: [50, 2000] },
  { ...EMPTY_FILTERS.projects, categories: ['基础设施', '民生'] },
  { ...EMPTY_FILTERS.projects, investment: [10, 100] },
  { ...EMPTY_FILTERS.projects, years: [2021, 2023] },
  { ...EMPTY_FILTERS.projects, counties: ['330302', '330381', '330382'] },
  { ...EMPTY_FILTERS.projects },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))]!;

/** Replaces the projects source with n synthetic points spread over Wenzhou's land area. */
async function loadSynthetic(page: Page, n: number) {
  await page.evaluate(async (count) => {
    const map = window.__wzMap!;
    const cats = ['产业', '基础设施', '民生'];
    const statuses = ['planned_completion', 'planned_start', 'reported_construction', 'preparation'];
    const counties = ['330302', '330303', '330304', '330305', '330324', '330326', '330327', '330328', '330329', '330381', '330382', '330383'];
    let seed = 42;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const features = Array.from({ length: count }, (_, i) => ({
      type: 'Feature' as const,
      properties: {
        id: `syn-${i}`,
        name_zh: `合成项目${i}`,
        name_en: `Synthetic ${i}`,
        category: cats[i % 3],
        subcategory: '',
        status: statuses[i % 4],
        county_adcode: counties[i % 12],
        location_precision: i % 2 ? 'town' : 'county',
        ...(i % 5 ? { investment_total_yi: Math.round(rnd() * 3000) / 10 } : {}),
        ...(i % 4 ? { start_year: 2019 + (i % 6), end_year: 2021 + (i % 6) } : {}),
      },
      geometry: { type: 'Point' as const, coordinates: [120.0 + rnd() * 1.1, 27.3 + rnd() * 1.1] },
    }));
    (window as unknown as { __benchData: unknown }).__benchData = features;
    const source = map.getSource('wz-projects') as unknown as { setData(d: unknown): void };
    source.setData({ type: 'FeatureCollection', features });
    await new Promise<void>((done) => map.once('idle', () => done()));
  }, n);
}

/** Times one filter change through setFilter on every part of the projects layer. */
async function timeExpression(page: Page, expr: unknown): Promise<number> {
  return page.evaluate(async (e) => {
    const map = window.__wzMap!;
    // As the app does: every part of the layer but the stack badges, which follow the filter by feature-state.
    const parts = map.getStyle().layers.filter((l) => {
      const meta = l.metadata as Record<string, unknown> | undefined;
      return meta?.['wz:layer'] === 'projects' && !meta['wz:unfiltered'];
    });
    const base = (window as unknown as { __benchBase?: Record<string, unknown> }).__benchBase ?? {};
    (window as unknown as { __benchBase: Record<string, unknown> }).__benchBase = base;
    for (const l of parts) if (!(l.id in base)) base[l.id] = (l as { filter?: unknown }).filter ?? null;
    const t0 = performance.now();
    const idle = new Promise<void>((done) => map.once('idle', () => done()));
    for (const l of parts) {
      const own = base[l.id];
      const next = e ? (own ? ['all', own, e] : e) : own;
      map.setFilter(l.id, next as never);
    }
    await idle;
    return performance.now() - t0;
  }, expr);
}

/** Times one filter change the naive way: filter in JavaScript, then setData. */
async function timeNaive(page: Page, f: ProjectFilter, all: boolean): Promise<number> {
  return page.evaluate(
    async ({ f, all }) => {
      const map = window.__wzMap!;
      const features = (window as unknown as { __benchData: { properties: Record<string, unknown> }[] }).__benchData;
      const t0 = performance.now();
      const kept = all
        ? features
        : features.filter(({ properties: p }) => {
            if (f.categories.length && !f.categories.includes(p.category as string)) return false;
            if (f.statuses.length && !f.statuses.includes(p.status as string)) return false;
            if (f.counties.length && !f.counties.includes(p.county_adcode as string)) return false;
            const inv = p.investment_total_yi as number | undefined;
            if (f.investment && (inv === undefined || inv < f.investment[0] || inv > f.investment[1])) return false;
            const s = p.start_year as number | undefined;
            if (f.years && (s === undefined || s > f.years[1] || ((p.end_year as number | undefined) ?? s) < f.years[0])) return false;
            return true;
          });
      const idle = new Promise<void>((done) => map.once('idle', () => done()));
      (map.getSource('wz-projects') as unknown as { setData(d: unknown): void }).setData({ type: 'FeatureCollection', features: kept });
      await idle;
      return performance.now() - t0;
    },
    { f, all },
  );
}

async function main() {
  ensureChromium();
  if (!existsSync(resolve(root, 'dist/index.html'))) await build({ root, logLevel: 'warn' });
  const server = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const results: string[] = [];
  const view = 'map=7.75/27.75/120.55&layers=projects,counties';
  const newPage = async (viewport = { width: 1280, height: 800 }) => {
    const page = await browser.newPage({ viewport });
    // tsx keeps function names with a __name() helper that the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    return page;
  };

  try {
    // BENCH_ONLY=import runs the import part alone.
    if (process.env.BENCH_ONLY !== 'import') await benchMapAndPresenting();
    // 5. Importing big files through the import panel.
    results.push(...(await benchImportInApp(newPage, base)));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nFilter change → map idle, headless Chromium (software WebGL: SwiftShader), ${ROUNDS} changes each.`);
  console.log('Each figure includes the frames drawn by software WebGL; the 640×400 row shows how much of it is pixels.\n');
  for (const r of results) console.log(r);

  async function benchMapAndPresenting() {
    // 1. The real data, end to end through the app: URL change → React → setFilter → idle.
    {
      const page = await newPage();
      await page.goto(`${base}#${view}`);
      await page.waitForFunction(() => window.__wzMap?.getLayer('projects:precise') && window.__wzMap.loaded(), null, { timeout: 60_000 });
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const hash = `#${[view, ...serializeFilters({ ...EMPTY_FILTERS, projects: STEPS[i % STEPS.length]! })].join('&')}`;
        times.push(
          await page.evaluate(async (h) => {
            const map = window.__wzMap!;
            const t0 = performance.now();
            const idle = new Promise<void>((done) => map.once('idle', () => done()));
            location.hash = h;
            await idle;
            return performance.now() - t0;
          }, hash),
        );
      }
      const n = await page.evaluate(() => (window.__wzMap!.getSource('wz-projects') as unknown as { serialize(): { data: { features: unknown[] } } }).serialize().data.features.length);
      results.push(`real data (${n} projects) @1280×800, through the app (URL → React → setFilter → idle): median ${median(times).toFixed(1)} ms, p90 ${p90(times).toFixed(1)} ms`);
      await page.close();
    }

    // 2. Expression vs naive, on the real data and on synthetic sets.
    // The last run repeats 10,000 points in a quarter of the pixels: software WebGL makes the
    // time scale with the pixels drawn, which says how much of each figure is rasterisation.
    const runs = [
      { size: 0, viewport: { width: 1280, height: 800 } },
      { size: 10_000, viewport: { width: 1280, height: 800 } },
      { size: 100_000, viewport: { width: 1280, height: 800 } },
      { size: 10_000, viewport: { width: 640, height: 400 } },
    ];
    for (const { size, viewport } of runs) {
      const page = await newPage(viewport);
      await page.goto(`${base}#${view}`);
      await page.waitForFunction(() => window.__wzMap?.getLayer('projects:precise') && window.__wzMap.loaded(), null, { timeout: 60_000 });
      if (size) await loadSynthetic(page, size);
      else
        await page.evaluate(() => {
          const src = window.__wzMap!.getSource('wz-projects') as unknown as { serialize(): { data: { features: unknown[] } } };
          (window as unknown as { __benchData: unknown }).__benchData = src.serialize().data.features;
        });
      const label = `${size ? `${size.toLocaleString('en')} synthetic` : 'real projects'} @${viewport.width}×${viewport.height}`;
      const expr: number[] = [];
      for (let i = 0; i < ROUNDS; i++) expr.push(await timeExpression(page, projectFilterExpression(STEPS[i % STEPS.length]!) ?? null));
      await timeExpression(page, null);
      const naive: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const step = STEPS[i % STEPS.length]!;
        naive.push(await timeNaive(page, step, projectFilterExpression(step) === undefined));
      }
      const ratio = median(naive) / median(expr);
      results.push(
        `${label.padEnd(26)} expression: median ${median(expr).toFixed(1).padStart(7)} ms, p90 ${p90(expr).toFixed(1).padStart(7)} ms | ` +
          `naive setData: median ${median(naive).toFixed(1).padStart(7)} ms, p90 ${p90(naive).toFixed(1).padStart(7)} ms | naive/expression ${ratio.toFixed(1)}×`,
      );
      await page.close();
    }

    // 3. Presenting: slide change, key press → camera arrived → idle, against an ease alone.
    {
      const page = await newPage({ width: 1920, height: 1080 });
      await page.goto(`${base}#story=structure&slide=1`);
      await page.waitForFunction(() => window.__wzMap?.getLayer('structure-zones:fill') && window.__wzMap.loaded() && !window.__wzMap.isMoving(), null, { timeout: 60_000 });
      const untilIdle = () =>
        page.evaluate(
          () =>
            new Promise<number>((done) => {
              const map = window.__wzMap!;
              const check = () => (map.isMoving() || !map.loaded() ? map.once('idle', check) : done(performance.now() - (window as unknown as { __t0: number }).__t0));
              map.once('idle', check);
            }),
        );
      await page.evaluate(() => window.addEventListener('keydown', () => ((window as unknown as { __t0: number }).__t0 = performance.now()), { capture: true }));
      const slides: number[] = [];
      const eases: number[] = [];
      const count = Number((await page.getByTestId('slide-counter').innerText()).split('/')[1]);
      for (let round = 0; round < 2; round++) {
        for (let i = 1; i < count; i++) {
          const wait = untilIdle();
          await page.keyboard.press('PageDown');
          slides.push(await wait);
          // Baseline: ease away and back to this slide's camera with nothing else changing.
          const cam = await page.evaluate(() => window.__wzMap!.getCenter().toArray().concat(window.__wzMap!.getZoom()));
          eases.push(
            await page.evaluate(
              ([lng, lat, zoom]) =>
                new Promise<number>((done) => {
                  const map = window.__wzMap!;
                  map.jumpTo({ center: [lng! + 0.2, lat! + 0.1], zoom: zoom! - 0.5 });
                  map.once('idle', () => {
                    const t0 = performance.now();
                    map.easeTo({ center: [lng!, lat!], zoom: zoom!, duration: 900 });
                    const check = () => (map.isMoving() || !map.loaded() ? map.once('idle', check) : done(performance.now() - t0));
                    map.once('idle', check);
                  });
                }),
              cam,
            ),
          );
        }
        await page.keyboard.press('Home');
        await untilIdle();
      }
      const r = median(slides) / median(eases);
      results.push(`slide change @1920×1080 (structure, ${slides.length} changes; ease 900 ms): key → idle median ${median(slides).toFixed(0)} ms, p90 ${p90(slides).toFixed(0)} ms | same ease alone: median ${median(eases).toFixed(0)} ms | slide/ease ${r.toFixed(2)}×`);

      // 4. Exports from the presenter's menu: click → download, and the file's size.
      const dir = mkdtempSync(join(tmpdir(), 'wz-bench-'));
      for (const action of ['png2', 'pdf-story', 'pptx']) {
        const menu = page.getByTestId('export-menu');
        if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
        const t0 = Date.now();
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByTestId(`export-${action}`).click()]);
        const path = join(dir, download.suggestedFilename());
        await download.saveAs(path);
        results.push(`export ${action.padEnd(9)} @1920×1080: ${((Date.now() - t0) / 1000).toFixed(1)} s, ${(statSync(path).size / 1024).toFixed(0)} kB (${download.suggestedFilename()})`);
      }
      await page.close();
    }
  }
}

await main();
