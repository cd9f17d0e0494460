/**
 * Making a story without editing JSON, as a planner does before a meeting: set up the map, save
 * the view as a slide, write its texts, reorder and delete, check the problems go away, download
 * the file, and find the draft still there after a reload.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, openApp, POLL, show } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('story editor', () => {
  it('saves views as slides, takes their texts, reorders, downloads a valid story and keeps the draft', async () => {
    const app = await openApp(browser, '', { viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await show(page, 'map=10.5/27.99/120.7&layers=counties,projects&cat=产业&sel=projects/p000-001&panel=story');
    const editor = page.getByTestId('story-editor');
    await editor.waitFor();
    await page.getByTestId('save-view').click();
    const first = page.getByTestId('editor-slide-1');
    await first.waitFor();
    // The texts are empty: the same checks as npm run validate name what is missing.
    const check = page.getByTestId('story-check');
    await expect.poll(() => check.innerText(), POLL).toMatch(/\d+ 处须修改/);
    expect(await check.innerText()).toContain('slides.0');

    await page.getByTestId('story-id').fill('meeting-test');
    await page.getByTestId('story-title-zh').fill('会议用故事');
    await page.getByTestId('story-title-en').fill('A story for the meeting');
    const texts: Record<string, string> = { 'title-zh': '产业项目', 'title-en': 'Industry projects', 'caption-zh': '市区的产业类重大项目。', 'caption-en': 'Major industry projects in the city.', 'notes-zh': '按项目表。', 'notes-en': 'From the project table.' };
    for (const [k, v] of Object.entries(texts)) await page.getByTestId(`slide-1-${k}`).fill(v);
    // The selected project's source was offered as the first source; replace it with a seed passage.
    expect(await page.getByTestId('slide-1-sources').inputValue()).toMatch(/\.txt/);
    await page.getByTestId('slide-1-sources').fill('001_e6b0caea5896a948.txt L790-L801');
    await expect.poll(() => check.innerText(), POLL).toContain('检查通过');

    // A second view, moved above the first and deleted again.
    await show(page, 'map=9/27.9/120.6&layers=counties,rail-lines&panel=story');
    await page.getByTestId('save-view').click();
    await page.getByTestId('editor-slide-2').waitFor();
    await page.getByRole('button', { name: '上移 2' }).click();
    await expect.poll(() => page.getByTestId('editor-slide-2').locator('summary').innerText(), POLL).toBe('产业项目');
    await page.getByTestId('slide-1-remove').click();
    await expect.poll(() => page.getByTestId('editor-slide-2').count(), POLL).toBe(0);
    await expect.poll(() => check.innerText(), POLL).toContain('检查通过');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('story-download').click()]);
    expect(download.suggestedFilename()).toBe('meeting-test.json');
    const story = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(story.id).toBe('meeting-test');
    expect(story.slides).toHaveLength(1);
    const [slide] = story.slides;
    expect(slide.camera).toEqual({ center: [120.7, 27.99], zoom: 10.5, bearing: 0, pitch: 0 });
    expect(slide.layers).toEqual(['counties', 'projects']);
    expect(slide.filters).toEqual({ projects: { categories: ['产业'] } });
    expect(slide.highlight).toEqual([{ layer: 'projects', id: 'p000-001' }]);
    expect(slide.caption).toEqual({ zh: texts['caption-zh'], en: texts['caption-en'] });
    // The built app has no dev server to write to: no write-back button.
    expect(await page.getByTestId('story-write').count()).toBe(0);

    // Go to the slide from elsewhere: the map returns to its view.
    await show(page, 'map=8/27.8/120.5&layers=counties&panel=story');
    await page.getByRole('button', { name: '转到此幻灯片' }).click();
    await expect.poll(() => page.evaluate(() => Math.round(window.__wzMap!.getZoom() * 10) / 10), POLL).toBe(10.5);
    await expect.poll(() => page.evaluate(() => window.location.hash), POLL).toContain('layers=counties,projects');

    expect(await axeViolations(page, '.sidebar')).toEqual([]);

    // Nothing is lost on a reload: the draft is in this browser.
    await page.reload();
    await page.getByTestId('editor-slide-1').waitFor();
    expect(await page.getByTestId('story-title-zh').inputValue()).toBe('会议用故事');
    expect(app.errors).toEqual([]);
    await page.close();
  });
});
