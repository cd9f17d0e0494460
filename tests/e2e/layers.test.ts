/**
 * Planning layers: every layer renders every feature of its file; a click shows the truth of a
 * feature (status with its basis, the document, the passage itself); projects stacked on one point
 * are counted, then listed. One page for the file; states come through the URL hash.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { clickAt, launch, openApp, POLL, readGeodata, renderedLayerIds, screenshot, show, waitForIdle, WHOLE_CITY, type AppPage } from './helpers';

interface Entry {
  id: string;
  group: string;
  file: string;
}
const catalog = readGeodata<{ layers: Entry[] }>('catalog.json');
const idsIn = (file: string) => readGeodata(file).features.map((f) => String(f.properties!.id)).sort();
const projects = readGeodata('projects/projects.geojson').features;
const P = (f: GeoJSON.Feature) => f.properties as Record<string, unknown>;

/** Projects sharing one point, largest stack first. */
const stacks = [...projects.reduce((m, f) => m.set((f.geometry as GeoJSON.Point).coordinates.join(','), [...(m.get((f.geometry as GeoJSON.Point).coordinates.join(',')) ?? []), f]), new Map<string, GeoJSON.Feature[]>()).values()]
  .filter((s) => s.length > 1)
  .sort((a, b) => b.length - a.length);

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

describe('planning layers', () => {
  it('draws every feature of every layer in the catalog, the six groups included', async () => {
    const { page } = app;
    await show(page, `${WHOLE_CITY}&layers=${catalog.layers.map((l) => l.id).join(',')}`, 'projects:precise');
    const groups = new Set<string>();
    for (const layer of catalog.layers) {
      await expect.poll(() => renderedLayerIds(page, layer.id), { ...POLL, message: layer.id }).toEqual(idsIn(layer.file));
      groups.add(layer.group);
    }
    expect([...groups].sort()).toEqual(['admin', 'belts', 'population', 'projects', 'rail', 'structure']);
    await screenshot(page, '10-all-layers');
  });

  it('says what a plan states about a project: a target at the plan date, its own word, the document and the passage', async () => {
    const { page } = app;
    // 瑞平苍高速: the 2021 plan says 建成 (to be completed by 2025), not "completed".
    const project = projects.find((f) => P(f).id === 'p001-033')!;
    await show(page, `map=10/27.8/120.65&layers=projects&sel=projects/${P(project).id}`, 'projects:precise');
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    expect(await panel.locator('h2').innerText()).toBe(P(project).name_zh);
    expect(await panel.locator('[data-field="status"] dd').innerText()).toBe('计划建成（2021年规划，目标2025年）');
    expect(await panel.locator('[data-field="status_zh"] dd').innerText()).toBe('“建成”');
    expect(await panel.locator('[data-field="investment_total_yi"] dd').innerText()).toBe('未注明');
    expect(await panel.locator('[data-field="source_doc"] dd').innerText()).toContain('《温州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（2021年2月）');
    expect(await panel.locator('[data-field="source_lines"]').innerText()).toBe('第1011行');
    // Provenance in Chinese: the placement basis and the licence, no English notes.
    expect(await panel.locator('[data-field="location_note"] dd').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await panel.locator('[data-field="location_note"] dd').innerText()).not.toMatch(/\b(the|placed|county seat)\b/);

    await page.getByTestId('read-source').click();
    const viewer = page.getByTestId('source-viewer');
    await viewer.waitFor();
    await expect.poll(() => viewer.locator('p.cited').count(), POLL).toBe(1);
    expect(await viewer.locator('p.cited').getAttribute('data-line')).toBe('1011');
    expect(await viewer.locator('p.cited').innerText()).toContain('瑞平苍高速');
    expect(await page.getByTestId('source-chain').innerText()).toContain('专栏 14');
    // The rest of the document is there to scroll to.
    expect(await viewer.locator('p[data-line]').count()).toBeGreaterThan(500);
    await screenshot(page, '12-source-passage');
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    // Esc closed the viewer only; the panel is still there.
    expect(await panel.isVisible()).toBe(true);
  });

  it('reads a list row as reported progress at the list date: 续建类项目 is "reported under construction", in English too', async () => {
    const { page } = app;
    const row = projects.find((f) => P(f).status_zh === '续建类项目' && P(f).location_precision === 'town')!;
    await show(page, `map=11/${(row.geometry as GeoJSON.Point).coordinates[1]}/${(row.geometry as GeoJSON.Point).coordinates[0]}&layers=projects&lang=en&sel=projects/${P(row).id}`, 'projects:precise');
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    expect(await panel.locator('[data-field="status"] dd').innerText()).toBe('Reported under construction (list of Nov 2021)');
    expect(await panel.locator('[data-field="source_doc"] dd').innerText()).toContain('Wenzhou Tourism Development Plan for the 14th Five-Year Period, Annex 1');
    expect(await panel.locator('[data-field="subcategory"] dd').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await panel.locator('[data-field="location_note"] dd').innerText()).toMatch(/^In /);
    await show(page, `${WHOLE_CITY}`);
  });

  it('opens a structure member by clicking it, with its 专栏10 positioning text', async () => {
    const { page } = app;
    await show(page, 'map=10/27.98/120.68&layers=structure-members', 'structure-members:circle');
    const members = readGeodata('structure/members.geojson');
    const lucheng = members.features.find((f) => f.properties!.adcode === '330302')!;
    await clickAt(page, (lucheng.geometry as GeoJSON.Point).coordinates);
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    expect(await panel.locator('[data-field="text_zh"] dd').innerText()).toBe(lucheng.properties!.text_zh);
    expect(await panel.locator('[data-field="zone"] dd').innerText()).toBe('都市区主中心');
    await screenshot(page, '11-structure-member');
    await show(page, WHOLE_CITY);
  });

  it('keeps a legend per layer that tells status and precision apart, and explains the circle sizes', async () => {
    const { page } = app;
    const legend = async (id: string) => (await page.locator(`[data-layer="${id}"] .legend`).innerText()).split('\n');
    expect(await legend('rail-lines')).toEqual(['已开通运营', '在建', '规划']);
    const projectLegend = await legend('projects');
    expect(projectLegend).toContain('产业（定位到乡镇/地点）');
    expect(projectLegend).toContain('产业（仅知所在县，置于县城）');
    expect(await legend('belts')).toContain('金色中轴城市带（示意）');
    const size = await page.locator('[data-layer="projects"] [data-testid="size-legend"]').innerText();
    expect(size).toContain('150 亿元');
    expect(size).toContain('未注明投资额');
  });
});

