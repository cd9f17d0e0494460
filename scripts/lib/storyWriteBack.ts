/**
 * In development only: the story editor's "write back" posts a story here, and the dev server
 * checks it exactly as `npm run validate` would (schema, layers, features, rail lines, cited
 * lines) before writing geodata/stories/<id>.json and listing it in catalog.json. A story with
 * problems is not written; the problems go back to the editor in both languages.
 *
 * Only this machine's own page may write: the request must come from 127.0.0.1 with an Origin
 * and Host of this server (another site open in the browser cannot post here).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowed, readBody, refusal, send } from './devRequest';
import type { FeatureCollection } from 'geojson';
import { catalogSchema, documentsSchema, sourceRegistrySchema } from '../../src/data/schemas';
import { isError } from '../../src/data/validate/problem';
import { checkStoryText } from '../../src/present/storyReferences';
import { storyContextOf } from '../../src/present/storyContext';

const MAX_BYTES = 2 << 20;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Lists `stories/<id>.json` in the catalog by inserting one line, so the file's layout stays as people wrote it. */
export function registerStory(catalogText: string, rel: string): string | undefined {
  const m = /"stories"\s*:\s*\[([^\]]*)\]/.exec(catalogText);
  if (!m) return undefined;
  const items = m[1]!.trim();
  const indent = /\n(\s*)"/.exec(m[1]!)?.[1] ?? '    ';
  const closing = /\n(\s*)$/.exec(m[1]!)?.[1] ?? '  ';
  const body = items ? `${m[1]!.replace(/\s*$/, '')},\n${indent}"${rel}"\n${closing}` : `\n${indent}"${rel}"\n${closing}`;
  return catalogText.slice(0, m.index) + `"stories": [${body}]` + catalogText.slice(m.index + m[0].length);
}

/** Everything a story may refer to, read fresh from the tree (data staff may have edited it). */
function contextOf(dir: string) {
  const catalog = catalogSchema.parse(readJson(join(dir, 'catalog.json')));
  const registry = sourceRegistrySchema.parse(readJson(join(dir, 'sources.json')));
  const documents = documentsSchema.parse(readJson(join(dir, 'documents.json')));
  const files = new Map<string, FeatureCollection | undefined>();
  const dataOf = (layerId: string) => {
    const file = catalog.layers.find((l) => l.id === layerId)?.file;
    if (!file) return undefined;
    if (!files.has(file)) files.set(file, existsSync(join(dir, file)) ? (readJson(join(dir, file)) as FeatureCollection) : undefined);
    return files.get(file);
  };
  return { catalog, ctx: storyContextOf(catalog, dataOf, registry, documents) };
}

export async function handleStoryWrite(dir: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST') return send(res, 405, refusal('只接受 POST', 'POST only'));
  if (!allowed(req)) return send(res, 403, refusal('只有本机打开的本应用可以写回故事', 'only this app, opened on this machine, may write stories back'));
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(res, 415, refusal('内容须为 JSON', 'the body must be JSON'));
  const id = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0]!);
  if (!/^[a-z0-9-]+$/.test(id)) return send(res, 400, refusal(`故事 id“${id}”不对：用小写字母和数字，以 "-" 连接`, `bad story id "${id}": lower-case words joined by "-"`));
  const text = await readBody(req, MAX_BYTES);
  if (text === undefined) return send(res, 413, refusal('故事文件超过 2 MB', 'the story is larger than 2 MB'));
  const rel = `stories/${id}.json`;
  const { catalog, ctx } = contextOf(dir);
  const { story, problems } = checkStoryText(`geodata/${rel}`, text, ctx);
  if (story && story.id !== id) problems.push({ severity: 'error', code: 'story-id', file: `geodata/${rel}`, property: 'id', message: { zh: `文件名是 ${id}.json，故事 id 却是“${story.id}”`, en: `the file is ${id}.json but the story id is "${story.id}"` }, fix: { zh: '让两者一致', en: 'make them the same' } });
  if (!story || problems.some(isError)) return send(res, 422, { ok: false, problems });
  writeFileSync(join(dir, rel), text.endsWith('\n') ? text : `${text}\n`);
  let registered = catalog.stories.includes(rel);
  if (!registered) {
    const catalogPath = join(dir, 'catalog.json');
    const next = registerStory(readFileSync(catalogPath, 'utf8'), rel);
    if (next) {
      writeFileSync(catalogPath, next);
      registered = true;
    }
  }
  send(res, 200, { ok: true, file: `geodata/${rel}`, registered, problems });
}
