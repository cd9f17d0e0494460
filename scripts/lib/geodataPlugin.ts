/**
 * Serves geodata/ at /geodata/ in development and copies it into dist/geodata/ on build, so the
 * data files stay a top-level folder that people edit, and the app fetches them at run time.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const types: Record<string, string> = {
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : extname(e.name) in types ? [join(dir, e.name)] : [],
  );
}

export function geodataPlugin(dir = resolve(import.meta.dirname, '../../geodata')): Plugin {
  return {
    name: 'wz-geodata',
    configureServer(server) {
      server.middlewares.use('/geodata', (req, res, next) => {
        const path = resolve(dir, '.' + decodeURIComponent((req.url ?? '/').split('?')[0]!));
        if (!path.startsWith(dir + sep) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return next();
        res.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
        createReadStream(path).pipe(res);
      });
    },
    generateBundle() {
      for (const file of listFiles(dir))
        this.emitFile({ type: 'asset', fileName: `geodata/${relative(dir, file).split(sep).join('/')}`, source: readFileSync(file) });
    },
  };
}
