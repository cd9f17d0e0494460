import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface AppPage {
  page: Page;
  /** Requests that left 127.0.0.1: the app must need none. */
  externalRequests: string[];
  errors: string[];
}

/** Opens the app with a URL hash and waits until the county layer is drawn and the map is idle. */
export async function openApp(browser: Browser, hash = '', opts: { waitFor?: string } = {}): Promise<AppPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const externalRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') externalRequests.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(inject('baseUrl') + hash);
  await waitForIdle(page, opts.waitFor ?? 'counties:fill');
  return { page, externalRequests, errors };
}

/** Waits until the given style layer exists and the map has finished drawing. */
export async function waitForIdle(page: Page, layer: string) {
  await page.waitForFunction((id) => !!window.__wzMap?.getLayer(id) && window.__wzMap.loaded() && !window.__wzMap.isMoving(), layer, { timeout: 30_000 });
  // loaded() is true between frames too; one more idle event settles pending tiles.
  await page.evaluate(() => new Promise<void>((done) => (window.__wzMap!.loaded() ? requestAnimationFrame(() => done()) : window.__wzMap!.once('idle', () => done()))));
}

/** Distinct ids of the features MapLibre has drawn for one style layer in the viewport. */
export function renderedIds(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => {
    const map = window.__wzMap!;
    if (!map.getLayer(id)) return [];
    return [...new Set(map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.id)))].sort();
  }, layer);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(inject('screenshotDir'), `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Distinct feature ids drawn by every non-label part of a catalog layer (fills, lines, circles). */
export function renderedLayerIds(page: Page, catalogLayer: string): Promise<string[]> {
  return page.evaluate((owner) => {
    const map = window.__wzMap!;
    const parts = map
      .getStyle()
      .layers.filter((l) => (l.metadata as Record<string, unknown> | undefined)?.['wz:layer'] === owner && l.type !== 'symbol')
      .map((l) => l.id);
    if (!parts.length) return [];
    return [...new Set(map.queryRenderedFeatures({ layers: parts }).map((f) => String(f.properties.id)))].sort();
  }, catalogLayer);
}

/** A view that shows the whole municipality, islands included, in the 1280×800 test window. */
export const WHOLE_CITY = 'map=7.75/27.75/120.55';

/**
 * Assertions on what is drawn poll until they hold: a click reaches the map through React and the
 * URL a few frames later, and a one-shot check could read the frame before.
 */
export const POLL = { timeout: 15_000, interval: 200 };
