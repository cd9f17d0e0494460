/**
 * Every shipped story played with the keyboard, as a presenter would with a clicker. For each
 * slide: the caption and title, the camera (within a tolerance), the visible layers, and the
 * features drawn by filtered layers, checked against the slide's filters applied here,
 * independently, to the data files. Compare slides show different features on each side at one
 * camera and the divider drags; timeline slides follow their slider.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, POLL, readGeodata, screenshot } from './helpers';

type Props = Record<string, unknown>;
interface Filters {
  projects?: { categories?: string[]; statuses?: string[]; counties?: string[]; zones?: string[]; years?: [number, number] };
  rail?: { lines?: string[]; statuses?: string[] };
}
interface Side {
  label: { zh: string };
  layers?: string[];
  filters?: Filters;
}
interface SlideFile {
  id: string;
  title: { zh: string };
  caption: { zh: string };
  camera: { center: [number, number]; zoom: number; bearing?: number };
  layers: string[];
  filters?: Filters;
  years?: [number, number];
  compare?: { left: Side; right: Side };
}
interface StoryFile {
  id: string;
  title: { zh: string };
  slides: SlideFile[];
}

const catalog = readGeodata<{ stories: string[]; layers: { id: string; file: string }[] }>('catalog.json');
const stories = catalog.stories.map((f) => readGeodata<StoryFile>(f));
const fileOf = (layer: string) => catalog.layers.find((l) => l.id === layer)!.file;
const features = (layer: string) => readGeodata(fileOf(layer)).features.map((f) => ({ props: f.properties as Props, geometry: f.geometry }));

/** The slide's filters, applied here to the files, not through the app's code. */
function allowed(layer: string, filters: Filters, years?: [number, number]): Set<string> | undefined {
  if (layer === 'projects') {
    const f = { ...filters.projects, ...(years && { years }) };
    // Zones are derived in the app from the zone polygons: not checked here.
    if (!f.categories?.length && !f.statuses?.length && !f.counties?.length && !f.years) return undefined;
    const ids = features(layer)
      .filter(({ props: p }) => {
        if (f.categories?.length && !f.categories.includes(String(p.category))) return false;
        if (f.statuses?.length && !f.statuses.includes(String(p.status))) return false;
        if (f.counties?.length && !f.counties.includes(String(p.county_adcode))) return false;
        if (f.years) {
          const s = p.start_year as number | undefined;
          if (typeof s !== 'number') return false;
          const e = typeof p.end_year === 'number' ? p.end_year : s;
          if (s > f.years[1] || e < f.years[0]) return false;
        }
        return true;
      })
      .map(({ props }) => String(props.id));
    return new Set(ids);
  }
  if (layer === 'rail-lines' || layer === 'rail-stations') {
    const r = filters.rail ?? {};
    if (!r.lines?.length && !r.statuses?.length) return undefined;
    return new Set(
      features(layer)
        .filter(({ props: p }) => {
          const lines = String(p.line_ids ?? p.line_id ?? '').split(',');
          if (r.lines?.length && !lines.some((l) => r.lines!.includes(l))) return false;
          if (r.statuses?.length && !r.statuses.includes(String(p.status))) return false;
          return true;
        })
        .map(({ props }) => String(props.id)),
    );
  }
  return undefined;
}

/** Feature ids drawn (fills, lines, circles; not labels or stack badges) by a catalog layer on one of the two maps. */
function drawn(page: Page, layer: string, which: '__wzMap' | '__wzCompareMap'): Promise<string[]> {
  return page.evaluate(
    ([owner, key]) => {
      const map = (window as unknown as Record<string, import('maplibre-gl').Map | undefined>)[key!]!;
      const parts = map
        .getStyle()
        .layers.filter((l) => {
          const meta = l.metadata as Record<string, unknown> | undefined;
          return meta?.['wz:layer'] === owner && l.type !== 'symbol' && !meta['wz:unfiltered'] && l.layout?.visibility !== 'none';
        })
        .map((l) => l.id);
      if (!parts.length) return [];
      return [...new Set(map.queryRenderedFeatures({ layers: parts }).map((f) => String(f.properties.id)))].sort();
    },
    [layer, which] as const,
  );
}

