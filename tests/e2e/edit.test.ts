/**
 * A data clerk's editing session in the dev server, on a throwaway copy of geodata/: move a
 * station on the map, change an attribute (the form refusing what the validator refuses), reload
 * and find both, undo and redo, export the layer and compare bytes with the file, write back and
 * see `git diff` show only the changed feature; an edit on disk reloads the layer and is not
 * overwritten without asking; two tabs editing one file are told of each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launch, openApp, POLL, screenshot, waitForIdle, type AppPage } from './helpers';
import { startDevServer, type DevServer } from './devServer';

const STATION = 's1-station-05';
const AT: [number, number] = [120.645996, 27.979207];
const FILE = 'rail/stations.geojson';
/** The refusals the tests ask for (409, and 403 without the token) are logged by the browser itself; nothing else may be. */
const REFUSALS = /status of (409 \(Conflict\)|403 \(Forbidden\)) \(http:\/\/127\.0\.0\.1:\d+\/__wz\/layers\/(rail\/stations|projects\/projects)\.geojson\)/;
const HASH = `#map=14/${AT[1]}/${AT[0]}&panel=edit&sel=rail-stations/${STATION}`;

let dev: DevServer;
let browser: Browser;
let context: BrowserContext;
let app: AppPage;
let page: Page;

/** The session's feature as the app holds it (what the map draws and the export writes). */
const sessionFeature = (p: Page, id = STATION) =>
  p.evaluate(
    ({ file, id }) => window.__wzEdits!().sessions[file]?.doc.features.find((f) => f.properties?.id === id),
    { file: FILE, id },
  );

/** A station's English name as the map's source holds it. */
const stationName = (p: Page, id: string) =>
  p.evaluate(async (id) => {
    const data = (await (window.__wzMap!.getSource('wz-rail-stations') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> }).getData());
    return data.features.find((f) => f.properties?.id === id)?.properties?.name_en as string | undefined;
  }, id);

async function downloadText(p: Page, testId: string): Promise<string> {
  const [d] = await Promise.all([p.waitForEvent('download'), p.getByTestId(testId).click()]);
  return readFileSync((await d.path())!, 'utf8');
}

async function dragStation(p: Page, by: [number, number]) {
  await waitForIdle(p, 'counties:fill');
  const at = await p.evaluate((c) => window.__wzMap!.project(c), AT);
  const box = (await p.getByTestId('map').boundingBox())!;
  const [x, y] = [box.x + at.x, box.y + at.y];
  await p.mouse.move(x, y);
  await p.mouse.down();
  await p.mouse.move(x + by[0] / 2, y + by[1] / 2, { steps: 6 });
  await p.mouse.move(x + by[0], y + by[1], { steps: 6 });
  await p.mouse.up();
}

beforeAll(async () => {
  dev = await startDevServer();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, acceptDownloads: true });
  app = await openApp(browser, HASH, { baseUrl: dev.url, context });
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

