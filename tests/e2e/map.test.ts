/**
 * The offline map: it loads with no network, fills every screen size with land and sea, fits the
 * 12 counties to the map, keeps catalog order for layers switched on late, and keeps its state in
 * the URL. One page for the file; states come through the URL hash.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import * as turf from '@turf/turf';
import type { Browser } from 'playwright-core';
import { clickAt, launch, openApp, POLL, readGeodata, renderedIds, screenshot, show, waitForIdle, type AppPage } from './helpers';
import { labelPoints } from '../../src/layers/labelPoints';
import { buildWenzhouPmtiles } from './pmtilesFixture';
import { BASEMAP_DATA_BBOX } from '../../src/data/wenzhouBounds';

const counties = readGeodata('admin/counties.geojson');
const allCountyIds = counties.features.map((f) => String(f.properties!.id)).sort();
const labelOf = (adcode: string) => labelPoints(counties).features.find((f) => f.properties!.adcode === adcode)!.geometry.coordinates as [number, number];
const SEA = 0xb9d3e6;
const OUTSIDE = 0xdee2e6;

let browser: Browser;
let app: AppPage;
let loadMs = 0;
beforeAll(async () => {
  browser = await launch();
  const started = Date.now();
  app = await openApp(browser);
  loadMs = Date.now() - started;
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  // Any page error, console error or MapLibre error event fails the test that caused it.
  expect(app.errors).toEqual([]);
  await app.page.setViewportSize({ width: 1280, height: 800 });
});

/** Colours of the map canvas sampled on a grid, and the share of pixels of one colour. */
async function canvasColours(page: AppPage['page']) {
  const png = PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
  const colours = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4 * 37) {
    const c = (png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!;
    colours.set(c, (colours.get(c) ?? 0) + 1);
  }
  const total = [...colours.values()].reduce((a, b) => a + b, 0);
  return { colours, share: (c: number) => (colours.get(c) ?? 0) / total };
}

