/**
 * geodata/build-manifest.json: for each generated file, the SHA-256 of what the build wrote and
 * of each file it was made from. The validator uses it to tell a hand edit of a generated file
 * (its hash changed) from a table edited but not rebuilt (an input's hash changed).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'build-manifest.json';

export interface Manifest {
  about: string;
  files: Record<string, { sha256: string; from: Record<string, string> }>;
}

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
export const hashFile = (dir: string, rel: string) => (existsSync(join(dir, rel)) ? sha256(readFileSync(join(dir, rel))) : 'missing');

export function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