async function settled(page: Page, key: '__wzMap' | '__wzCompareMap' = '__wzMap') {
  await page.waitForFunction((k) => {
    const map = (window as unknown as Record<string, import('maplibre-gl').Map | undefined>)[k];
    return !!map && map.loaded() && !map.isMoving();
  }, key, { timeout: 30_000 });
  // One more idle after a repaint: pending tiles and labels have settled.
  await page.evaluate(
    (k) =>
      new Promise<void>((done) => {
        const map = (window as unknown as Record<string, import('maplibre-gl').Map>)[k]!;
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
    key,
  );
}

const FILTERED = ['projects', 'rail-lines', 'rail-stations'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('shipped stories', () => {
  it('ships the four stories the plans call for', () => {
    expect(stories.map((s) => s.id)).toEqual(expect.arrayContaining(['structure', 'rail', 'projects', 'population']));
    expect(stories.some((s) => s.slides.some((sl) => sl.compare))).toBe(true);
    expect(stories.some((s) => s.slides.some((sl) => sl.years))).toBe(true);
  });

  it.each(stories.map((s) => [s.id, s] as const))('plays story %s slide by slide with the keyboard', async (id, story) => {
    const app = await openApp(browser, `#story=${id}&slide=1`, { viewport: { width: 1280, height: 720 } });
    const { page } = app;
    const n = story.slides.length;
    for (const [i, slide] of story.slides.entries()) {
      const where = `${id} slide ${i + 1} (${slide.id})`;
      await expect.poll(() => page.getByTestId('slide-counter').innerText(), POLL).toBe(`${i + 1} / ${n}`);
      expect(await page.locator('.presenter-title h1').innerText(), where).toBe(slide.title.zh);
      expect(await page.getByTestId('slide-caption').innerText(), where).toContain(slide.caption.zh);
      expect(await page.evaluate(() => window.location.hash), where).toContain(`story=${id}&slide=${i + 1}`);
      await settled(page);
      const cam = await page.evaluate(() => ({ c: window.__wzMap!.getCenter(), z: window.__wzMap!.getZoom() }));
      expect(Math.abs(cam.z - slide.camera.zoom), `${where} zoom`).toBeLessThan(0.05);
      expect(Math.abs(cam.c.lng - slide.camera.center[0]) + Math.abs(cam.c.lat - slide.camera.center[1]), `${where} centre ${JSON.stringify(cam)}`).toBeLessThan(0.003);

      const left = slide.compare?.left;
      const layers = left?.layers ?? slide.layers;
      const filters = left?.filters ?? slide.filters ?? {};
      await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.hash.slice(1)).get('layers')), POLL).toBe(layers.join(','));
      for (const layer of FILTERED.filter((l) => layers.includes(l))) {
        const ok = allowed(layer, filters, slide.years);
        if (!ok) continue;
        const ids = await drawn(page, layer, '__wzMap');
        expect(ids.filter((x) => !ok.has(x)), `${where}: ${layer} draws features its filter leaves out`).toEqual([]);
      }

      if (slide.compare) {
        const right = slide.compare.right;
        await page.getByTestId('compare-map').waitFor();
        await settled(page, '__wzCompareMap');
        expect(await page.getByTestId('compare-label-left').innerText()).toBe(slide.compare.left.label.zh);
        expect(await page.getByTestId('compare-label-right').innerText()).toBe(right.label.zh);
        // One camera for both sides.
        const cams = await page.evaluate(() => [window.__wzMap!, window.__wzCompareMap!].map((m) => [m.getCenter().lng, m.getCenter().lat, m.getZoom()]));
        cams[1]!.forEach((v, k) => expect(Math.abs(v - cams[0]![k]!)).toBeLessThan(1e-6));
        const rightLayers = right.layers ?? slide.layers;
        const rightFilters = right.filters ?? slide.filters ?? {};
        const sides: string[][] = [[], []];
        for (const layer of FILTERED.filter((l) => layers.includes(l) || rightLayers.includes(l))) {
          const leftIds = layers.includes(layer) ? await drawn(page, layer, '__wzMap') : [];
          const rightIds = rightLayers.includes(layer) ? await drawn(page, layer, '__wzCompareMap') : [];
          const ok = allowed(layer, rightFilters, slide.years);
          if (ok) expect(rightIds.filter((x) => !ok.has(x)), `${where}: right ${layer}`).toEqual([]);
          sides[0]!.push(...leftIds.map((x) => `${layer}/${x}`));
          sides[1]!.push(...rightIds.map((x) => `${layer}/${x}`));
        }
        expect(sides[0], `${where}: both sides draw the same features`).not.toEqual(sides[1]);
        // The divider drags: the left map's clip follows it.
        const handle = page.getByTestId('compare-divider');
        const box = (await handle.boundingBox())!;
        const clipBefore = await page.getByTestId('map').evaluate((el) => el.style.clip);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2 - 250, box.y + box.height / 2, { steps: 5 });
        await page.mouse.up();
        const clipAfter = await page.getByTestId('map').evaluate((el) => el.style.clip);
        expect(clipAfter).not.toBe(clipBefore);
        await screenshot(page, `62-compare-${id}-${slide.id}`);
      } else {
        expect(await page.getByTestId('compare-map').count(), where).toBe(0);
      }

      if (slide.years) {
        const [lo, hi] = slide.years;
        const timeline = page.getByTestId('timeline');
        await timeline.waitFor();
        expect(await page.getByTestId('timeline-year').innerText()).toBe(String(hi));
        // To the first year with the keyboard: the projects drawn are those running by then.
        await page.getByTestId('timeline-thumb').focus();
        await page.keyboard.press('Home');
        await expect.poll(() => page.getByTestId('timeline-year').innerText(), POLL).toBe(String(lo));
        await settled(page);
        const ok = allowed('projects', filters, [lo, lo])!;
        const ids = await drawn(page, 'projects', '__wzMap');
        expect(ids.filter((x) => !ok.has(x)), `${where}: timeline at ${lo}`).toEqual([]);
        expect(await page.getByTestId('timeline-summary').innerText()).toContain(`${lo}–${lo}`);
        await screenshot(page, `63-timeline-${id}-${slide.id}`);
        // Back to the presenter's keys: focus leaves the slider.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      } else {
        expect(await page.getByTestId('timeline').count(), where).toBe(0);
      }
      if (i < n - 1) await page.keyboard.press('PageDown');
    }
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
    await page.close();
  });
});
