import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { launch, openApp, POLL, renderedIds, screenshot, waitForIdle } from './helpers';
import { labelPoints } from '../../src/layers/labelPoints';

const counties = JSON.parse(readFileSync('geodata/admin/counties.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const allCountyIds = counties.features.map((f) => String(f.properties!.id)).sort();
const labelOf = (adcode: string) => labelPoints(counties).features.find((f) => f.properties!.adcode === adcode)!.geometry.coordinates as [number, number];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the offline map of Wenzhou', () => {
  it('draws all 12 county-level units and the seats with no network, and says how long it took', async () => {
    const started = Date.now();
    const { page, externalRequests, errors } = await openApp(browser);
    console.log(`e2e: time to a rendered map (navigation → counties drawn, idle): ${Date.now() - started} ms`);
    await expect.poll(() => renderedIds(page, 'counties:fill'), POLL).toEqual(allCountyIds);
    await expect.poll(() => renderedIds(page, 'county-seats:circle'), POLL).toHaveLength(12);
    expect(externalRequests).toEqual([]);
    expect(errors).toEqual([]);

    // The canvas is not blank: sea, land and county colours all appear.
    const png = PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(colours.size).toBeGreaterThan(20);
    expect(colours.has(0xb9d3e6)).toBe(true); // the sea colour of the offline basemap

    expect(await page.locator('.maplibregl-ctrl-attrib').innerText()).toContain('Vonng/adcode (CC BY 4.0)');
    expect(await page.locator('.maplibregl-ctrl-scale').count()).toBe(1);
    await screenshot(page, '01-offline-map');
    await page.close();
  });

  it('hides and shows a layer with its toggle, and keeps the choice in the URL', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('toggle-counties').uncheck();
    await waitForIdle(page, 'counties:fill');
    await expect.poll(() => renderedIds(page, 'counties:fill'), POLL).toEqual([]);
    await expect.poll(() => renderedIds(page, 'county-seats:circle'), POLL).toHaveLength(12);
    const layers = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('layers')!.split(',');
    expect(layers).toContain('county-seats');
    expect(layers).not.toContain('counties');
    await screenshot(page, '02-counties-hidden');

    await page.getByTestId('toggle-counties').check();
    await waitForIdle(page, 'counties:fill');
    await expect.poll(() => renderedIds(page, 'counties:fill'), POLL).toEqual(allCountyIds);
    await page.close();
  });

  it('opens the feature panel with name, adcode, area and population when a county is clicked', async () => {
    const { page } = await openApp(browser);
    const point = await page.evaluate((lngLat) => window.__wzMap!.project(lngLat), labelOf('330324'));
    const box = (await page.getByTestId('map').boundingBox())!;
    // Click a little below the label point so the click lands on the polygon, not on text.
    await page.mouse.click(box.x + point.x, box.y + point.y + 25);
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    expect(await panel.locator('h2').innerText()).toBe('永嘉县');
    expect(await panel.locator('[data-field="adcode"] dd').innerText()).toBe('330324');
    expect(await panel.locator('[data-field="area_km2"] dd').innerText()).toMatch(/^2,?681\.3 平方公里$/);
    expect(await panel.locator('[data-field="pop_2021_wan"] dd').innerText()).toBe('87 万人');
    expect(await panel.locator('[data-field="geometry_quality"] dd').innerText()).toContain('测绘');
    expect(new URL(page.url()).hash).toContain('sel=counties/330324');
    await screenshot(page, '03-feature-panel');
    await page.close();
  });

  it('restores camera, visible layers, language and selection from a shared URL', async () => {
    const { page } = await openApp(browser, '#map=10/27.98/120.66&layers=county-seats&lang=en&sel=county-seats/seat-330302', { waitFor: 'county-seats:circle' });
    const camera = await page.evaluate(() => ({ zoom: window.__wzMap!.getZoom(), ...window.__wzMap!.getCenter() }));
    expect(camera.zoom).toBeCloseTo(10, 5);
    expect(camera.lat).toBeCloseTo(27.98, 4);
    expect(camera.lng).toBeCloseTo(120.66, 4);
    expect(await page.getByTestId('toggle-counties').isChecked()).toBe(false);
    expect(await page.getByTestId('toggle-county-seats').isChecked()).toBe(true);
    await expect.poll(() => renderedIds(page, 'counties:fill'), POLL).toEqual([]);
    expect((await renderedIds(page, 'county-seats:circle')).length).toBeGreaterThan(0);
    expect(await page.locator('h1').innerText()).toContain('Wenzhou Planning Map');
    expect(await page.getByTestId('feature-panel').locator('h2').innerText()).toBe('Lucheng');
    await screenshot(page, '04-restored-url-en');
    await page.close();
  });

  it('keeps the camera in the URL after the user zooms', async () => {
    const { page } = await openApp(browser);
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await page.waitForFunction(() => /map=8\.95/.test(location.hash), null, { timeout: 10_000 });
    await page.close();
  });

  it('falls back to the offline basemap and tells the user when the online basemap fails', async () => {
    const { page } = await openApp(browser);
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
    await page.getByTestId('basemap-select').selectOption('osm');
    const notice = page.getByRole('alert');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toContain('在线底图加载失败');
    expect(await page.getByTestId('basemap-select').inputValue()).toBe('offline');
    expect(await page.evaluate(() => window.__wzMap!.getLayoutProperty('basemap:land', 'visibility'))).toBe('visible');
    await screenshot(page, '05-basemap-fallback');
    await page.close();
  });

  it('switches the interface and the map labels to English', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByTestId('tab-layers').innerText()).toBe('Layers');
    const field = await page.evaluate(() => JSON.stringify(window.__wzMap!.getLayoutProperty('counties:label', 'text-field')));
    expect(field).toContain('name_en');
    await waitForIdle(page, 'counties:fill');
    await screenshot(page, '06-english');
    await page.close();
  });
});
