/**
 * Exports as a presenter takes them away, opened by the programs that will open them: PNG read
 * back pixel by pixel, PDF pages counted and rasterised by poppler, the PowerPoint deck converted
 * by LibreOffice Impress. Each page must carry a picture, not a blank sheet.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import JSZip from 'jszip';
import { ensureTools } from './debianTools';
import { launch, openApp, POLL, readGeodata, show, waitForIdle, type AppPage } from './helpers';

interface StoryFile {
  slides: { id: string; title: { zh: string }; caption: { zh: string }; notes: { zh: string } }[];
}
const story = readGeodata<StoryFile>('stories/structure.json');
const dir = mkdtempSync(join(tmpdir(), 'wz-export-'));

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  ensureTools({ soffice: 'libreoffice-impress', pdfinfo: 'poppler-utils', pdftoppm: 'poppler-utils' });
  browser = await launch();
  app = await openApp(browser, '#story=structure&slide=2', { viewport: { width: 960, height: 540 } });
});
afterAll(async () => {
  await browser?.close();
});

async function exportFile(page: Page, action: string): Promise<string> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId(`export-${action}`).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await expect.poll(() => page.getByTestId('export-status').innerText(), POLL).toContain(download.suggestedFilename());
  return path;
}

/** Share of pixels that differ clearly from the image's most common colour: 0 for a blank page. */
function inkShare(png: PNG): number {
  const counts = new Map<number, number>();
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = Math.max(...counts.values());
  return 1 - top / (data.length / 4);
}

/** The darkest luminance in a box: text drawn there is near black. */
function darkest(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let min = 255;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      min = Math.min(min, 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!);
    }
  return min;
}

function pdfPages(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: /Page size:\s+([^\n]+)/.exec(info)![1]!.trim() };
}

/** Every page rasterised at a low resolution: the ink share of each. */
function pageInk(file: string): number[] {
  const out = mkdtempSync(join(dir, 'pages-'));
  execFileSync('pdftoppm', ['-r', '20', '-png', file, join(out, 'p')]);
  return readdirSync(out)
    .sort()
    .map((f) => inkShare(PNG.sync.read(readFileSync(join(out, f)))));
}

describe('export', () => {
  it('PNG at 2× and 3× the screen, with the title, legend and scale drawn in', async () => {
    const { page } = app;
    await waitForIdle(page, 'counties:fill');
    for (const ratio of [2, 3]) {
      const png = PNG.sync.read(readFileSync(await exportFile(page, `png${ratio}`)));
      expect([png.width, png.height]).toEqual([960 * ratio, 540 * ratio]);
      expect(inkShare(png)).toBeGreaterThan(0.2);
      // The title band's text (top left) and the legend's text (bottom left) are dark ink.
      expect(darkest(png, 16 * ratio, 40 * ratio, 400 * ratio, 70 * ratio)).toBeLessThan(80);
    }
    expect(app.errors).toEqual([]);
  });

  it('PDF of the whole story: A3 landscape, one page per slide, none blank', async () => {
    const file = await exportFile(app.page, 'pdf-story');
    const { pages, size } = pdfPages(file);
    expect(pages).toBe(story.slides.length);
    expect(size).toMatch(/^1190\.\d+ x 841\.\d+ pts/);
    for (const ink of pageInk(file)) expect(ink).toBeGreaterThan(0.2);
  });

  it('PowerPoint deck: one slide per story slide with notes; LibreOffice Impress opens it', async () => {
    const file = await exportFile(app.page, 'pptx');
    const zip = await JSZip.loadAsync(readFileSync(file));
    const notes = await Promise.all(story.slides.map((_, i) => zip.file(`ppt/notesSlides/notesSlide${i + 1}.xml`)!.async('string')));
    story.slides.forEach((s, i) => expect(notes[i]).toContain(s.notes.zh));
    const slideXml = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(slideXml).toContain(story.slides[1]!.title.zh);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 180_000 });
    const pdf = file.replace(/\.pptx$/, '.pdf');
    expect(pdfPages(pdf).pages).toBe(story.slides.length);
    for (const ink of pageInk(pdf)) expect(ink).toBeGreaterThan(0.2);
    expect(app.errors).toEqual([]);
  });

  it("the browser's print shows the map as a picture and hides the controls", async () => {
    const { page } = app;
    await show(page, '#map=9/27.99/120.7&layers=counties,structure-zones', 'counties:fill');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const img = page.getByTestId('print-map');
    expect(await img.isVisible()).toBe(true);
    expect((await img.getAttribute('src'))!.length).toBeGreaterThan(10_000);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    await page.screenshot({ path: join(inject('screenshotDir'), '60-print-media.png') });
    const pdf = join(dir, 'print.pdf');
    await page.pdf({ path: pdf, landscape: true, format: 'A3', printBackground: true });
    expect(pdfPages(pdf).pages).toBe(1);
    expect(pageInk(pdf)[0]).toBeGreaterThan(0.2);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(app.errors).toEqual([]);
  });
});
