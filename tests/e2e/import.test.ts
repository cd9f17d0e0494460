/**
 * A data clerk imports files from other offices (fixtures made by GDAL, see
 * scripts/fixtures/make-import-fixtures.sh): a GBK shapefile in CGCS2000 / 3-degree Gauss-Krüger
 * (EPSG:4549) and a GCJ-02 spreadsheet. Each shows the validator's report; the clerk maps fields,
 * fixes what it flags, leaves out the rest, adds the valid features, and writes the layer back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import type { FeatureCollection, Point } from 'geojson';
import distance from '@turf/distance';
import { axeViolations, launch, openApp, POLL, screenshot, type AppPage } from './helpers';
import { startDevServer, type DevServer } from './devServer';

const FIXTURES = 'tests/fixtures/import';
const truth = JSON.parse(readFileSync(`${FIXTURES}/stations-truth.geojson`, 'utf8')) as FeatureCollection<Point>;
const truthOf = (id: string) => truth.features.find((f) => f.properties?.id === id)!;

let dev: DevServer;
let browser: Browser;
let app: AppPage;
let page: Page;

/** The features the importer draws before they are added. */
const preview = (p: Page) =>
  p.evaluate(async () => {
    const src = window.__wzMap!.getSource('wz-import-preview') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
    return (await src.getData()).features as GeoJSON.Feature<GeoJSON.Point>[];
  });

async function importFile(p: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await p.getByTestId('import-file').setInputFiles(file);
  await expect.poll(() => p.getByTestId('import-summary').count(), POLL).toBe(1);
}

async function setConstants(p: Page) {
  const panel = p.getByTestId('import-panel');
  await panel.locator('[data-constant=source_doc]').selectOption('amap-metro-stations');
  await panel.locator('[data-constant=geometry_quality]').selectOption('surveyed');
  await panel.locator('[data-constant=station_kind]').selectOption('metro');
  await panel.locator('[data-constant=status]').selectOption('operating');
  await panel.locator('[data-constant=is_hub]').selectOption('false');
}

beforeAll(async () => {
  dev = await startDevServer();
  browser = await launch();
  app = await openApp(browser, '#map=10/27.9/120.7&panel=edit', { baseUrl: dev.url, viewport: { width: 1280, height: 800 } });
  page = app.page;
  await page.getByTestId('editor-name').fill('导入员');
  await page.getByTestId('open-import').click();
});

afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