describe('projects stacked on one point', () => {
  it('shows one badge per stack with its count at city zoom, and the count follows the filter', async () => {
    const { page } = app;
    const [largest] = stacks;
    const [lng, lat] = (largest![0]!.geometry as GeoJSON.Point).coordinates as [number, number];
    await show(page, `map=9/${lat}/${lng}&layers=counties,projects`, 'projects:stack');
    const badgeCount = () =>
      page.evaluate(([x, y]) => {
        const map = window.__wzMap!;
        const p = map.project([x!, y!]);
        const hit = map.queryRenderedFeatures([p.x, p.y], { layers: ['projects:stack'] })[0];
        return hit ? Number(hit.state.count) : undefined;
      }, [lng, lat]);
    await expect.poll(badgeCount, POLL).toBe(largest!.length);
    // The county's name is still drawn at this zoom.
    const county = String(P(largest![0]!).county_adcode);
    await expect.poll(() => page.evaluate((c) => window.__wzMap!.queryRenderedFeatures({ layers: ['counties:label'] }).some((f) => f.properties.adcode === c), county), POLL).toBe(true);
    await screenshot(page, '30-stack-badge-z9');

    const category = String(P(largest![0]!).category);
    await show(page, `map=9/${lat}/${lng}&layers=counties,projects&cat=${encodeURIComponent(category)}`, 'projects:stack');
    const expected = largest!.filter((f) => P(f).category === category).length;
    await expect.poll(badgeCount, POLL).toBe(expected >= 2 ? expected : undefined);
  });

  it('opens a badge into a column that names every member, and lists all of them under a click', async () => {
    const { page } = app;
    const [largest] = stacks;
    const [lng, lat] = (largest![0]!.geometry as GeoJSON.Point).coordinates as [number, number];
    await show(page, `map=9/${lat}/${lng}&layers=counties,county-seats,structure-zones,projects`, 'projects:stack');
    await clickAt(page, [lng, lat]);
    await page.waitForFunction(() => window.__wzMap!.getZoom() >= 11 && !window.__wzMap!.isMoving());
    await waitForIdle(page, 'projects:precise');
    // Every member is drawn, and named (no name dropped for a collision).
    await expect.poll(() => renderedLayerIds(page, 'projects').then((ids) => largest!.every((f) => ids.includes(String(P(f).id)))), POLL).toBe(true);
    const named = () =>
      page.evaluate(() => {
        const map = window.__wzMap!;
        const labels = map.getLayersOrder().filter((id) => /^projects:slot\d+-label$/.test(id));
        return [...new Set(map.queryRenderedFeatures({ layers: labels }).map((f) => String(f.properties.id)))];
      });
    await expect.poll(() => named().then((ids) => largest!.filter((f) => ids.includes(String(P(f).id))).length), POLL).toBe(largest!.length);
    await screenshot(page, '31-stack-column-z12');

    // A click where features overlap (the seat: its dot, the member, the county, the zone) lists
    // every one of them with the total, not the first few.
    await clickAt(page, [lng, lat]);
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    const under = await page.evaluate(([x, y]) => {
      const map = window.__wzMap!;
      const p = map.project([x!, y!]);
      const layers = map.getStyle().layers.filter((l) => (l.metadata as Record<string, unknown> | undefined)?.['wz:interactive'] && l.type !== 'symbol' && l.layout?.visibility !== 'none').map((l) => l.id);
      return new Set(map.queryRenderedFeatures([p.x, p.y], { layers }).map((f) => `${(f.layer.metadata as Record<string, string>)['wz:layer']}/${f.id}`)).size;
    }, [lng, lat]);
    expect(under).toBeGreaterThan(1);
    expect(await page.getByTestId('alternatives').innerText()).toContain(`此处共 ${under} 个要素`);
    expect(await page.getByTestId('alternatives').locator('li').count()).toBe(under - 1);
    await page.getByTestId('feature-panel-close').click();
  });
});
