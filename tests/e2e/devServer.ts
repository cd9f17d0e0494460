/**
 * A Vite dev server over a throwaway copy of geodata/ (a git repository of its own), for the tests
 * of what only development does: the write-back endpoints and the reload of a file changed on disk.
 * `git diff` in the copy shows exactly what the app wrote.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

export interface DevServer {
  url: string;
  /** The copy of geodata/ the server reads and writes. */
  dir: string;
  git(...args: string[]): string;
  close(): Promise<void>;
}

export async function startDevServer(): Promise<DevServer> {
  const root = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'wz-geodata-'));
  cpSync(join(root, 'geodata'), dir, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'copy');
  process.env.WZ_GEODATA_DIR = dir;
  let server: ViteDevServer;
  try {
    server = await createServer({ configFile: join(root, 'vite.config.ts'), root, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, open: false } });
    await server.listen();
  } finally {
    delete process.env.WZ_GEODATA_DIR;
  }
  const url = server.resolvedUrls!.local[0]!;
  return {
    url,
    dir,
    git,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
