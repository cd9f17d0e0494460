/**
 * Presenter mode as a presenter uses it: a deep link opens straight into a slide with the panels
 * gone, the clicker's keys move between slides (the URL follows, so each slide has its link), B
 * blacks the screen and Esc gives the planner's screen back. axe-core runs on the presenter screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, openApp, POLL, readGeodata, screenshot, waitForIdle } from './helpers';

interface StoryFile {
  title: { zh: string };
  slides: { title: { zh: string }; caption: { zh: string }; layers: string[]; camera: { zoom: number } }[];
}
const story = readGeodata<StoryFile>('stories/structure.json');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('presenter mode', () => {
  it('opens a slide from its link, follows the clicker keys, blacks the screen and leaves on Esc', async () => {
    const app = await openApp(browser, '#story=structure&slide=2', { viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    const caption = page.getByTestId('slide-caption');
    const counter = page.getByTestId('slide-counter');
    await caption.waitFor();
    expect(await page.locator('.presenter-title h1').innerText()).toBe(story.slides[1]!.title.zh);
    expect(await caption.innerText()).toContain(story.slides[1]!.caption.zh);
    expect(await counter.innerText()).toBe(`2 / ${story.slides.length}`);
    // Only the map: no header, no sidebar.
    expect(await page.locator('.header').count()).toBe(0);
    expect(await page.locator('.sidebar').count()).toBe(0);
    // The slide's layers are the visible ones, and the camera arrives at its zoom.
    await expect.poll(() => page.evaluate(() => window.location.hash), POLL).toContain(`layers=${story.slides[1]!.layers.join(',')}`);
    await expect.poll(() => page.evaluate(() => Math.round(window.__wzMap!.getZoom() * 10) / 10), POLL).toBe(story.slides[1]!.camera.zoom);
    await waitForIdle(page, 'counties:fill');
    await screenshot(page, '50-presenter-1920');

    await page.keyboard.press('PageDown');
    await expect.poll(() => counter.innerText(), POLL).toBe(`3 / ${story.slides.length}`);
    expect(await page.evaluate(() => window.location.hash)).toContain('story=structure&slide=3');
    expect(await caption.innerText()).toContain(story.slides[2]!.caption.zh);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter.innerText(), POLL).toBe(`2 / ${story.slides.length}`);
    await page.keyboard.press('End');
    await expect.poll(() => counter.innerText(), POLL).toBe(`${story.slides.length} / ${story.slides.length}`);
    await page.keyboard.press('Space');
    expect(await counter.innerText()).toBe(`${story.slides.length} / ${story.slides.length}`);
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect.poll(() => counter.innerText(), POLL).toBe(`4 / ${story.slides.length}`);
    await page.keyboard.press('Home');
    await expect.poll(() => counter.innerText(), POLL).toBe(`1 / ${story.slides.length}`);

    await page.keyboard.press('b');
    await page.getByTestId('presenter-black').waitFor();
    await page.keyboard.press('.');
    await page.getByTestId('presenter-black').waitFor({ state: 'detached' });

    await waitForIdle(page, 'counties:fill');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await page.locator('.header').waitFor();
    expect(await page.evaluate(() => window.location.hash)).not.toContain('story=');
    expect(await page.getByTestId('presenter').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await page.close();
  });
});