describe('the offline map of Wenzhou', () => {
  it('draws all 12 county-level units and the seats with no network, and says how long it took', async () => {
    console.log(`e2e: time to a rendered map (navigation → counties drawn, idle): ${loadMs} ms`);
    const { page } = app;
    await expect.poll(() => renderedIds(page, 'counties:fill'), POLL).toEqual(allCountyIds);
    await expect.poll(() => renderedIds(page, 'county-seats:circle'), POLL).toHaveLength(12);
    expect(app.externalRequests).toEqual([]);
    // No camera in the URL: the map opened fitted to the 12 counties.
    const [w, s, e, n] = turf.bbox(counties);
    const view = await page.evaluate(() => window.__wzMap!.getBounds().toArray().flat());
    expect([view[0]! < w, view[1]! < s, view[2]! > e, view[3]! > n]).toEqual([true, true, true, true]);

    const { colours, share } = await canvasColours(page);
    expect(colours.size).toBeGreaterThan(20);
    expect(share(SEA)).toBeGreaterThan(0.01);
    expect(await page.locator('.maplibregl-ctrl-scale').count()).toBe(1);
    await screenshot(page, '01-offline-map');
  });

  it('starts with the credits folded to their button, which opens them, clear of the scale bar', async () => {
    const { page } = app;
    const attrib = page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => attrib.getAttribute('class'), POLL).toContain('maplibregl-compact');
    expect(await attrib.getAttribute('class')).not.toContain('maplibregl-compact-show');
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    expect(await attrib.getAttribute('class')).toContain('maplibregl-compact-show');
    expect(await attrib.innerText()).toContain('Vonng/adcode (CC BY 4.0)');
    const a = (await attrib.boundingBox())!;
    const s = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
    expect(a.x).toBeGreaterThan(s.x + s.width);
    await page.locator('.maplibregl-ctrl-attrib-button').click();
  });

  it.each([
    [1920, 1080],
    [1280, 720],
    [1024, 768],
  ])('fills a %i×%i screen with land and sea and fits the 12 counties into the map', async (width, height) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    // The whole-city button fits the counties to the map's size, as a first visit does on load.
    await page.locator('.wz-ctrl-home').click();
    await waitForIdle(page, 'counties:fill');
    await expect.poll(() => renderedIds(page, 'counties:fill'), POLL).toEqual(allCountyIds);
    const [w, s, e, n] = turf.bbox(counties);
    const view = await page.evaluate(() => window.__wzMap!.getBounds().toArray().flat());
    expect(view[0]).toBeLessThan(w);
    expect(view[1]).toBeLessThan(s);
    expect(view[2]).toBeGreaterThan(e);
    expect(view[3]).toBeGreaterThan(n);
    // Filling: the counties span most of the map's width or height (not a small island in grey).
    expect(Math.max((e - w) / (view[2]! - view[0]!), (n - s) / (view[3]! - view[1]!))).toBeGreaterThan(0.8);
    // Zoomed out as far as MapLibre allows, the view stays inside the box the land and sea cover
    // (read in one task, so the far view is never drawn: software rendering makes it slow).
    const farthest = await page.evaluate(() => {
      const map = window.__wzMap!;
      const back = { center: map.getCenter(), zoom: map.getZoom() };
      const corners = ([[-180, -85], [180, 85]] as [number, number][]).map((center) => {
        map.jumpTo({ center, zoom: 0 });
        return map.getBounds().toArray().flat();
      });
      map.jumpTo(back);
      return corners;
    });
    for (const [vw, vs, ve, vn] of farthest) {
      expect(vw).toBeGreaterThanOrEqual(BASEMAP_DATA_BBOX[0]);
      expect(vs).toBeGreaterThanOrEqual(BASEMAP_DATA_BBOX[1]);
      expect(ve).toBeLessThanOrEqual(BASEMAP_DATA_BBOX[2]);
      expect(vn).toBeLessThanOrEqual(BASEMAP_DATA_BBOX[3]);
    }
    // What the reader sees at the fitted view: land and sea to every edge, none of the
    // "outside the data" grey (at 1920×1080 Wenzhou used to float in it).
    const { share } = await canvasColours(page);
    expect(share(OUTSIDE)).toBe(0);
    expect(share(SEA)).toBeGreaterThan(0.05);
  });

  it('draws a layer switched on after load in its catalog place: population under rail and projects', async () => {
    const { page } = app;
    await show(page, 'map=8/27.8/120.6');
    await page.getByTestId('toggle-population-2021').check();
    await waitForIdle(page, 'population-2021:fill');
    const order = await page.evaluate(() => window.__wzMap!.getLayersOrder());
    expect(order.indexOf('population-2021:fill')).toBeGreaterThan(order.indexOf('counties:fill'));
    expect(order.indexOf('population-2021:fill')).toBeLessThan(order.indexOf('rail-lines:operating'));
    expect(order.indexOf('population-2021:fill')).toBeLessThan(order.indexOf('projects:precise'));
    // Labels above every shape; county names placed before project names.
    expect(order.indexOf('counties:label')).toBeGreaterThan(order.indexOf('projects:precise'));
    expect(order.indexOf('counties:label')).toBeGreaterThan(order.indexOf('projects:label'));
    await screenshot(page, '07-population-after-load');
    await page.getByTestId('toggle-population-2021').uncheck();
  });

  it('hides and shows a layer with its toggle, and keeps the choice in the URL', async () => {
    const { page } = app;
    await show(page, 'map=7.75/27.75/120.55');
    await page.getByTestId('toggle-counties').uncheck();
    await waitForIdle(page, 'counties:fill');
    await expect.poll(() => renderedIds(page, 'counties:fill'), POLL).toEqual([]);
    const layers = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('layers')!.split(',');
    expect(layers).toContain('county-seats');
    expect(layers).not.toContain('counties');
    await page.getByTestId('toggle-counties').check();
    await waitForIdle(page, 'counties:fill');
    await expect.poll(() => renderedIds(page, 'counties:fill'), POLL).toEqual(allCountyIds);
  });

  it('opens the feature panel with name, adcode, area and population when a county is clicked', async () => {
    const { page } = app;
    await show(page, 'map=7.75/27.75/120.55');
    // Click a little below the label point so the click lands on the polygon, not on text.
    await clickAt(page, labelOf('330324'), [0, 25]);
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    expect(await panel.locator('h2').innerText()).toBe('永嘉县');
    expect(await panel.locator('[data-field="adcode"] dd').innerText()).toBe('330324');
    expect(await panel.locator('[data-field="area_km2"] dd').innerText()).toMatch(/^2,?681\.3 平方公里$/);
    expect(await panel.locator('[data-field="pop_2021_wan"] dd').innerText()).toBe('87 万人');
    expect(await panel.locator('[data-field="geometry_quality"] dd').innerText()).toContain('测绘');
    expect(new URL(page.url()).hash).toContain('sel=counties/330324');
    await screenshot(page, '03-feature-panel');
    await page.getByTestId('feature-panel-close').click();
  });

  it('restores camera, visible layers, language and selection from a shared URL', async () => {
    const { page } = app;
    await show(page, 'map=10/27.98/120.66&layers=county-seats&lang=en&sel=county-seats/seat-330302', 'county-seats:circle');
    const camera = await page.evaluate(() => ({ zoom: window.__wzMap!.getZoom(), ...window.__wzMap!.getCenter() }));
    expect(camera.zoom).toBeCloseTo(10, 5);
    expect(camera.lat).toBeCloseTo(27.98, 4);
    expect(camera.lng).toBeCloseTo(120.66, 4);
    expect(await page.getByTestId('toggle-counties').isChecked()).toBe(false);
    await expect.poll(() => renderedIds(page, 'counties:fill'), POLL).toEqual([]);
    expect((await renderedIds(page, 'county-seats:circle')).length).toBeGreaterThan(0);
    expect(await page.locator('h1').innerText()).toContain('Wenzhou Planning Map');
    expect(await page.getByTestId('feature-panel').locator('h2').innerText()).toBe('Lucheng');
    // Map controls speak the UI language.
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
    await screenshot(page, '04-restored-url-en');
    await show(page, 'map=7.75/27.75/120.55');
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('放大');
  });

  it('keeps the camera in the URL after the user zooms', async () => {
    const { page } = app;
    await show(page, 'map=7.75/27.75/120.55');
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await page.waitForFunction(() => /map=8\.75/.test(location.hash), null, { timeout: 10_000 });
  });

  it('collapses the sidebar, and the map takes the room', async () => {
    const { page } = app;
    const before = await page.evaluate(() => window.__wzMap!.getCanvas().clientWidth);
    await page.getByTestId('sidebar-toggle').click();
    await page.waitForFunction((w) => window.__wzMap!.getCanvas().clientWidth > w + 200, before);
    expect(await page.getByTestId('tab-layers').isVisible()).toBe(false);
    await page.getByTestId('sidebar-toggle').click();
    await page.waitForFunction((w) => window.__wzMap!.getCanvas().clientWidth === w, before);
  });
});

