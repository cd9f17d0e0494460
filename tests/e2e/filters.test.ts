/**
 * Issue 4: a planner drives the filters (click, drag, type) and the map and the numbers agree with
 * counts computed here, independently, from the data files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { launch, openApp, POLL, renderedLayerIds, screenshot, waitForIdle, WHOLE_CITY } from './helpers';

const read = (f: string) => JSON.parse(readFileSync(`geodata/${f}`, 'utf8')) as FeatureCollection;
const projects = read('projects/projects.geojson').features;
const zones = read('structure/zones.geojson').features as Feature<Polygon | MultiPolygon>[];
const zoneOf = (f: Feature) => zones.find((z) => turf.booleanPointInPolygon(f.geometry as Point, z))?.properties!.zone as string | undefined;
const P = (f: Feature) => f.properties as Record<string, unknown>;
const ids = (fs: Feature[]) => fs.map((f) => String(P(f).id)).sort();

const population = Papa.parse<Record<string, string>>(readFileSync('geodata/population/county-population.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const indicator = (name: string) =>
  new Map(population.filter((r) => r.year === '2021' && r.indicator === name && /^3303\d\d$/.test(r.adcode ?? '') && r.adcode !== '330300').map((r) => [r.adcode!, Number(r.value)]));
const urban2021 = indicator('urbanization_rate');
const pop2021 = new Map(population.filter((r) => r.year === '2021' && r.indicator === 'resident_population_yearend' && /^3303\d\d$/.test(r.adcode ?? "") && r.adcode !== '330300').map((r) => [r.adcode!, Number(r.value)]));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Drags a range thumb with the mouse to the track position of `value`; returns the value shown. */
async function dragThumb(page: Page, testId: string, thumb: 'min' | 'max', value: number): Promise<[number, number]> {
  const input = page.getByTestId(testId).locator(`input[data-thumb="${thumb}"]`);
  await input.scrollIntoViewIfNeeded();
  const [min, max, current] = await input.evaluate((el: HTMLInputElement) => [Number(el.min), Number(el.max), Number(el.value)]);
  const box = (await input.boundingBox())!;
  const thumbHalf = 8;
  const xOf = (v: number) => box.x + thumbHalf + ((v - min) / (max - min)) * (box.width - 2 * thumbHalf);
  const y = box.y + box.height / 2;
  await page.mouse.move(xOf(current), y);
  await page.mouse.down();
  await page.mouse.move(xOf(value), y, { steps: 8 });
  await page.mouse.up();
  const text = await page.getByTestId(`${testId}-value`).innerText();
  const [lo, hi] = text.split('–').map((s) => Number(s.trim()));
  return [lo!, hi!];
}

async function check(page: Page, group: string, value: string) {
  await page.getByTestId(group).locator(`input[value="${value}"]`).check();
}

