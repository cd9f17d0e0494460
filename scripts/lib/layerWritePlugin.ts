/**
 * The dev server's layer write-back endpoint (layerWriteBack.ts), and the watch that tells the app
 * when a file under geodata/ changed on disk (an edit in QGIS or a text editor), so the app reloads
 * that layer without a page reload and warns an editor whose edits began on the older file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { loadedHandler } from './devHandler.ts';

export const LAYER_ENDPOINT = '/__wz/layers/';
export const GEODATA_CHANGED = 'wz:geodata-changed';

export function layerWriteBack(dir: string, seedsDir: string): Plugin {
  return {
    name: 'wz-layer-write-back',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(LAYER_ENDPOINT, loadedHandler<typeof import('./layerWriteBack')>(server, '/scripts/lib/layerWriteBack.ts', (m, req, res) => m.handleLayerWrite(dir, seedsDir, req, res)));
      const root = resolve(dir);
      server.watcher.add(root);
      const tell = (path: string) => {
        const abs = resolve(path);
        if (!abs.startsWith(root + sep)) return;
        // With the file's hash, so the app can tell its own write-back from an edit elsewhere.
        let hash: string | undefined;
        try {
          hash = createHash('sha256').update(readFileSync(abs)).digest('hex');
        } catch {
          hash = undefined;
        }
        server.ws.send({ type: 'custom', event: GEODATA_CHANGED, data: { file: relative(root, abs).split(sep).join('/'), hash } });
      };
      server.watcher.on('change', tell);
      server.watcher.on('add', tell);
    },
  };
}
