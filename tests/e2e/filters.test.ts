/**
 * A planner drives the filters (click, drag, type) and the map and the numbers agree with counts
 * computed here, independently, from the data files. One page for the file; states come through
 * the URL hash where the test is not about the control itself.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { clickAt, launch, openApp, POLL, readGeodata, renderedLayerIds, screenshot, show, waitForIdle, WHOLE_CITY, type AppPage } from './helpers';

const projects = readGeodata('projects/projects.geojson').features;
const zones = readGeodata('structure/zones.geojson').features as Feature<Polygon | MultiPolygon>[];
const zoneOf = (f: Feature) => zones.find((z) => turf.booleanPointInPolygon(f.geometry as Point, z))?.properties!.zone as string | undefined;
const P = (f: Feature) => f.properties as Record<string, unknown>;
const ids = (fs: Feature[]) => fs.map((f) => String(P(f).id)).sort();

const population = Papa.parse<Record<string, string>>(readFileSync('geodata/population/county-population.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const indicator = (name: string) =>
  new Map(population.filter((r) => r.year === '2021' && r.indicator === name && /^3303\d\d$/.test(r.adcode ?? '') && r.adcode !== '330300').map((r) => [r.adcode!, Number(r.value)]));
const urban2021 = indicator('urbanization_rate');
const pop2021 = indicator('resident_population_yearend');

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser, `#${WHOLE_CITY}&panel=filters`, { waitFor: 'projects:precise' });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(app.errors).toEqual([]);
});

/** Drags a slider thumb with the mouse to the track position of `value`; returns the range shown. */
async function dragThumb(page: Page, testId: string, thumb: 'min' | 'max', value: number): Promise<[number, number]> {
  const root = page.getByTestId(testId);
  const handle = root.locator(`[data-thumb="${thumb}"]`);
  await handle.scrollIntoViewIfNeeded();
  const [min, max] = await handle.evaluate((el) => [Number(el.getAttribute('aria-valuemin')), Number(el.getAttribute('aria-valuemax'))]);
  const track = (await root.locator('.slider-track').boundingBox())!;
  const box = (await handle.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(track.x + ((value - min) / (max - min)) * track.width, y, { steps: 3 });
  await page.mouse.up();
  const text = await page.getByTestId(`${testId}-value`).innerText();
  const [lo, hi] = text.split('–').map((s) => Number(s.trim()));
  return [lo!, hi!];
}

async function check(page: Page, group: string, value: string) {
  await page.getByTestId(group).locator(`input[value="${value}"]`).check();
}

describe('project filters', () => {
  it('answers "产业 projects reported under construction in the main centre over 50 亿元" on the map and in numbers', async () => {
    const { page } = app;
    await check(page, 'filter-category', '产业');
    await check(page, 'filter-status', 'reported_construction');
    await check(page, 'filter-zone', 'main');
    const [lo, hi] = await dragThumb(page, 'filter-investment', 'min', 30);
    expect(lo).toBeGreaterThan(20);
    expect(lo).toBeLessThan(40);
    await waitForIdle(page, 'projects:precise');

    const expected = projects.filter((f) => {
      const p = P(f);
      const inv = p.investment_total_yi as number | undefined;
      return p.category === '产业' && p.status === 'reported_construction' && zoneOf(f) === 'main' && inv !== undefined && inv >= lo && inv <= hi;
    });
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(expected));
    expect(await page.getByTestId('filter-summary').innerText()).toBe(`重点项目：显示 ${expected.length} / ${projects.length} 个`);

    // The slider says what it leaves out: outside the range, and with no figure at all.
    const others = projects.filter((f) => P(f).category === '产业' && P(f).status === 'reported_construction' && zoneOf(f) === 'main');
    const unstated = others.filter((f) => P(f).investment_total_yi === undefined).length;
    const outside = others.filter((f) => typeof P(f).investment_total_yi === 'number' && ((P(f).investment_total_yi as number) < lo || (P(f).investment_total_yi as number) > hi)).length;
    expect(await page.getByTestId('filter-investment').getByTestId('excluded').innerText()).toBe(`范围外 ${outside} 个 · 未注明 ${unstated} 个（已排除）`);
    await screenshot(page, '20-filter-question');

    // The URL holds the whole selection: the same link shows the same projects.
    const hash = new URL(page.url()).hash;
    expect(hash).toContain(`cat=${encodeURIComponent('产业')}`);
    await show(page, `${WHOLE_CITY}`, 'projects:precise');
    await show(page, hash, 'projects:precise');
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(expected));
    expect(await page.getByTestId('filter-zone').locator('input[value="main"]').isChecked()).toBe(true);

    // Including the projects that state no investment brings them back.
    await page.getByTestId('filter-investment-unstated').check();
    await waitForIdle(page, 'projects:precise');
    await expect.poll(() => renderedLayerIds(page, 'projects').then((r) => r.length), POLL).toBe(expected.length + unstated);

    // The numbers follow: the statistics and the layer legend say how many are shown.
    await page.getByTestId('tab-stats').click();
    expect(await page.getByTestId('stats-total').innerText()).toContain(`${expected.length + unstated} / ${projects.length}`);
    const sum = expected.reduce((a, f) => a + (P(f).investment_total_yi as number), 0);
    expect(await page.getByTestId('stats-total').innerText()).toContain(new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(Math.round(sum * 100) / 100));
    await page.getByTestId('tab-layers').click();
    expect(await page.getByTestId('count-projects').innerText()).toBe(`显示 ${expected.length + unstated} / ${projects.length} 个`);
  });

  it('offers 未注明 as a status of its own, for the projects whose text gives no verb', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=filters&st=_none`, 'projects:precise');
    const none = projects.filter((f) => P(f).status === undefined);
    expect(none.length).toBeGreaterThan(0);
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(none));
    expect(await page.getByTestId('filter-status').locator('input[value="_none"]').isChecked()).toBe(true);
    expect(await page.getByTestId('filter-status').innerText()).toContain('未注明');
  });

  it('finds projects by typed name, in Chinese and in English', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=filters`, 'projects:precise');
    await page.getByTestId('filter-search').fill('');
    await page.getByTestId('filter-search').pressSequentially('度假', { delay: 30 });
    await waitForIdle(page, 'projects:precise');
    const zh = projects.filter((f) => String(P(f).name_zh).includes('度假'));
    expect(zh.length).toBeGreaterThan(0);
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(zh));
    await page.getByTestId('filter-search').fill('resort');
    await waitForIdle(page, 'projects:precise');
    const en = projects.filter((f) => String(P(f).name_en).toLowerCase().includes('resort'));
    expect(en.length).toBeGreaterThan(0);
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(en));
  });

  it('filters by planned years with the slider, hiding projects that give no years', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=filters`, 'projects:precise');
    const [lo, hi] = await dragThumb(page, 'filter-years', 'max', 2022);
    await waitForIdle(page, 'projects:precise');
    const expected = projects.filter((f) => {
      const s = P(f).start_year as number | undefined;
      const e = (P(f).end_year as number | undefined) ?? s;
      return s !== undefined && s <= hi && e! >= lo;
    });
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(expected));
  });
});

describe('linked statistics', () => {
  it('downloads the filtered table as a UTF-8 CSV with a BOM that keeps Chinese names and labels', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=stats&cat=${encodeURIComponent('民生')}`, 'projects:precise');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    const expected = projects.filter((f) => P(f).category === '民生');
    expect(rows.map((r) => r.name_zh).sort()).toEqual(expected.map((f) => String(P(f).name_zh)).sort());
    expect(rows.every((r) => r.category === '民生' && r.category_label === '民生')).toBe(true);
    expect(rows.filter((r) => r.status === '').every((r) => r.status_label === '未注明')).toBe(true);
  });

  it('says 未注明 where a county states no investment, and labels every number with its unit', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=stats`, 'projects:precise');
    const bars = page.getByTestId('chart-county');
    const none = [...new Set(projects.map((f) => String(P(f).county_adcode)))].filter((c) => projects.filter((f) => P(f).county_adcode === c).every((f) => P(f).investment_total_yi === undefined));
    for (const code of none) expect(await bars.locator(`li[data-key="${code}"] .value`).textContent()).toMatch(/个 · 投资未注明$/);
    expect(await bars.locator('.value').allTextContents()).not.toContainEqual(expect.stringMatching(/· 0$/));
    // Each category's bar: a count in 个 and a sum in 亿元 over the projects that state one.
    for (const cat of ['产业', '基础设施', '民生']) {
      const inCat = projects.filter((f) => P(f).category === cat);
      const stated = inCat.filter((f) => typeof P(f).investment_total_yi === 'number');
      const text = await page.getByTestId('chart-category').locator(`li[data-key="${cat}"] .value`).textContent();
      if (stated.length === 0) expect(text).toBe(`${inCat.length} 个 · 投资未注明`);
      else if (stated.length < inCat.length) expect(text).toMatch(new RegExp(`^${inCat.length} 个 · [\\d,.]+ 亿元（${stated.length} 个注明）$`));
      else expect(text).toMatch(new RegExp(`^${inCat.length} 个 · [\\d,.]+ 亿元$`));
    }
  });

  it('highlights and zooms to a county bar, and narrows to a county clicked on the map', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=stats`, 'projects:precise');
    const zoomBefore = await page.evaluate(() => window.__wzMap!.getZoom());
    const bar = page.getByTestId('chart-county').locator('li[data-key]').first();
    const county = (await bar.getAttribute('data-key'))!;
    await bar.click();
    await page.waitForFunction((z) => window.__wzMap!.getZoom() > z + 0.3 && !window.__wzMap!.isMoving(), zoomBefore);
    await waitForIdle(page, 'projects:precise');
    const highlighted = () =>
      page.evaluate(() => {
        const map = window.__wzMap!;
        const parts = map.getLayersOrder().filter((id) => /^projects:(precise|county|stacked-(precise|county)|slot\d+-(precise|county))$/.test(id));
        return [...new Set(map.queryRenderedFeatures({ layers: parts }).filter((f) => f.state.highlight).map((f) => String(f.properties.id)))].sort();
      });
    await expect.poll(highlighted, POLL).toEqual(ids(projects.filter((f) => P(f).county_adcode === county)));
    await screenshot(page, '21-bar-highlight');

    // Back to the whole city; click inside 泰顺 (a county polygon) with the statistics open.
    await show(page, `map=7.75/27.75/120.55&panel=stats`, 'projects:precise');
    const taishun = readGeodata('admin/counties.geojson').features.find((f) => P(f).adcode === '330329')!;
    await clickAt(page, turf.pointOnFeature(taishun).geometry.coordinates);
    await page.waitForFunction(() => location.hash.includes('cty=330329'));
    const expected = projects.filter((f) => P(f).county_adcode === '330329');
    expect(await page.getByTestId('stats-total').innerText()).toContain(`${expected.length} / ${projects.length}`);
    expect(await page.getByTestId('project-table').locator('tbody tr').count()).toBe(expected.length);
  });
});

