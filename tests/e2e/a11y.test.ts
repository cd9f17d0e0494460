/**
 * Keyboard and screen-reader use: axe-core finds no violation on the layer, filter, statistics and
 * feature-panel screens in either language; Esc closes the panel and focus returns; tabs move with
 * the arrow keys; every slider says which layer or filter it belongs to.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openApp, show, WHOLE_CITY, type AppPage } from './helpers';

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser, `#${WHOLE_CITY}`);
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(app.errors).toEqual([]);
});

const axe = (page: Page) => axeViolations(page);

describe('axe-core on the main screens', () => {
  it.each([
    ['layers, zh', `${WHOLE_CITY}`],
    ['filters, zh', `${WHOLE_CITY}&panel=filters&inv=10~200`],
    ['statistics, zh', `${WHOLE_CITY}&panel=stats`],
    ['feature panel, zh', `map=10/27.8/120.65&sel=projects/p001-033`],
    ['layers, en', `${WHOLE_CITY}&lang=en`],
    ['filters, en', `${WHOLE_CITY}&panel=filters&lang=en&yr=2020~2023`],
    ['statistics, en', `${WHOLE_CITY}&panel=stats&lang=en`],
    ['feature panel, en', `map=10/27.8/120.65&sel=projects/p001-033&lang=en`],
  ])('%s: no violations', async (_name, hash) => {
    const { page } = app;
    await show(page, hash);
    expect(await axe(page)).toEqual([]);
  });

  it('source viewer: no violations', async () => {
    const { page } = app;
    await show(page, 'map=10/27.8/120.65&sel=projects/p001-033');
    await page.getByTestId('read-source').click();
    await page.getByTestId('source-viewer').locator('p.cited').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
});

describe('keyboard', () => {
  it('moves focus into the feature panel when it opens, closes it with Esc and gives focus back', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=stats`);
    const row = page.getByTestId('project-table').locator('tbody tr').first();
    await row.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'feature-panel-title');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await row.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('moves between the sidebar tabs with the arrow keys', async () => {
    const { page } = app;
    await show(page, WHOLE_CITY);
    await page.getByTestId('tab-layers').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('panel=filters'));
    expect(await page.getByTestId('tab-filters').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('panel=stats'));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => !location.hash.includes('panel='));
  });

  it('names every slider after what it controls, and moves it with the arrow keys', async () => {
    const { page } = app;
    await show(page, WHOLE_CITY);
    const names = await page.locator('[role="slider"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(10);
    expect(names).toContain('重点项目：透明度');
    expect(new Set(names).size).toBe(names.length);
    const slider = page.getByRole('slider', { name: '重点项目：透明度' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.hash.includes('opacity=projects:0.95'));
    await show(page, `${WHOLE_CITY}&panel=filters`);
    const filterNames = await page.locator('[role="slider"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(filterNames).toContain('总投资（亿元）：下限');
    expect(filterNames).toContain('计划建设年份：上限');
  });
});