describe('basemaps', () => {
  it('falls back to the offline basemap and tells the user when the online basemap fails', async () => {
    const { page } = app;
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
    await page.getByTestId('basemap-select').selectOption('osm');
    const notice = page.getByRole('alert');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toContain('在线底图加载失败');
    expect(await page.getByTestId('basemap-select').inputValue()).toBe('offline');
    expect(await page.evaluate(() => window.__wzMap!.getLayoutProperty('basemap:land', 'visibility'))).toBe('visible');
    await screenshot(page, '05-basemap-fallback');
    // The browser reports the aborted tiles as failed loads: expected here, and only these.
    const tileErrors = app.errors.filter((e) => e.includes('tile.openstreetmap.org') || e.includes('Failed to load resource'));
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !tileErrors.includes(e)));
    await page.unroute('https://tile.openstreetmap.org/**');
    await page.getByRole('alert').getByRole('button').click();
  });

  it('draws a detailed vector basemap from a local PMTiles file when the catalog names one', async () => {
    const archive = Buffer.from(buildWenzhouPmtiles());
    const own = await openApp(browser, '#map=9/27.95/120.7', {
      before: async (page) => {
        await page.route('**/geodata/catalog.json', async (route) => {
          const res = await route.fetch();
          const catalog = await res.json();
          catalog.basemap.vector = { file: 'basemap/test.pmtiles', flavor: 'light', attribution: 'test tiles from the project geodata' };
          await route.fulfill({ response: res, json: catalog });
        });
        // PMTiles reads by HTTP range requests.
        await page.route('**/geodata/basemap/test.pmtiles', async (route) => {
          const m = /bytes=(\d+)-(\d+)/.exec(route.request().headers().range ?? '');
          const [from, to] = m ? [Number(m[1]), Math.min(Number(m[2]), archive.length - 1)] : [0, archive.length - 1];
          await route.fulfill({
            status: m ? 206 : 200,
            headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${from}-${to}/${archive.length}`, 'Accept-Ranges': 'bytes' },
            body: archive.subarray(from, to + 1),
          });
        });
      },
    });
    await expect.poll(() => own.page.evaluate(() => window.__wzMap!.queryRenderedFeatures({ layers: ['basemap:pm:earth'] }).length), POLL).toBeGreaterThan(0);
    await expect.poll(() => own.page.evaluate(() => window.__wzMap!.queryRenderedFeatures({ layers: ['basemap:pm:water'] }).length), POLL).toBeGreaterThan(0);
    const order = await own.page.evaluate(() => window.__wzMap!.getLayersOrder());
    // Under the planning layers, over the simple basemap.
    expect(order.indexOf('basemap:pm:earth')).toBeGreaterThan(order.indexOf('basemap:wenzhou'));
    expect(order.indexOf('basemap:pm:earth')).toBeLessThan(order.indexOf('counties:fill'));
    expect(own.externalRequests).toEqual([]);
    await screenshot(own.page, '08-vector-basemap');
    expect(own.errors.filter((e) => !e.includes('Failed to load font'))).toEqual([]);
    await own.page.close();
  });
});