describe('the project table', () => {
  it('sorts by investment and takes the map to a project when its row is clicked, or chosen with Enter', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=stats`, 'projects:precise');
    const table = page.getByTestId('project-table');
    const withFigure = projects.filter((f) => typeof P(f).investment_total_yi === 'number');
    const top = [...withFigure].sort((a, b) => (P(b).investment_total_yi as number) - (P(a).investment_total_yi as number))[0]!;
    expect(await table.locator('tbody tr').first().getAttribute('data-id')).toBe(P(top).id);
    await page.getByTestId('sort-investment_total_yi').click();
    const smallest = [...withFigure].sort((a, b) => (P(a).investment_total_yi as number) - (P(b).investment_total_yi as number))[0]!;
    expect(await table.locator('tbody tr').first().innerText()).toContain(String(P(smallest).name_zh));

    const zoomBefore = await page.evaluate(() => window.__wzMap!.getZoom());
    await table.locator(`tbody tr[data-id="${P(top).id}"]`).click();
    await page.waitForFunction((z) => window.__wzMap!.getZoom() > z + 1 && !window.__wzMap!.isMoving(), zoomBefore);
    expect(new URL(page.url()).hash).toContain(`sel=projects/${P(top).id}`);
    expect(await page.getByTestId('feature-panel').locator('h2').innerText()).toBe(P(top).name_zh);
    await screenshot(page, '23-table-row');

    // The keyboard way: focus a row, press Enter.
    await page.getByTestId('feature-panel-close').click();
    await table.locator(`tbody tr[data-id="${P(smallest).id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash.includes(`sel=projects/${id}`), P(smallest).id);
  });
});