describe('editing a layer in the browser', () => {
  it('asks for the editor’s name, then moves a station by dragging it on the map', async () => {
    await page.getByTestId('edit-layer').selectOption(FILE);
    await page.getByTestId('edit-begin').click();
    await expect.poll(() => page.getByTestId('edit-status').textContent(), POLL).toContain('0');
    // Without a name nothing is recorded.
    await dragStation(page, [60, 30]);
    await expect.poll(() => page.getByTestId('edit-refused').textContent(), POLL).toContain('编辑者');
    await page.getByTestId('editor-name').fill('测试员');
    await page.getByTestId('edit-refused').waitFor({ state: 'visible' });
    await dragStation(page, [60, 30]);
    await expect.poll(() => page.getByTestId('change-log').locator('li').count(), POLL).toBe(1);
    const moved = (await sessionFeature(page))!.geometry as { coordinates: number[] };
    expect(moved.coordinates[0]).toBeGreaterThan(AT[0]);
    expect(moved.coordinates[1]).toBeLessThan(AT[1]);
    // Six decimals, as in the file.
    expect(moved.coordinates.every((c) => Math.round(c * 1e6) / 1e6 === c)).toBe(true);
    // The placement fields still describe the old position: the form says so.
    await expect.poll(() => page.getByTestId('moved-placement-hint').textContent(), POLL).toContain('测绘');
  });

  it('refuses in the form what the validator refuses, with its message, and saves a valid change', async () => {
    const order = page.locator('[data-testid=attribute-form] [data-field=station_order]');
    await order.fill('abc');
    await expect.poll(() => page.locator('.field-error').first().textContent(), POLL).toContain('不是数字');
    expect(await page.getByTestId('form-save').isDisabled()).toBe(true);
    await order.fill('5');
    await page.locator('[data-testid=attribute-form] [data-field=status]').selectOption('under_construction');
    await page.getByTestId('form-save').click();
    await expect.poll(() => page.getByTestId('change-log').locator('li').count(), POLL).toBe(2);
    expect((await sessionFeature(page))!.properties!.status).toBe('under_construction');
    await screenshot(page, 'edit-form-1280x800');
    expect(await axeViolations(page, '[data-testid=edit-panel]')).toEqual([]);
  });

  it('keeps both edits through a reload, and through a closed and reopened tab, and says which layer has local changes', async () => {
    await page.reload();
    await waitForIdle(page, 'counties:fill');
    const reloaded = page.getByTestId('local-changes');
    await expect.poll(() => reloaded.textContent(), POLL).toContain(FILE);
    // The tab closed by mistake: a new tab of the same browser profile finds everything.
    expect(app.errors).toEqual([]);
    await page.close();
    app = await openApp(browser, HASH, { baseUrl: dev.url, context });
    page = app.page;
    await waitForIdle(page, 'counties:fill');
    const notice = page.getByTestId('local-changes');
    await expect.poll(() => notice.textContent(), POLL).toContain(FILE);
    expect(await notice.textContent()).toContain('2');
    const f = await sessionFeature(page);
    expect(f!.properties!.status).toBe('under_construction');
    // The map draws the edited file.
    await expect.poll(() => page.evaluate((id) => window.__wzMap!.querySourceFeatures('wz-rail-stations').find((x) => x.properties.id === id)?.properties.status, STATION), POLL).toBe('under_construction');
    await page.getByTestId('local-keep').click();
    expect(await notice.count()).toBe(0);
  });

  it('undoes both edits (back to the file’s exact bytes) and redoes them (a one-line diff)', async () => {
    const committed = readFileSync(join(dev.dir, FILE), 'utf8');
    await page.getByTestId('edit-undo').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('edit-undo').isDisabled(), POLL).toBe(true);
    expect(await downloadText(page, 'export-geojson')).toBe(committed);
    await page.getByTestId('edit-redo').click();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByTestId('edit-redo').isDisabled(), POLL).toBe(true);
    const edited = (await downloadText(page, 'export-geojson')).split('\n');
    const lines = committed.split('\n');
    expect(edited.length).toBe(lines.length);
    const changed = edited.filter((l, i) => l !== lines[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(`"id":"${STATION}"`);
    expect(changed[0]).toContain('"status":"under_construction"');
  });

  it('writes back through the dev server: git diff shows the one feature, the change log two rows', async () => {
    await page.getByTestId('write-back').click();
    await expect.poll(() => page.getByTestId('edit-message').textContent(), POLL).toContain(`geodata/${FILE}`);
    expect(dev.git('diff', '--name-only').trim().split('\n').sort()).toEqual(['changelog.csv', FILE]);
    // Its own write is not news: the layer reloads without "changed on disk".
    await page.waitForTimeout(2000);
    expect(await page.getByText('已改变，图层已重新加载').count()).toBe(0);
    const diff = dev.git('diff', '-U0', '--', FILE);
    expect(diff.split('\n').filter((l) => /^[-+]\{/.test(l))).toHaveLength(2);
    expect(diff).toContain(`"id":"${STATION}"`);
    const log = readFileSync(join(dev.dir, 'changelog.csv'), 'utf8').trim().split(/\r?\n/);
    expect(log).toHaveLength(3);
    expect(log[1]).toContain('测试员');
    expect(log[1]).toContain('geometry');
    expect(log[2]).toContain('status');
    // Written back: no local changes remain.
    expect(await page.evaluate(() => Object.keys(window.__wzEdits!().sessions))).toEqual([]);
  });

  it('reloads a layer changed on disk (as QGIS would) and does not overwrite it without asking', async () => {
    const path = join(dev.dir, FILE);
    const onDisk = readFileSync(path, 'utf8');
    writeFileSync(path, onDisk.replace('"name_en":"Tongling"', '"name_en":"Tongling (QGIS)"'));
    await expect.poll(() => stationName(page, 's1-station-01'), { timeout: 20_000, interval: 300 }).toBe('Tongling (QGIS)');
    // An edit made elsewhere is said.
    await expect.poll(() => page.getByText(`磁盘上的 geodata/${FILE} 已改变，图层已重新加载`).count(), POLL).toBe(1);
    // Edits begun now, then the file changes again underneath them.
    await page.getByTestId('edit-layer').selectOption(FILE);
    await page.getByTestId('edit-begin').click();
    const order = page.locator('[data-testid=attribute-form] [data-field=name_en]');
    await order.fill('Dezheng Road');
    await page.getByTestId('form-save').click();
    await expect.poll(() => page.getByTestId('change-log').locator('li').count(), POLL).toBe(1);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"name_en":"Panqiao"', '"name_en":"Panqiao (QGIS)"'));
    await page.getByTestId('write-back').click();
    await expect.poll(() => page.getByTestId('edit-refused').textContent(), POLL).toContain('磁盘上的');
    expect(readFileSync(path, 'utf8')).toContain('Panqiao (QGIS)');
    await page.getByTestId('merge-disk').click();
    await expect.poll(() => page.getByTestId('edit-message').textContent(), POLL).toContain('新版本');
    await page.getByTestId('write-back').click();
    await expect.poll(() => page.getByTestId('edit-message').textContent(), POLL).toContain('已写回');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Panqiao (QGIS)');
    expect(text).toContain('Tongling (QGIS)');
    expect(text).toContain('"name_en":"Dezheng Road"');
  });

  it('records a project’s new status as a dated row of changes.csv, previews it, and writes it back', async () => {
    const project = 'p000-002';
    dev.git('add', '-A');
    dev.git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'station edits');
    await page.evaluate((id) => {
      window.location.hash = `map=13/27.956578/120.595736&panel=edit&sel=projects/${id}`;
    }, project);
    const form = page.getByTestId('project-change').getByTestId('attribute-form');
    await form.locator('[data-field=status]').selectOption('reported_completed');
    // The build's own rule: a status needs the document's wording.
    await expect.poll(() => form.locator('.field-error').allTextContents(), POLL).toContainEqual(expect.stringContaining('原文用语'));
    await form.locator('[data-field=status_zh]').fill('已建成');
    await form.locator('[data-field=source_doc]').selectOption('002_9904062678a0a62c.txt');
    await form.locator('[data-field=date]').fill('2023-03-21');
    await form.getByTestId('form-save').click();
    // Previewed as the build will make it: the map's projects carry the new status.
    const status = () =>
      page.evaluate(async (id) => {
        const src = window.__wzMap!.getSource('wz-projects') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
        return (await src.getData()).features.find((f) => f.properties?.id === id)?.properties?.status;
      }, project);
    await expect.poll(status, POLL).toBe('reported_completed');
    await page.getByTestId('write-back-changes').click();
    await expect.poll(() => page.getByTestId('edit-message').textContent(), { timeout: 30_000, interval: 300 }).toContain('changes.csv');
    expect(dev.git('diff', '--name-only').trim().split('\n').sort()).toEqual(['build-manifest.json', 'changelog.csv', 'projects/changes.csv', 'projects/projects.geojson']);
    const added = dev.git('diff', '-U0', '--', 'projects/changes.csv').split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    expect(added).toEqual(['+p000-002,2023-03-21,reported_completed,已建成,,,,,002_9904062678a0a62c.txt,,,,']);
    const geo = dev.git('diff', '-U0', '--', 'projects/projects.geojson').split('\n').filter((l) => /^[-+]\{/.test(l));
    expect(geo).toHaveLength(2);
    expect(geo[1]).toContain('"status":"reported_completed"');
    expect(geo[1]).toContain('"orig_status":"reported_construction"');
    await expect.poll(status, POLL).toBe('reported_completed');
  });

  it('refuses to write a generated file, naming the tables to edit; and any write without the page’s token', async () => {
    const post = (withToken: boolean) =>
      page.evaluate(async (withToken) => {
        const token = document.querySelector<HTMLMetaElement>('meta[name="wz-write-token"]')?.content ?? '';
        const res = await fetch('/__wz/layers/projects/projects.geojson', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(withToken && { 'X-WZ-Write-Token': token }) }, body: JSON.stringify({ text: '{}', baseHash: '' }) });
        return { status: res.status, body: (await res.json()) as { problems: { message: { zh: string } }[] } };
      }, withToken);
    const r = await post(true);
    expect(r.status).toBe(409);
    expect(r.body.problems[0]!.message.zh).toContain('projects/projects.csv');
    // What another page could send: the right origin (it cannot), but no token.
    expect((await post(false)).status).toBe(403);
    // The dev page runs under a policy: scripts from this server and the one inline preamble, by hash.
    const policy = await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
    const scripts = policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scripts).toMatch(/^ ?script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(scripts).not.toMatch(/unsafe/);
    const res = await fetch(dev.url);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('tells two tabs editing one file about each other instead of overwriting', async () => {
    await page.getByTestId('edit-layer').selectOption(FILE);
    await page.getByTestId('edit-begin').click();
    await expect.poll(() => page.getByTestId('edit-status').count(), POLL).toBe(1);
    const second = await openApp(browser, HASH, { baseUrl: dev.url, context });
    // The second tab picks the session up from IndexedDB (nothing changed yet: nothing to offer).
    await second.page.getByTestId('edit-layer').selectOption(FILE);
    if (await second.page.getByTestId('edit-begin').count()) await second.page.getByTestId('edit-begin').click();
    await second.page.locator('[data-testid=attribute-form] [data-field=name_en]').fill('Second tab');
    await second.page.getByTestId('form-save').click();
    await expect.poll(() => second.page.getByTestId('change-log').locator('li').count(), POLL).toBe(1);
    // The first tab hears of it and asks.
    await expect.poll(() => page.getByTestId('edit-conflict').count(), POLL).toBe(1);
    await page.getByTestId('conflict-theirs').click();
    expect((await sessionFeature(page))!.properties!.name_en).toBe('Second tab');
    await second.page.close();
    expect(second.errors.filter((e) => !REFUSALS.test(e))).toEqual([]);
  });

  it('edits a cell in the attribute table, sorted and filtered, with the validator’s refusals', async () => {
    await page.getByTestId('open-table').click();
    const table = page.getByTestId('feature-table');
    await page.getByTestId('sort-station_order').click();
    await page.getByTestId('sort-station_order').click();
    const first = await table.locator('tr[data-row]').first().getAttribute('data-row');
    const features = await page.evaluate((file) => window.__wzEdits!().sessions[file]!.doc.features.map((f) => f.properties!), FILE);
    const maxOrder = Math.max(...features.map((p) => Number(p.station_order ?? 0)));
    expect(features.find((p) => p.id === first)!.station_order).toBe(maxOrder);
    await page.getByTestId('table-filter').fill('Second tab');
    await expect.poll(() => table.locator('tr[data-row]').count(), POLL).toBe(1);
    const cell = table.locator(`tr[data-row=${STATION}] td[data-cell=station_order]`);
    await cell.dblclick();
    await page.getByTestId('table-input').fill('x');
    await page.keyboard.press('Enter');
    await expect.poll(() => table.locator('.form-problems').textContent(), POLL).toContain('不是数字');
    await page.getByTestId('table-input').fill('6');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await sessionFeature(page))!.properties!.station_order, POLL).toBe(6);
    expect(await axeViolations(page, '[data-testid=feature-table]')).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await sessionFeature(page))!.properties!.station_order, POLL).toBe(5);
    await page.getByTestId('table-filter').fill('');
    await screenshot(page, 'edit-table-1280x800');
  });

  it('logged no error but the refusals it asked for, and asked nothing of the internet', () => {
    expect(app.errors.filter((e) => !REFUSALS.test(e))).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});
