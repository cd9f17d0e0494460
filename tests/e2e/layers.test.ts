/**
 * Issue 3: every planning layer renders, with as many features as its data file holds, and a
 * click shows properties, source lines and geometry quality.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, openApp, POLL, renderedLayerIds, screenshot, WHOLE_CITY } from './helpers';

interface Entry {
  id: string;
  group: string;
  file: string;
}
const catalog = JSON.parse(readFileSync('geodata/catalog.json', 'utf8')) as { layers: Entry[] };
const idsIn = (file: string) => (JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as GeoJSON.FeatureCollection).features.map((f) => String(f.properties!.id)).sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('planning layers', () => {
  it('draws every feature of every layer in the catalog, the five groups included', async () => {
    const all = catalog.layers.map((l) => l.id).join(',');
    const { page, errors } = await openApp(browser, `#${WHOLE_CITY}&layers=${all}`, { waitFor: 'projects:precise' });
    const groups = new Set<string>();
    for (const layer of catalog.layers) {
      const expected = idsIn(layer.file);
      await expect.poll(() => renderedLayerIds(page, layer.id), { ...POLL, message: layer.id }).toEqual(expected);
      groups.add(layer.group);
    }
    expect([...groups].sort()).toEqual(['admin', 'belts', 'population', 'projects', 'rail', 'structure']);
    expect(errors).toEqual([]);
    await screenshot(page, '10-all-layers');
    await page.close();
  });

  it('shows a project with its category, investment, precision, source lines and geometry quality', async () => {
    const projects = JSON.parse(readFileSync('geodata/projects/projects.geojson', 'utf8')) as GeoJSON.FeatureCollection;
    const project = projects.features.find((f) => f.properties!.location_precision === 'town' && typeof f.properties!.investment_total_yi === 'number')!;
    const { page } = await openApp(browser, `#map=12/28/120.6&layers=projects&sel=projects/${project.properties!.id}`, { waitFor: 'projects:precise' });
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    expect(await panel.locator('h2').innerText()).toBe(project.properties!.name_zh);
    expect(await panel.locator('[data-field="category"] dd').innerText()).toBe(project.properties!.category);
    expect(await panel.locator('[data-field="investment_total_yi"] dd').innerText()).toContain('亿元');
    expect(await panel.locator('[data-field="location_precision"] dd').innerText()).toBe('乡镇（街道）驻地');
    expect(await panel.locator('[data-field="source_lines"] dd').innerText()).toBe(project.properties!.source_lines);
    expect(await panel.locator('[data-field="geometry_quality"] dd').innerText()).toMatch(/推算|示意|测绘/);
    await page.close();
  });

  it('opens a structure member by clicking it, with its 专栏10 positioning text', async () => {
    const { page } = await openApp(browser, `#map=10/27.98/120.68&layers=structure-members`, { waitFor: 'structure-members:circle' });
    const members = JSON.parse(readFileSync('geodata/structure/members.geojson', 'utf8')) as GeoJSON.FeatureCollection;
    const lucheng = members.features.find((f) => f.properties!.adcode === '330302')!;
    const point = await page.evaluate((c) => window.__wzMap!.project(c as [number, number]), (lucheng.geometry as GeoJSON.Point).coordinates);
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const panel = page.getByTestId('feature-panel');
    await panel.waitFor();
    expect(await panel.locator('[data-field="text_zh"] dd').innerText()).toBe(lucheng.properties!.text_zh);
    expect(await panel.locator('[data-field="zone"] dd').innerText()).toBe('都市区主中心');
    await screenshot(page, '11-structure-member');
    await page.close();
  });

  it('keeps a legend per layer that tells status and precision apart', async () => {
    const { page } = await openApp(browser, `#${WHOLE_CITY}`);
    const legend = async (id: string) => (await page.locator(`[data-layer="${id}"] .legend`).innerText()).split('\n');
    expect(await legend('rail-lines')).toEqual(['已建成/运营', '在建', '规划']);
    const projectLegend = await legend('projects');
    expect(projectLegend).toContain('产业（定位到乡镇/地点）');
    expect(projectLegend).toContain('产业（仅知所在县，置于县城）');
    expect(await legend('belts')).toContain('金色中轴城市带（示意）');
    await page.close();
  });
});
