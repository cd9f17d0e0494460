import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface AppPage {
  page: Page;
  /** Requests that left 127.0.0.1: the app must need none. */
  externalRequests: string[];
  /** Page errors, console errors (MapLibre's `error` events are logged there) and failed requests. */
  errors: string[];
}

/**
 * Tests of behaviour run in a modest window: software WebGL renders every pixel on the CPU, so a
 * smaller window is a faster suite. The screen-size tests and screenshots set their own sizes.
 */
export const DEFAULT_VIEWPORT = { width: 1024, height: 680 };

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** The style layer that must be on the map before the page counts as loaded. */
  waitFor?: string;
  /** Runs before the app loads (e.g. to route a request). */
  before?(page: Page): Promise<void>;
  /** Another server than the preview of dist/ (the dev server of the write-back tests). */
  baseUrl?: string;
  /** Open as another tab of this browser context (same IndexedDB, same BroadcastChannel). */
  context?: BrowserContext;
}

/**
 * Opens the app once per test file. Later states come through the URL hash (`show`), as a user
 * pasting a shared link would; only tests about loading open a page of their own.
 */
export async function openApp(browser: Browser, hash = '', opts: OpenOptions = {}): Promise<AppPage> {
  const page = opts.context ? await opts.context.newPage() : await browser.newPage({ viewport: opts.viewport ?? DEFAULT_VIEWPORT, deviceScaleFactor: 1 });
  const externalRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') externalRequests.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()} (${m.location().url})`);
  });
  await opts.before?.(page);
  await page.goto((opts.baseUrl ?? inject('baseUrl')) + hash);
  await waitForIdle(page, opts.waitFor ?? 'counties:fill');
  return { page, externalRequests, errors };
}

/** Puts a state into the URL hash (React and the map follow it) and waits until the map is idle. */
export async function show(page: Page, hash: string, waitFor = 'counties:fill') {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash.replace(/^#/, ''));
  // Two frames: React commits the new state, the map receives it.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await waitForIdle(page, waitFor);
}

/**
 * Waits until the given style layer exists and the map has finished drawing. Software WebGL on two
 * cores drew a first story slide in 14 s alone and over 30 s once late in a full run: 60 s.
 */
export async function waitForIdle(page: Page, layer: string) {
  await page.waitForFunction((id) => !!window.__wzMap?.getLayer(id) && window.__wzMap.loaded() && !window.__wzMap.isMoving(), layer, { timeout: 60_000 });
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

/** Distinct feature ids drawn by every non-label part of a catalog layer (fills, lines, circles), stack badges aside. */
export function renderedLayerIds(page: Page, catalogLayer: string): Promise<string[]> {
  return page.evaluate((owner) => {
    const map = window.__wzMap!;
    const parts = map
      .getStyle()
      .layers.filter((l) => {
        const meta = l.metadata as Record<string, unknown> | undefined;
        return meta?.['wz:layer'] === owner && l.type !== 'symbol' && !meta['wz:unfiltered'];
      })
      .map((l) => l.id);
    if (!parts.length) return [];
    return [...new Set(map.queryRenderedFeatures({ layers: parts }).map((f) => String(f.properties.id)))].sort();
  }, catalogLayer);
}

/** Clicks the map at a [lng, lat] (plus a pixel offset). */
export async function clickAt(page: Page, lngLat: readonly number[], offset: [number, number] = [0, 0]) {
  const pt = await page.evaluate((c) => window.__wzMap!.project(c as [number, number]), lngLat);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + pt.x + offset[0], box.y + pt.y + offset[1]);
}

/** A view that shows the whole municipality, islands included, in the 1280×800 test window. */
export const WHOLE_CITY = 'map=7.75/27.75/120.55';

/**
 * Assertions on what is drawn poll until they hold: a click reaches the map through React and the
 * URL a few frames later, and a one-shot check could read the frame before.
 */
export const POLL = { timeout: 15_000, interval: 200 };

export const readGeodata = <T = GeoJSON.FeatureCollection>(file: string): T => JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as T;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's violations on the page (or inside one element), one line each: rule, help, where.
 * Injected through the DevTools protocol: the page's Content-Security-Policy (rightly) refuses inline scripts.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async (sel) => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Element | Document): Promise<Result> } }).axe;
    const { violations } = await axe.run(sel ? document.querySelector(sel)! : document);
    return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, within);
}
