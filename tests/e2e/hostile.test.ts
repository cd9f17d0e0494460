/**
 * Hostile input in the built app: a URL naming a prototype key, and a data file whose credit is
 * HTML. The app stays whole, pollutes nothing, and shows the credit as text.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launch, openApp, POLL, WHOLE_CITY } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile input', () => {
  it('the preview server forbids framing and MIME sniffing', async () => {
    const res = await fetch(inject('baseUrl'));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it.each(['__proto__', 'constructor', 'prototype'])('#sel=projects/%s selects nothing, pollutes nothing and breaks nothing', async (key) => {
    const app = await openApp(browser, `#${WHOLE_CITY}&sel=projects/${key}`);
    const { page } = app;
    // Object.prototype as a fresh page has it: nothing added, nothing inherited by a plain object.
    const clean = await browser.newPage();
    const names = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
    expect(await page.evaluate(names)).toBe(await clean.evaluate(names));
    await clean.close();
    expect(await page.evaluate(() => Object.keys(Object.prototype).length)).toBe(0);
    expect(await page.evaluate(() => 'selected' in {} || 'value' in {})).toBe(false);
    expect(await page.getByTestId('feature-panel').count()).toBe(0);
    // The map still answers: a county click opens its panel.
    await page.evaluate(() => (location.hash = `${location.hash}&sel=counties/330302`.replace(/&sel=projects\/[^&]*/, '')));
    await expect.poll(() => page.getByTestId('feature-panel').count(), POLL).toBe(1);
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it('says a layer saved as GBK is not UTF-8, with the fix, instead of drawing mojibake, and keeps the other layers', async () => {
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: readFileSync('geodata/rail/stations.geojson') });
    const app = await openApp(browser, `#${WHOLE_CITY}&layers=rail-stations,rail-lines,counties`, {
      waitFor: 'rail-lines:operating',
      before: async (page) => {
        await page.route('**/geodata/rail/stations.geojson', (route) => route.fulfill({ body: gbk, contentType: 'application/geo+json' }));
      },
    });
    const notice = app.page.locator('.notice-error', { hasText: 'geodata/rail/stations.geojson' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/不是 UTF-8 编码（看起来是 GBK/);
    // Where: the first byte that is not UTF-8 (the first Chinese name, on the file's second line).
    expect(await notice.innerText()).toMatch(/geodata\/rail\/stations\.geojson:2:\d+/);
    expect(await notice.innerText()).toContain('iconv -f GBK');
    await expect.poll(() => app.page.evaluate(async () => (await (window.__wzMap!.getSource('wz-rail-lines') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> }).getData()).features.length), POLL).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.page.close();
  });

  it('shows a credit written as HTML in sources.json as text: no image, no request', async () => {
    const registry = JSON.parse(readFileSync('geodata/sources.json', 'utf8')) as { attribution: string }[];
    registry[0]!.attribution = '<img src="https://evil.invalid/leak.png" data-evil="1"> County boundaries';
    const app = await openApp(browser, `#${WHOLE_CITY}`, {
      before: async (page) => {
        await page.route('**/geodata/sources.json', (route) => route.fulfill({ body: JSON.stringify(registry), contentType: 'application/json' }));
      },
    });
    const { page } = app;
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    const credits = page.locator('.maplibregl-ctrl-attrib-inner');
    await expect.poll(() => credits.textContent(), POLL).toContain('<img src="https://evil.invalid/leak.png"');
    expect(await page.locator('[data-evil]').count()).toBe(0);
    expect(app.externalRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await page.close();
  });

  // Thirteen pages with every layer on: more than the default 90 s on two cores.
  it('a broken or hostile layer file never empties another layer', { timeout: 300_000 }, async () => {
    const catalog = JSON.parse(readFileSync('geodata/catalog.json', 'utf8')) as { layers: { id: string; file: string }[] };
    const original = (file: string) => readFileSync(`geodata/${file}`, 'utf8');
    const corruptions: ((text: string) => string)[] = [
      () => 'null',
      (text) => text.slice(0, Math.floor(text.length / 2)),
      () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
      () => '{"type":"FeatureCollection","features":[null,1,"x",{"type":"Feature","properties":{"__proto__":{"polluted":true}},"geometry":null}]}',
      (text) => text.replace(/"properties":\{/, `"properties":{"note":"${'长'.repeat(100_000)}","constructor":{"prototype":{}},`),
      (text) => text.replace(/"coordinates":\[/, '"coordinates":[[1e400,"NaN"],'),
    ];
    const counts = (page: import('playwright-core').Page) =>
      page.evaluate(async (ids) => {
        const map = window.__wzMap!;
        const out: Record<string, number> = {};
        for (const id of ids) {
          const src = map.getSource(`wz-${id}`) as unknown as { getData?(): Promise<GeoJSON.FeatureCollection> } | undefined;
          out[id] = src?.getData ? (await src.getData()).features.length : -1;
        }
        return out;
      }, catalog.layers.map((l) => l.id));
    const files = [...new Set(catalog.layers.map((l) => l.file))];
    // Every layer switched on, so every layer has its source on the map.
    const view = `#${WHOLE_CITY}&layers=${catalog.layers.map((l) => l.id).join(',')}`;
    const clean = await openApp(browser, view);
    await expect.poll(async () => Object.values(await counts(clean.page)).filter((n) => n > 0).length, POLL).toBe(catalog.layers.length);
    const baseline = await counts(clean.page);
    console.log(`hostile: ${files.length} layer files broken one at a time; the other layers keep ${JSON.stringify(baseline)} features`);
    await clean.page.close();
    for (const [i, file] of files.entries()) {
      const broken = corruptions[i % corruptions.length]!(original(file));
      const app = await openApp(browser, view, {
        waitFor: 'basemap:wenzhou',
        before: async (page) => {
          await page.route(`**/geodata/${file}`, (route) => route.fulfill({ body: broken, contentType: 'application/json' }));
        },
      });
      const others = Object.fromEntries(catalog.layers.filter((l) => l.file !== file).map((l) => [l.id, baseline[l.id]]));
      await expect.poll(async () => { const now = await counts(app.page); return Object.fromEntries(Object.keys(others).map((id) => [id, now[id]])); }, { ...POLL, message: `${file} broken by corruption ${i % corruptions.length}` }).toEqual(others);
      expect(await app.page.evaluate(() => 'polluted' in {})).toBe(false);
      expect(app.errors, file).toEqual([]);
      await app.page.close();
    }
  });
});
