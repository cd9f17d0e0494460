/**
 * Serves geodata/ and seeds/ at /geodata/ and /seeds/ in development and copies them into dist/
 * on build, so the data files stay top-level folders that people edit, the app fetches them at
 * run time, and the source texts are readable in the app with no network.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const types: Record<string, string> = {
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pmtiles': 'application/vnd.pmtiles',
};

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : extname(e.name) in types ? [join(dir, e.name)] : [],
  );
}

const root = resolve(import.meta.dirname, '../..');

export function geodataPlugin(dirs: Record<string, string> = { geodata: join(root, 'geodata'), seeds: join(root, 'seeds') }): Plugin {
  return {
    name: 'wz-geodata',
    configureServer(server) {
      for (const [prefix, dir] of Object.entries(dirs)) {
        server.middlewares.use(`/${prefix}`, (req, res, next) => {
          const path = resolve(dir, '.' + decodeURIComponent((req.url ?? '/').split('?')[0]!));
          if (!path.startsWith(dir + sep) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return next();
          res.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
          createReadStream(path).pipe(res);
        });
      }
    },
    generateBundle() {
      for (const [prefix, dir] of Object.entries(dirs))
        for (const file of listFiles(dir))
          this.emitFile({ type: 'asset', fileName: `${prefix}/${relative(dir, file).split(sep).join('/')}`, source: readFileSync(file) });
    },
  };
}
