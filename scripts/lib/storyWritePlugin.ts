/**
 * The dev server's story write-back endpoint (see storyWriteBack.ts). The handler is loaded through
 * Vite's own module loader when the server starts, so the config file stays free of app code.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadedHandler } from './devHandler.ts';

export const STORY_ENDPOINT = '/__wz/stories/';

export function storyWriteBack(dir = resolve(import.meta.dirname, '../../geodata')): Plugin {
  return {
    name: 'wz-story-write-back',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(STORY_ENDPOINT, loadedHandler<typeof import('./storyWriteBack')>(server, '/scripts/lib/storyWriteBack.ts', (m, req, res) => m.handleStoryWrite(dir, req, res)));
    },
  };
}
