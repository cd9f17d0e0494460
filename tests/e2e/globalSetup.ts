/**
 * Serves the production build (dist/) for the end-to-end tests. `npm test` builds first; run
 * alone, `npm run test:e2e` builds when dist/ is missing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    screenshotDir: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) await build({ root, logLevel: 'warn' });
  const server = await preview({ root, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const screenshotDir = resolve(root, 'test-results/screenshots');
  mkdirSync(screenshotDir, { recursive: true });
  console.log(`e2e: serving dist/ at http://127.0.0.1:${address.port}/ — screenshots in ${screenshotDir}`);
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('screenshotDir', screenshotDir);
  return async () => {
    await server.close();
  };
}
