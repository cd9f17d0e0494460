/**
 * The dev server's story write-back endpoint (see storyWriteBack.ts). The handler is loaded through
 * Vite's own module loader when the server starts, so the config file stays free of app code.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const STORY_ENDPOINT = '/__wz/stories/';

export function storyWriteBack(dir = resolve(import.meta.dirname, '../../geodata')): Plugin {
  return {
    name: 'wz-story-write-back',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(STORY_ENDPOINT, (req, res) => {
        server
          .ssrLoadModule('/scripts/lib/storyWriteBack.ts')
          .then((m) => (m as typeof import('./storyWriteBack')).handleStoryWrite(dir, req, res))
          .catch((e: unknown) => {
            res.statusCode = 500;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(JSON.stringify({ ok: false, problems: [{ severity: 'error', code: 'write-refused', file: 'dev server', message: { zh: `写回失败：${String(e)}`, en: `write-back failed: ${String(e)}` } }] }));
          });
      });
    },
  };
}
