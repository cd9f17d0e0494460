/**
 * Hostile input in the built app: a URL naming a prototype key, and a data file whose credit is
 * HTML. The app stays whole, pollutes nothing, and shows the credit as text.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
    expect(await page.evaluate(() => Object.keys({} as object).length + Object.keys(Object.prototype).length)).toBe(0);
    expect(await page.evaluate(() => 'selected' in {} || 'value' in {})).toBe(false);
    expect(await page.getByTestId('feature-panel').count()).toBe(0);
    // The map still answers: a county click opens its panel.
    await page.evaluate(() => (location.hash = `${location.hash}&sel=counties/330302`.replace(/&sel=projects\/[^&]*/, '')));
    await expect.poll(() => page.getByTestId('feature-panel').count(), POLL).toBe(1);
    expect(app.errors).toEqual([]);
    await page.close();
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
});
