/**
 * A dev-server endpoint whose handler is loaded through Vite's own module loader (so the config
 * file stays free of app code, and an edit to the handler applies without a restart). A handler
 * that throws answers 500 with a problem the editor shows, never a hung request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';

export function loadedHandler<M>(server: ViteDevServer, module: string, run: (m: M, req: IncomingMessage, res: ServerResponse) => Promise<void> | void) {
  return (req: IncomingMessage, res: ServerResponse) => {
    server
      .ssrLoadModule(module)
      .then((m) => run(m as M, req, res))
      .catch((e: unknown) => {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ ok: false, problems: [{ severity: 'error', code: 'write-refused', file: 'dev server', message: { zh: `写回失败：${String(e)}`, en: `write-back failed: ${String(e)}` } }] }));
      });
  };
}