describe('population and rail filters', () => {
  it('recolours the choropleth by metric and class method, and a range on the metric also limits projects', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=filters&layers=population-2021,projects`, 'population-2021:fill');
    await page.getByTestId('filter-metric').selectOption('urbanization_2021_pct');
    await page.getByTestId('filter-classes').selectOption('jenks');
    await waitForIdle(page, 'population-2021:fill');
    const fill = JSON.stringify(await page.evaluate(() => window.__wzMap!.getPaintProperty('population-2021:fill', 'fill-color')));
    expect(fill).toContain('urbanization_2021_pct');
    expect(new URL(page.url()).hash).toContain('pm=urbanization_2021_pct');
    expect(new URL(page.url()).hash).toContain('pc=jenks');

    // "Which counties are below 60% urbanisation, and what is planned there?"
    const [lo, hi] = await dragThumb(page, 'filter-population', 'max', 60);
    expect(hi).toBeGreaterThan(55);
    expect(hi).toBeLessThan(65);
    await waitForIdle(page, 'population-2021:fill');
    const below = [...urban2021].filter(([, v]) => v >= lo && v <= hi).map(([code]) => code).sort();
    expect(below.length).toBeGreaterThan(0);
    expect(below.length).toBeLessThan(12);
    await expect.poll(() => renderedLayerIds(page, 'population-2021'), POLL).toEqual(below);
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(projects.filter((f) => below.includes(String(P(f).county_adcode)))));
    await screenshot(page, '22-population-range');
  });

  it('limits projects to counties with more than 100万 residents, from a shared URL', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&pr=100~200`, 'projects:precise');
    const big = [...pop2021].filter(([, v]) => v >= 100).map(([code]) => code);
    expect(big.sort()).toEqual(['330302', '330381', '330382']); // 鹿城, 瑞安, 乐清
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(projects.filter((f) => big.includes(String(P(f).county_adcode)))));
  });

  it('shows one rail line and its stations', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&panel=filters`, 'rail-lines:operating');
    await check(page, 'filter-rail-line', 'S1');
    await waitForIdle(page, 'rail-lines:operating');
    await expect.poll(() => renderedLayerIds(page, 'rail-lines'), POLL).toEqual(['line-s1']);
    const stations = readGeodata('rail/stations.geojson').features.filter((f) => String(P(f).line_ids ?? '').split(',').includes('S1'));
    expect(stations).toHaveLength(18);
    await expect.poll(() => renderedLayerIds(page, 'rail-stations'), POLL).toEqual(ids(stations));
  });
});

describe('a second layer of an existing kind', () => {
  it('is a file plus a catalog entry: drawn, filtered, counted and opened like the first', async () => {
    // Next year's projects as their own file: two real projects under new ids, in a new layer.
    const extra = projects.slice(0, 2).map((f) => ({ ...f, properties: { ...P(f), id: `${P(f).id}-2024` } as Record<string, unknown> & { id: string } }));
    const own = await openApp(browser, `#${WHOLE_CITY}&panel=stats`, {
      waitFor: 'projects-2024:precise',
      before: async (page) => {
        await page.route('**/geodata/catalog.json', async (route) => {
          const res = await route.fetch();
          const catalog = await res.json();
          const base = catalog.layers.find((l: { id: string }) => l.id === 'projects');
          catalog.layers.push({ ...base, id: 'projects-2024', file: 'projects/projects-2024.geojson', title: { zh: '2024年新增项目', en: 'Projects added in 2024' } });
          await route.fulfill({ response: res, json: catalog });
        });
        await page.route('**/geodata/projects/projects-2024.geojson', (route) => route.fulfill({ json: { type: 'FeatureCollection', features: extra } }));
      },
    });
    const { page } = own;
    await expect.poll(() => renderedLayerIds(page, 'projects-2024'), POLL).toEqual(extra.map((f) => String(f.properties.id)).sort());
    // Counted in the statistics with the first layer's projects.
    expect(await page.getByTestId('stats-total').innerText()).toContain(`${projects.length + 2} / ${projects.length + 2}`);
    // Filtered by the same project filter: a category the two do not have hides them.
    const other = ['产业', '基础设施', '民生'].find((c) => !extra.some((f) => f.properties.category === c))!;
    await show(page, `${WHOLE_CITY}&panel=stats&cat=${encodeURIComponent(other)}`, 'projects-2024:precise');
    await expect.poll(() => renderedLayerIds(page, 'projects-2024'), POLL).toEqual([]);
    // And opened from the table.
    await show(page, `${WHOLE_CITY}&panel=stats`, 'projects-2024:precise');
    await page.getByTestId('project-table').locator(`tbody tr[data-id="${extra[0]!.properties.id}"]`).click();
    await page.waitForFunction((id) => location.hash.includes(`sel=projects-2024/${id}`), extra[0]!.properties.id);
    expect(own.errors).toEqual([]);
    await page.close();
  });
});
