/**
 * Writing an edited layer back to its file. In development the dev server takes it
 * (scripts/lib/layerWriteBack.ts: only files the catalog marks "edited", validated again, and
 * refused when the file changed on disk since the edits began unless the user says to write
 * anyway). In any browser with the File System Access API the user can pick a file to write to.
 */
import type { CatalogLayer } from '../data/schemas';
import type { Problem } from '../data/validate/problem';
import type { Moment } from './history';
import { devWriteHeaders } from '../ui/devWriteToken';

export const LAYER_ENDPOINT = '/__wz/layers/';

export type WriteResult = { ok: true; hash: string } | { ok: false; status: number; problems: Problem[]; changedOnDisk?: boolean };

/** What this page wrote last to each file (its hash), and the files the dev server wrote with it (rebuilt files, their manifest, the catalog of a new layer), with when. */
const written = new Map<string, string>();
const alsoWritten = new Map<string, number>();

/**
 * Whether a change on disk is this page's own write-back (the file has the hash it wrote, or the
 * dev server rebuilt it from a write seconds ago): the app reloads it without saying "changed on disk".
 */
export function isOwnWrite(file: string, hash: string | undefined): boolean {
  return (hash !== undefined && written.get(file) === hash) || Date.now() - (alsoWritten.get(file) ?? 0) < 10_000;
}

async function post(file: string, body: object): Promise<WriteResult> {
  let res: Response;
  try {
    res = await fetch(`${LAYER_ENDPOINT}${file.split('/').map(encodeURIComponent).join('/')}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...devWriteHeaders() }, body: JSON.stringify(body) });
  } catch (e) {
    return { ok: false, status: 0, problems: [{ severity: 'error', code: 'write-refused', file, message: { zh: `无法连接开发服务器：${String(e)}`, en: `cannot reach the dev server: ${String(e)}` } }] };
  }
  const answer = (await res.json().catch(() => ({}))) as { hash?: string; problems?: Problem[]; changedOnDisk?: boolean; rebuilt?: string[] };
  if (res.ok && answer.hash) {
    written.set(file, answer.hash);
    const also = [...(answer.rebuilt ?? []).map((r) => r.replace(/^geodata\//, '')), ...(answer.rebuilt?.length ? ['build-manifest.json'] : []), ...('newLayer' in body ? ['catalog.json'] : [])];
    for (const f of also) alsoWritten.set(f, Date.now());
    return { ok: true, hash: answer.hash };
  }
  return { ok: false, status: res.status, problems: answer.problems ?? [], changedOnDisk: answer.changedOnDisk };
}

/** Writes a layer's whole text to its file. */
export const writeBackToDevServer = (file: string, text: string, baseHash: string, log: readonly Moment[], force = false) => post(file, { text, baseHash, force, log });

/** What the catalog needs to know of a layer made by an import; the dev server adds the rest. */
export interface NewLayer {
  id: string;
  group: string;
  title: { zh: string; en: string };
  schema: CatalogLayer['schema'];
  style: CatalogLayer['style'];
  sources: string[];
}

/** Writes a new layer file and its catalog entry (only a file that does not exist yet). */
export const writeNewLayer = (file: string, text: string, layer: NewLayer, log: readonly Moment[]) => post(file, { text, baseHash: '', newLayer: layer, log });

/** Appends rows to a table the build reads (projects/changes.csv); the dev server rebuilds what it feeds. */
export const writeTableRows = (file: string, rows: readonly Record<string, string>[], baseHash: string, log: readonly Moment[], force = false) => post(file, { rows, baseHash, force, log });

interface Writable {
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
declare global {
  interface Window {
    showSaveFilePicker?(options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }): Promise<Writable>;
    /** Tests inject a file handle here: a browser's file picker cannot be driven by a script. */
    __wzPickFile?(name: string): Promise<Writable>;
  }
}

export const canPickFile = () => typeof window.showSaveFilePicker === 'function' || typeof window.__wzPickFile === 'function';

/** Writes `text` to a file the user picks (File System Access API). Resolves false when cancelled. */
export async function writeToPickedFile(name: string, text: string): Promise<boolean> {
  let handle: Writable;
  try {
    handle = window.__wzPickFile ? await window.__wzPickFile(name) : await window.showSaveFilePicker!({ suggestedName: name, types: [{ description: 'GeoJSON', accept: { 'application/geo+json': ['.geojson'] } }] });
  } catch (e) {
    if ((e as DOMException).name === 'AbortError') return false;
    throw e;
  }
  const w = await handle.createWritable();
  await w.write(text);
  await w.close();
  return true;
}
