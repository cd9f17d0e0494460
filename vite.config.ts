import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { geodataPlugin } from './scripts/lib/geodataPlugin.ts';
import { storyWriteBack } from './scripts/lib/storyWritePlugin.ts';
import { layerWriteBack } from './scripts/lib/layerWritePlugin.ts';
import { securityHeaders } from './scripts/lib/securityHeaders.ts';

/** Tests run the dev server on a copy of the data (WZ_GEODATA_DIR), so a write-back test touches no committed file. */
const geodataDir = process.env.WZ_GEODATA_DIR ? resolve(process.env.WZ_GEODATA_DIR) : resolve(import.meta.dirname, 'geodata');
const seedsDir = resolve(import.meta.dirname, 'seeds');

/**
 * The built page's Content-Security-Policy. The dev server has its own, which allows the React
 * refresh preamble by its hash (scripts/lib/securityHeaders.ts).
 */
const csp: Plugin = {
  name: 'wz-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://tile.openstreetmap.org https://*.tianditu.gov.cn; connect-src 'self' https://tile.openstreetmap.org https://*.tianditu.gov.cn; object-src 'none'; base-uri 'self'" />`,
    ),
};

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), geodataPlugin({ geodata: geodataDir, seeds: seedsDir }), storyWriteBack(geodataDir), layerWriteBack(geodataDir, seedsDir), csp, securityHeaders()],
  build: { chunkSizeWarningLimit: 1500 },
  // The import worker is reached through `new URL(…)`, which Vite's dependency scan does not follow:
  // without it as an entry, the first import in `npm start` finds new dependencies and reloads the page.
  optimizeDeps: { entries: ['index.html', 'src/workers/importWorker.ts', 'src/workers/planWorker.ts'] },
});
