/**
 * The app survives bad data: a bad feature is left out and listed while its layer draws the rest,
 * a file that is not JSON leaves every other layer working with a notice naming it, a broken
 * catalog shows the basemap and a readable message. And a project's dated changes show as its
 * status history. Each case routes one file, so each opens a page of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { writeFeatureCollection } from '../../src/data/writeGeojson';
import { launch, openApp, POLL, readGeodata, renderedLayerIds, screenshot, show, WHOLE_CITY } from './helpers';

const stations = readGeodata('rail/stations.geojson').features;
const ids = (fs: GeoJSON.Feature[]) => fs.map((f) => String(f.properties!.id)).sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('bad data', () => {
  it('draws the valid stations of a file with one bad status, and lists the bad one with the CLI message', async () => {
    const bad = structuredClone(stations);
    bad[3]!.properties!.status = 'operatng';
    const app = await openApp(browser, `#${WHOLE_CITY}&layers=rail-stations,counties`, {
      waitFor: 'rail-stations:circle',
      before: async (page) => {
        await page.route('**/geodata/rail/stations.geojson', (route) => route.fulfill({ body: writeFeatureCollection({ features: bad }), contentType: 'application/geo+json' }));
      },
    });
    const { page } = app;
    await expect.poll(() => renderedLayerIds(page, 'rail-stations'), POLL).toEqual(ids(stations.filter((_, i) => i !== 3)));
    const row = page.locator('[data-layer="rail-stations"]');
    expect(await row.getAttribute('class')).toContain('has-problems');
    const list = row.getByTestId('layer-problems');
    expect(await list.locator('summary').innerText()).toBe('⚠ 1 个要素有误，未显示');
    await list.locator('summary').click();
    const item = list.locator(`li[data-feature="${stations[3]!.properties!.id}"]`);
    expect(await item.innerText()).toContain('status 取值不对');
    expect(await item.innerText()).toContain('第5行');
    await screenshot(page, '40-layer-with-bad-feature');
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it('keeps every other layer when one file is not JSON, with a notice that names the file', async () => {
    const app = await openApp(browser, `#${WHOLE_CITY}&layers=belts,counties,rail-lines`, {
      waitFor: 'rail-lines:operating',
      before: async (page) => {
        await page.route('**/geodata/belts/belts.geojson', (route) => route.fulfill({ body: '{"type":"FeatureCollection","features":[\n{"type":', contentType: 'application/json' }));
      },
    });
    const page = app.page;
    const notice = page.locator('.notice-error', { hasText: 'geodata/belts/belts.geojson' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('JSON 语法错误');
    await expect.poll(() => renderedLayerIds(page, 'rail-lines'), POLL).toEqual(ids(readGeodata('rail/lines.geojson').features));
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it('shows the basemap and a readable message when catalog.json is broken', async () => {
    const app = await openApp(browser, '', {
      waitFor: 'basemap:wenzhou',
      before: async (page) => {
        await page.route('**/geodata/catalog.json', (route) => route.fulfill({ json: { home: [0, 0, 1, 1], groups: [], layers: [] } }));
      },
    });
    const { page } = app;
    const notice = page.locator('.notice-error');
    expect(await notice.innerText()).toContain('图层目录 catalog.json 有误，只显示底图');
    expect(await notice.innerText()).toMatch(/geodata\/catalog\.json:\d+:\d+ 错误/);
    expect(await notice.innerText()).not.toContain('ZodError');
    await screenshot(page, '41-broken-catalog');
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it("shows a project's status history: its first document, then the later one, each dated", async () => {
    const app = await openApp(browser, `#map=11/27.95/120.75&layers=projects&sel=projects/p000-008`, { waitFor: 'projects:precise' });
    const { page } = app;
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    expect(await panel.locator('[data-field="status"] dd').innerText()).toBe('据报在建（2023年3月实施方案）');
    const history = (await panel.getByTestId('status-history').innerText()).split('\n');
    expect(history[0]).toBe('计划开工（2021年清单，目标2025年） “新建类项目”');
    expect(history[1]).toContain('据报在建（2023年3月实施方案） “在建实施类”');
    expect(history[1]).toContain('2023-03-21');
    await show(page, `map=11/27.95/120.75&layers=projects&sel=projects/p000-008&lang=en`, 'projects:precise');
    expect(await panel.getByTestId('status-history').innerText()).toContain('2023-03-21');
    expect(app.errors).toEqual([]);
    await page.close();
  });

  it('says a quote is unchecked when the change cites a registered document whose text is not in seeds/', async () => {
    const doc = {
      id: 'wz-2024-major-projects',
      kind: 'document',
      title_zh: '温州市2024年重大建设项目实施计划',
      title_en: 'Wenzhou 2024 major construction projects plan',
      doc_no: '温政发〔2024〕1号',
      date: '2024-03-01',
      origin: '市发展改革委（文本未入 seeds/）',
      licence_zh: '政府公开文件',
      licence_en: 'government document (public)',
      attribution: '温州市人民政府',
      original_crs: 'none',
      processing_zh: '逐项记于 changes.csv',
      processing_en: 'recorded row by row in changes.csv',
    };
    const sources = [...readGeodata<unknown[]>('sources.json'), doc];
    const changes = `${readFileSync('geodata/projects/changes.csv', 'utf8')}p000-008,2024-03-01,reported_completed,建成,,,,,wz-2024-major-projects,,永昌古镇文旅开发项目,2024年计划列为建成,Listed as completed in the 2024 plan\n`;
    const app = await openApp(browser, `#map=11/27.95/120.75&layers=projects&sel=projects/p000-008`, {
      waitFor: 'projects:precise',
      before: async (page) => {
        await page.route('**/geodata/sources.json', (route) => route.fulfill({ json: sources }));
        await page.route('**/geodata/projects/changes.csv', (route) => route.fulfill({ body: changes, contentType: 'text/csv' }));
      },
    });
    const { page } = app;
    const history = page.getByTestId('feature-panel').getByTestId('status-history');
    await history.waitFor();
    const lines = (await history.innerText()).split('\n');
    expect(lines.at(-1)).toBe('2024年计划列为建成');
    const last = lines.at(-2)!;
    expect(last).toContain('“建成”');
    expect(last).toContain('2024-03-01 · 温州市2024年重大建设项目实施计划 · 引文未核对（该文件的文本不在 seeds/ 中）');
    expect(app.errors).toEqual([]);
    await page.close();
  });
});
