/**
 * Screenshots of the key screens at the three screen sizes planners and projectors use, in both
 * languages, for a person to look at (test-results/screenshots/screen-*). Each state also asserts
 * the thing it shows, so a screenshot of a broken screen fails here first.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import * as turf from '@turf/turf';
import { launch, openApp, POLL, readGeodata, screenshot, show, waitForIdle, type AppPage } from './helpers';

const projects = readGeodata('projects/projects.geojson').features;
/** The largest stack: the county seat with the most projects on one point (乐清). */
const seat = (() => {
  const counts = new Map<string, number>();
  for (const f of projects) {
    const k = (f.geometry as GeoJSON.Point).coordinates.join(',');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0].split(',').map(Number) as [number, number];
})();

const SIZES = [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
] as const;

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(app.errors).toEqual([]);
});

describe.each(SIZES)('at %i×%i', (width, height) => {
  it.each(['zh', 'en'] as const)('%s: start view, stacked seat at zoom 9 and 12, source passage, population switched on', async (lang) => {
    const { page } = app;
    const name = (s: string) => `screen-${width}x${height}-${lang}-${s}`;
    await page.setViewportSize({ width, height });
    await show(page, `lang=${lang}`);
    await page.locator('.wz-ctrl-home').click();
    await waitForIdle(page, 'counties:fill');
    // The whole city fills the map: all 12 counties in view.
    await expect
      .poll(() => page.evaluate(([w, s, e, n]) => { const b = window.__wzMap!.getBounds(); return b.getWest() < w! && b.getEast() > e! && b.getSouth() < s! && b.getNorth() > n!; }, turf.bbox(readGeodata('admin/counties.geojson'))), POLL)
      .toBe(true);
    await screenshot(page, name('1-start'));

    await show(page, `map=9/${seat[1]}/${seat[0]}&lang=${lang}`, 'projects:stack');
    await screenshot(page, name('2-stack-z9'));
    await show(page, `map=12/${seat[1] - 0.03}/${seat[0] + 0.02}&lang=${lang}`, 'projects:precise');
    await screenshot(page, name('3-stack-z12'));

    await show(page, `map=10/27.8/120.65&lang=${lang}&sel=projects/p001-033`, 'projects:precise');
    await page.getByTestId('read-source').click();
    await page.getByTestId('source-viewer').locator('p.cited').waitFor();
    await screenshot(page, name('4-source-passage'));
    await page.keyboard.press('Escape');
    // The panel leaves the scale bar in view.
    const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
    const panel = (await page.getByTestId('feature-panel').boundingBox())!;
    expect(scale.x + scale.width).toBeLessThan(panel.x);

    await show(page, `map=8/27.8/120.6&lang=${lang}`);
    await page.getByTestId('toggle-population-2021').check();
    await waitForIdle(page, 'population-2021:fill');
    await screenshot(page, name('5-population'));
    await page.getByTestId('toggle-population-2021').uncheck();
  });
});

/** Every slide of the structure story in the projector theme, as the back of a meeting room sees it. */
describe.each(SIZES)('presenting at %i×%i', (width, height) => {
  const story = readGeodata<{ slides: { id: string; title: { zh: string } }[] }>('stories/structure.json');
  it('each slide: title, caption and legend in view and apart from each other', async () => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    for (const [i, slide] of story.slides.entries()) {
      await show(page, `story=structure&slide=${i + 1}`);
      await expect.poll(() => page.locator('.presenter-title h1').innerText(), POLL).toBe(slide.title.zh);
      await waitForIdle(page, 'counties:fill');
      const boxes = await Promise.all(['.presenter-title', '.presenter-caption', '.presenter-legend'].map(async (s) => (await page.locator(s).boundingBox())!));
      const [title, caption, legend] = boxes;
      for (const b of boxes) expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height, `${slide.id} box inside the screen`).toBe(true);
      const apart = (a: typeof title, b: typeof title) => a!.x + a!.width <= b!.x || b!.x + b!.width <= a!.x || a!.y + a!.height <= b!.y || b!.y + b!.height <= a!.y;
      expect(apart(caption, legend), `${slide.id}: caption and legend overlap`).toBe(true);
      expect(apart(title, caption) && apart(title, legend), `${slide.id}: the title bar covers a box`).toBe(true);
      // The title bar stays one bar high (no wrapped title pushing the map down).
      expect(title!.height, `${slide.id}: title bar height`).toBeLessThan(80);
      await screenshot(page, `screen-${width}x${height}-present-${i + 1}-${slide.id}`);
    }
    await page.keyboard.press('Escape');
    await page.locator('.header').waitFor();
  });
});

/** The data clerk's screens on the smallest screen: the form, the table and an import report fit the sidebar. */
describe.each(['zh', 'en'] as const)('editing at 1024×768, %s', (lang) => {
  it('shows the attribute form, the table and an import report without a sideways scroll', async () => {
    const edit = await openApp(browser, `#map=13/27.979/120.646&panel=edit&lang=${lang}&sel=rail-stations/s1-station-05`, { viewport: { width: 1024, height: 768 } });
    const { page } = edit;
    const name = (s: string) => `screen-1024x768-${lang}-edit-${s}`;
    /** What sticks out of the sidebar on the right (nothing, when it fits). */
    const fits = () =>
      page.getByTestId('edit-panel').evaluate((panel) => {
        const right = panel.getBoundingClientRect().right + 1;
        return [...panel.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > right).map((el) => `${el.tagName.toLowerCase()}.${el.className}[${el.getAttribute('data-testid') ?? ''}] ${(el.textContent ?? '').slice(0, 40)}`);
      });
    await page.getByTestId('editor-name').fill(lang === 'zh' ? '录入员' : 'Clerk');
    await page.getByTestId('edit-layer').selectOption('rail/stations.geojson');
    await page.getByTestId('edit-begin').click();
    await page.getByTestId('attribute-form').waitFor();
    await screenshot(page, name('1-form'));
    expect(await fits()).toEqual([]);
    await page.getByTestId('open-table').click();
    await expect.poll(() => page.getByTestId('feature-table').locator('tr[data-row]').count(), POLL).toBeGreaterThan(5);
    await screenshot(page, name('2-table'));
    await page.getByTestId('open-table').click();
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/stations-gcj02.csv');
    await expect.poll(() => page.getByTestId('import-counts').count(), POLL).toBe(1);
    await screenshot(page, name('3-import-report'));
    expect(await fits()).toEqual([]);
    expect(edit.errors).toEqual([]);
    await page.close();
  });
});