describe('project filters', () => {
  it('answers "产业 projects under construction in the main centre over 50 亿元" on the map and in numbers', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}&panel=filters`, { waitFor: 'projects:precise' });
    await check(page, 'filter-category', '产业');
    await check(page, 'filter-status', 'under_construction');
    await check(page, 'filter-zone', 'main');
    const [lo, hi] = await dragThumb(page, 'filter-investment', 'min', 50);
    expect(lo).toBeGreaterThan(40);
    expect(lo).toBeLessThan(60);
    await waitForIdle(page, 'projects:precise');

    const expected = projects.filter((f) => {
      const p = P(f);
      const inv = p.investment_total_yi as number | undefined;
      return p.category === '产业' && p.status === 'under_construction' && zoneOf(f) === 'main' && inv !== undefined && inv >= lo && inv <= hi;
    });
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(expected));

    // The URL holds the whole selection: a fresh page shows the same projects.
    const url = page.url();
    expect(url).toContain(`cat=${encodeURIComponent('产业')}`);
    await screenshot(page, '20-filter-question');
    const again = await openApp(browser, new URL(url).hash, { waitFor: 'projects:precise' });
    await expect.poll(() => renderedLayerIds(again.page, 'projects'), POLL).toEqual(ids(expected));
    expect(await again.page.getByTestId('filter-zone').locator('input[value="main"]').isChecked()).toBe(true);

    // The numbers follow: the statistics and the layer legend say how many are shown.
    await again.page.getByTestId('tab-stats').click();
    expect(await again.page.getByTestId('stats-total').innerText()).toContain(`${expected.length} / ${projects.length}`);
    const sum = expected.reduce((a, f) => a + (P(f).investment_total_yi as number), 0);
    expect(await again.page.getByTestId('stats-total').innerText()).toContain(new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(Math.round(sum * 100) / 100));
    await again.page.getByTestId('tab-layers').click();
    expect(await again.page.getByTestId('count-projects').innerText()).toBe(`显示 ${expected.length} / ${projects.length} 个`);
    await again.page.close();
    await page.close();
  });

  it('finds projects by typed name, in Chinese', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}&panel=filters`, { waitFor: 'projects:precise' });
    await page.getByTestId('filter-search').pressSequentially('度假', { delay: 30 });
    await waitForIdle(page, 'projects:precise');
    const expected = projects.filter((f) => String(P(f).name_zh).includes('度假'));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(expected));
    await page.close();
  });

  it('filters by construction years with the slider, hiding projects that give no years', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}&panel=filters`, { waitFor: 'projects:precise' });
    const [lo, hi] = await dragThumb(page, 'filter-years', 'max', 2022);
    await waitForIdle(page, 'projects:precise');
    const expected = projects.filter((f) => {
      const s = P(f).start_year as number | undefined;
      const e = (P(f).end_year as number | undefined) ?? s;
      return s !== undefined && s <= hi && e! >= lo;
    });
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(expected));
    await page.close();
  });
});

describe('linked statistics', () => {
  it('downloads the filtered table as a UTF-8 CSV with a BOM that keeps Chinese names', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}&panel=stats&cat=${encodeURIComponent('民生')}`, { waitFor: 'projects:precise' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    const expected = projects.filter((f) => P(f).category === '民生');
    expect(rows.map((r) => r.name_zh).sort()).toEqual(expected.map((f) => String(P(f).name_zh)).sort());
    expect(rows.every((r) => r.category === '民生')).toBe(true);
    await page.close();
  });

  it('highlights and zooms to a county bar, and narrows to a county clicked on the map', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}&panel=stats`, { waitFor: 'projects:precise' });
    const zoomBefore = await page.evaluate(() => window.__wzMap!.getZoom());
    const bar = page.getByTestId('chart-county').locator('g[data-key]').first();
    const county = (await bar.getAttribute('data-key'))!;
    await bar.click();
    await page.waitForFunction((z) => window.__wzMap!.getZoom() > z + 0.3 && !window.__wzMap!.isMoving(), zoomBefore);
    const highlighted = () =>
      page.evaluate(() =>
        [...new Set(window.__wzMap!.queryRenderedFeatures({ layers: ['projects:precise', 'projects:county'] }).filter((f) => f.state.highlight).map((f) => String(f.properties.id)))].sort(),
      );
    await expect.poll(highlighted, POLL).toEqual(ids(projects.filter((f) => P(f).county_adcode === county)));
    await screenshot(page, '21-bar-highlight');

    // Back to the whole city; click inside 泰顺 (a county polygon) with the statistics open.
    await page.evaluate(() => window.__wzMap!.jumpTo({ center: [120.55, 27.75], zoom: 7.75 }));
    await waitForIdle(page, 'projects:precise');
    const counties = read('admin/counties.geojson');
    const taishun = counties.features.find((f) => P(f).adcode === '330329')!;
    const inside = turf.pointOnFeature(taishun).geometry.coordinates;
    const pt = await page.evaluate((c) => window.__wzMap!.project(c as [number, number]), inside);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
    await page.waitForFunction(() => location.hash.includes('cty=330329'));
    const expected = projects.filter((f) => P(f).county_adcode === '330329');
    expect(await page.getByTestId('stats-total').innerText()).toContain(`${expected.length} / ${projects.length}`);
    expect(await page.getByTestId('project-table').locator('tbody tr').count()).toBe(expected.length);
    await page.close();
  });
});

describe('the project table', () => {
  it('sorts by investment and takes the map to a project when its row is clicked', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}&panel=stats`, { waitFor: 'projects:precise' });
    const table = page.getByTestId('project-table');
    // Default order: largest investment first; clicking the header flips it.
    const top = projects.filter((f) => typeof P(f).investment_total_yi === 'number').sort((a, b) => (P(b).investment_total_yi as number) - (P(a).investment_total_yi as number))[0]!;
    expect(await table.locator('tbody tr').first().getAttribute('data-id')).toBe(P(top).id);
    await page.getByTestId('sort-investment_total_yi').click();
    const smallest = projects.filter((f) => typeof P(f).investment_total_yi === 'number').sort((a, b) => (P(a).investment_total_yi as number) - (P(b).investment_total_yi as number))[0]!;
    expect(await table.locator('tbody tr').first().innerText()).toContain(String(P(smallest).name_zh));

    const zoomBefore = await page.evaluate(() => window.__wzMap!.getZoom());
    await table.locator(`tbody tr[data-id="${P(top).id}"]`).click();
    await page.waitForFunction((z) => window.__wzMap!.getZoom() > z + 1 && !window.__wzMap!.isMoving(), zoomBefore);
    expect(new URL(page.url()).hash).toContain(`sel=projects/${P(top).id}`);
    expect(await page.getByTestId('feature-panel').locator('h2').innerText()).toBe(P(top).name_zh);
    await screenshot(page, '23-table-row');
    await page.close();
  });
});

describe('population and rail filters', () => {
  it('recolours the choropleth by metric and class method, and a range on the metric also limits projects', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}&panel=filters&layers=population-2021,projects`, { waitFor: 'population-2021:fill' });
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
    await page.close();
  });

  it('limits projects to counties with more than 100万 residents, from a shared URL', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}&pr=100~200`, { waitFor: 'projects:precise' });
    const big = [...pop2021].filter(([, v]) => v >= 100).map(([code]) => code);
    expect(big.sort()).toEqual(['330302', '330381', '330382']); // 鹿城, 瑞安, 乐清
    await expect.poll(() => renderedLayerIds(page, 'projects'), POLL).toEqual(ids(projects.filter((f) => big.includes(String(P(f).county_adcode)))));
    await page.close();
  });

  it('shows one rail line and its stations', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}&panel=filters`, { waitFor: 'rail-lines:operating' });
    await check(page, 'filter-rail-line', 'S1');
    await waitForIdle(page, 'rail-lines:operating');
    await expect.poll(() => renderedLayerIds(page, 'rail-lines'), POLL).toEqual(['line-s1']);
    const stations = read('rail/stations.geojson').features.filter((f) => String(P(f).line_ids ?? '').split(',').includes('S1'));
    expect(stations).toHaveLength(18);
    await expect.poll(() => renderedLayerIds(page, 'rail-stations'), POLL).toEqual(ids(stations));
    await page.close();
  });
});