describe('importing files from other offices', () => {
  it('reads a GBK shapefile in EPSG:4549: correct Chinese names, reprojected within a metre', async () => {
    await importFile(page, `${FIXTURES}/stations-gbk-4549.zip`);
    const summary = await page.getByTestId('import-summary').textContent();
    expect(summary).toContain('shapefile');
    expect(summary).toContain('gbk');
    expect(summary).toMatch(/CGCS2000|4549|Gauss/i);
    await page.getByTestId('import-target').selectOption('rail/stations.geojson');
    await expect.poll(async () => (await preview(page)).length, POLL).toBeGreaterThan(0);
    const shown = (await preview(page)).filter((f) => f.properties?.id && truth.features.some((t) => t.properties?.id === f.properties?.id));
    expect(shown.length).toBeGreaterThanOrEqual(10);
    for (const f of shown) {
      const t = truthOf(String(f.properties!.id));
      expect(f.properties!.name_zh).toBe(t.properties!.name_zh);
      expect(distance(f.geometry.coordinates, t.geometry.coordinates, { units: 'meters' })).toBeLessThan(1);
    }
    // The report: these stations exist already (duplicate ids), and the file lacks provenance.
    const report = await page.getByTestId('import-report').textContent();
    expect(report).toContain('id 重复');
    expect(report).toContain('source_doc');
    expect(await axeViolations(page, '[data-testid=import-panel]')).toEqual([]);
  });

  it('detects a GCJ-02 spreadsheet, converts it to within 5 m of the truth, and adds the fixed feature', async () => {
    await importFile(page, `${FIXTURES}/stations-gcj02.csv`);
    // The GCJ-02 shift is measured against the stations already on the map, and the conversion chosen.
    await expect.poll(() => page.getByTestId('import-shift').textContent(), POLL).toContain('GCJ-02');
    expect(await page.getByTestId('import-crs-gcj02').isChecked()).toBe(true);
    await page.getByTestId('import-target').selectOption('rail/stations.geojson');
    // Columns mapped by their Chinese names.
    const panel = page.getByTestId('import-panel');
    expect(await panel.locator('[data-map=id]').inputValue()).toBe('编号');
    expect(await panel.locator('[data-map=name_zh]').inputValue()).toBe('名称');
    await setConstants(page);
    await screenshot(page, 'import-report-1280x800');
    const points = await preview(page);
    for (const f of points) {
      const t = truthOf(String(f.properties!.id));
      expect(distance(f.geometry.coordinates, t.geometry.coordinates, { units: 'meters' })).toBeLessThan(5);
    }
    // Only duplicate ids are left: rename one station as new, leave the rest out.
    const report = page.getByTestId('import-report');
    await expect.poll(() => page.getByTestId('import-counts').textContent(), POLL).toMatch(/^0 /);
    const keep = report.locator('li[data-feature="s1-station-03"]');
    await keep.locator('[data-fix=id]').fill('s1-station-90');
    await keep.locator('[data-fix=id]').press('Enter');
    // The renamed station passes and leaves the list; the others are left out.
    await expect.poll(() => report.locator('li[data-feature="s1-station-03"]').count(), POLL).toBe(0);
    const boxes = report.locator('li[data-feature] input[type=checkbox]');
    for (let i = 0, n = await boxes.count(); i < n; i++) await boxes.nth(i).uncheck();
    await expect.poll(() => page.getByTestId('import-counts').textContent(), POLL).toMatch(/^1 /);
    await page.getByTestId('import-add').click();
    await expect.poll(() => page.getByTestId('import-added').textContent(), POLL).toContain('1');
    const added = await page.evaluate(() => window.__wzEdits!().sessions['rail/stations.geojson']!.doc.features.find((f) => f.properties?.id === 's1-station-90'));
    expect(added!.properties!.name_zh).toBe('动车南站');
    expect(distance((added!.geometry as Point).coordinates, truthOf('s1-station-03').geometry.coordinates, { units: 'meters' })).toBeLessThan(5);
  });

  it('reads KML and GPX, and names an unknown format with the formats it knows', async () => {
    // The summary of the previous file stays until the next is read: wait for the new one's.
    await importFile(page, `${FIXTURES}/stations.kml`);
    await expect.poll(() => page.getByTestId('import-summary').textContent(), POLL).toMatch(/^kml：10 /);
    await importFile(page, `${FIXTURES}/stations.gpx`);
    await expect.poll(() => page.getByTestId('import-summary').textContent(), POLL).toMatch(/^gpx：10 /);
    await page.getByTestId('import-file').setInputFiles({ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK-not-really') });
    await expect.poll(() => page.getByTestId('import-error').textContent(), POLL).toContain('GeoJSON');
  });

  it('writes the imported station back: git diff shows one new line', async () => {
    await page.getByTestId('import-close').click();
    await page.getByTestId('edit-layer').selectOption('rail/stations.geojson');
    await page.getByTestId('write-back').click();
    await expect.poll(() => page.getByTestId('edit-message').textContent(), POLL).toContain('已写回');
    const diff = dev.git('diff', '-U0', '--', 'rail/stations.geojson').split('\n').filter((l) => /^[-+]\{/.test(l));
    expect(diff).toHaveLength(1);
    // Keys in the schema's order, as the committed features have them.
    expect(diff[0]).toMatch(/^\+\{"type":"Feature","properties":\{"id":"s1-station-90","source_doc":"amap-metro-stations",.*"name_zh":"动车南站"/);
    expect(app.errors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });

  it('imports the KML as a new layer: one catalog entry, one new file that validates, drawn on the map', async () => {
    await page.getByTestId('open-import').click();
    await importFile(page, `${FIXTURES}/stations.kml`);
    await page.getByTestId('import-target').selectOption('rail/stations.geojson');
    await page.getByTestId('import-as-new').check();
    await page.getByTestId('new-layer-zh').fill('设计院站点方案');
    await page.getByTestId('new-layer-en').fill('Design institute station proposal');
    await page.getByTestId('new-layer-id').fill('design-stations');
    await setConstants(page);
    // A new layer has nothing to clash with: the existing stations' ids are not duplicates here.
    await expect.poll(() => page.getByTestId('import-counts').textContent(), POLL).toMatch(/^10 /);
    await screenshot(page, 'import-new-layer-1280x800');
    await page.getByTestId('import-add').click();
    await expect.poll(() => page.getByTestId('import-added').textContent(), POLL).toContain('imports/design-stations.geojson');
    // catalog.json: one entry inserted, nothing else touched.
    const catalogDiff = dev.git('diff', '-U0', '--', 'catalog.json').split('\n').filter((l) => /^[-+]\s/.test(l));
    expect(catalogDiff.every((l) => l.startsWith('+'))).toBe(true);
    expect(catalogDiff.join('\n')).toContain('"file": "imports/design-stations.geojson"');
    const written = JSON.parse(readFileSync(`${dev.dir}/imports/design-stations.geojson`, 'utf8')) as FeatureCollection;
    expect(written.features).toHaveLength(10);
    expect(dev.git('status', '--porcelain', '--', 'imports')).toContain('imports/');
    // The whole tree, the new layer, the catalog and the change log included, passes npm run validate.
    const validate = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-geodata.ts', dev.dir, '--json'], { encoding: 'utf8' });
    expect((JSON.parse(validate.stdout) as { errors: number }).errors).toBe(0);
    // The app reads the new catalog and draws the layer, without a page reload.
    await expect
      .poll(() => page.evaluate(() => window.__wzMap!.getStyle().layers.filter((l) => (l.metadata as Record<string, unknown> | undefined)?.['wz:layer'] === 'design-stations').length), POLL)
      .toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });

  it('adds a spreadsheet of 10,000 points to a layer, and the attribute table scrolls through all of them', async () => {
    const rows = ['名称,英文名称,经度,纬度'];
    for (let i = 0; i < 10_000; i++) rows.push(`规划点${i},Planned point ${i},${(120.5 + (i % 100) * 0.003).toFixed(6)},${(27.8 + Math.floor(i / 100) * 0.002).toFixed(6)}`);
    await importFile(page, { name: 'points-10000.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.getByTestId('import-as-new').uncheck();
    await page.getByTestId('import-target').selectOption('rail/stations.geojson');
    await setConstants(page);
    await expect.poll(() => page.getByTestId('import-counts').textContent(), POLL).toMatch(/^10000 /);
    await page.getByTestId('import-add').click();
    await expect.poll(() => page.getByTestId('import-added').textContent(), POLL).toContain('10000');
    await page.getByTestId('import-close').click();
    await page.getByTestId('edit-layer').selectOption('rail/stations.geojson');
    await page.getByTestId('open-table').click();
    const table = page.getByTestId('feature-table');
    const total = await page.evaluate(() => window.__wzEdits!().sessions['rail/stations.geojson']!.doc.features.length);
    expect(total).toBeGreaterThan(10_000);
    // Virtualised: a screenful of rows in the page, whichever part of the 10,000 is shown.
    const rendered = await table.locator('tr[data-row]').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(200);
    const scroller = page.getByTestId('table-scroll');
    for (const at of [0.25, 0.5, 1]) {
      await scroller.evaluate((el, f) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * f), at);
      await expect.poll(() => table.locator('tr[data-row]').count(), POLL).toBeLessThan(200);
    }
    // At the bottom: the file's last feature, in the file's order.
    const last = await page.evaluate(() => String(window.__wzEdits!().sessions['rail/stations.geojson']!.doc.features.at(-1)!.properties!.id));
    await expect.poll(() => table.locator(`tr[data-row="${last}"]`).count(), POLL).toBe(1);
    await screenshot(page, 'edit-table-10000-1280x800');
    expect(app.errors).toEqual([]);
  });
});
