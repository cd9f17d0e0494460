/**
 * In development only: the editor's "write back" posts a layer here. The dev server accepts only
 * files the catalog marks "edited" (a generated file is refused, naming the tables to edit), checks
 * the text exactly as `npm run validate` does (schema, references, cited lines, places), refuses it
 * when the file on disk changed since the edits began (unless the user chose to write anyway),
 * writes it with the one byte-stable writer, appends the session's moments to geodata/changelog.csv,
 * and rebuilds the generated files made from it (the zones from the counties, the projects from the
 * county seats), so the tree stays consistent and `git diff` shows the edit and its consequences.
 * A layer made by an import comes with its catalog entry (catalogInsert.ts): both are written, or neither.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { catalogSchema, sourceRegistrySchema } from '../../src/data/schemas';
import { checkGeojsonText } from '../../src/data/validate/geojsonFile';
import { isError, type Problem } from '../../src/data/validate/problem';
import { writeFeatureCollection } from '../../src/data/writeGeojson';
import type { Moment } from '../../src/edit/history';
import { changeLogRows, CHANGE_LOG_FILE, CHANGE_LOG_HEADER } from '../../src/edit/changeLog';
import { Tree } from './tree';
import { CHANGE_COLUMNS, CHANGE_LOG_ROW_COLUMNS, changeLogRowSchema } from '../../src/data/tableSchemas';
import { checkRows, readCsv } from '../../src/data/validate/csvFile';
import { csvRow } from '../../src/stats/csv';
import { checkContext } from './checkContext';
import { STEPS, loadBase, writeBuild } from '../build-geodata';
import { allowed, readBody, refusal, send } from './devRequest';
import { insertLayer } from './catalogInsert';
import type { NewLayer } from '../../src/edit/writeBack';

/** Layers up to the browser's own limit (MAX_LAYER_BYTES), with room for the JSON envelope. */
const MAX_BYTES = 40 << 20;

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

interface Body {
  /** A layer's whole text (a layer write). */
  text?: string;
  /** New rows to append (a table write). */
  rows?: Record<string, string>[];
  baseHash: string;
  force?: boolean;
  log?: Moment[];
  /** A layer made by an import: its file must not exist yet, its catalog entry is added. */
  newLayer?: NewLayer;
}

export async function handleLayerWrite(dir: string, seedsDir: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST') return send(res, 405, refusal('只接受 POST', 'POST only'));
  if (!allowed(req)) return send(res, 403, refusal('只有本机打开的本应用可以写回图层', 'only this app, opened on this machine, may write layers back'));
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(res, 415, refusal('内容须为 JSON', 'the body must be JSON'));
  const rel = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0]!);
  const raw = await readBody(req, MAX_BYTES);
  if (raw === undefined) return send(res, 413, refusal('图层超过 40 MB', 'the layer is larger than 40 MB'));
  let body: Body;
  try {
    body = JSON.parse(raw) as Body;
    if ((typeof body.text !== 'string' && !Array.isArray(body.rows)) || typeof body.baseHash !== 'string') throw new Error('shape');
  } catch {
    return send(res, 400, refusal('请求内容不对：应为 {text 或 rows, baseHash}', 'bad request: expected {text or rows, baseHash}'));
  }
  const file = `geodata/${rel}`;
  const rawCatalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8'));
  let catalog = catalogSchema.parse(rawCatalog);
  if (Array.isArray(body.rows)) return appendRows(dir, seedsDir, rel, catalog, body as Body & { rows: Record<string, string>[] }, res);
  if (typeof body.text !== 'string') return send(res, 400, refusal('请求内容不对', 'bad request'));
  const registry = sourceRegistrySchema.parse(JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')));
  const known = new Set(registry.map((s) => s.id));
  const path = join(dir, rel);
  // A new layer: its catalog entry is checked and written with the layer, never one without the other.
  let catalogText: string | undefined;
  if (body.newLayer) {
    const made = insertLayer(rawCatalog, rel, body.newLayer, known, existsSync(path));
    if ('problems' in made) return send(res, 422, { ok: false, problems: made.problems });
    catalogText = made.text;
    catalog = catalogSchema.parse(JSON.parse(made.text));
  }
  const entry = catalog.layers.find((l) => l.file === rel);
  if (!entry) return send(res, 404, refusal(`目录 catalog.json 中没有图层文件“${rel}”`, `no layer file "${rel}" in catalog.json`, file));
  if (entry.origin !== 'edited')
    return send(res, 409, refusal(`${rel} 由表格生成，不能直接写回：请编辑 ${entry.origin.generated_from.join('、')}，再运行 npm run build:geodata`, `${rel} is generated from tables and cannot be written back: edit ${entry.origin.generated_from.join(', ')}, then run npm run build:geodata`, file));

  const onDisk = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  if (!catalogText && sha256(onDisk) !== body.baseHash && !body.force)
    return send(res, 409, { ...refusal(`磁盘上的 ${rel} 在你开始编辑之后已被修改（可能在 QGIS 或文本编辑器中）`, `${rel} on disk has changed since you began editing (in QGIS or a text editor?)`, file), changedOnDisk: true });

  const tree = new Tree(dir, seedsDir);
  const seedFiles = tree.seedFiles();
  const textless = new Set(registry.filter((s) => s.kind === 'document' && !seedFiles.includes(s.id)).map((s) => s.id));
  const ctx = checkContext(tree, catalog, known, textless, loadBase(tree));
  const checked = checkGeojsonText(file, body.text, entry.schema, ctx);
  const logRows = changeLogRows(rel, body.log ?? []);
  const errors = [...checked.problems, ...logProblems(logRows)].filter(isError);
  if (errors.length) return send(res, 422, { ok: false, problems: errors });

  // One writer for every file: the same bytes whatever the browser sent.
  const text = writeFeatureCollection(JSON.parse(body.text) as { features: unknown[] });
  if (catalogText) mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  if (catalogText) writeFileSync(join(dir, 'catalog.json'), catalogText);
  appendLog(dir, logRows);
  const problems: Problem[] = checked.problems;
  const rebuilt = rebuild(dir, seedsDir, rel, problems);
  send(res, 200, { ok: true, file, hash: sha256(text), rebuilt, problems });
}

/** The change-log rows checked as `npm run validate` checks changelog.csv, before anything is written. */
function logProblems(rows: string[]): Problem[] {
  const file = `geodata/${CHANGE_LOG_FILE}`;
  const table = readCsv(file, `${CHANGE_LOG_HEADER}\n${rows.map((r) => `${r}\n`).join('')}`, CHANGE_LOG_ROW_COLUMNS, true);
  return [...table.problems, ...checkRows(file, table.rows, changeLogRowSchema, 'feature').problems];
}

function appendLog(dir: string, rows: string[]) {
  if (!rows.length) return;
  const logPath = join(dir, CHANGE_LOG_FILE);
  if (!existsSync(logPath)) writeFileSync(logPath, `${CHANGE_LOG_HEADER}\n`);
  appendFileSync(logPath, rows.map((r) => `${r}\n`).join(''));
}

/** Rebuilds the generated files made from `rel`; returns them (their problems join `problems`). */
function rebuild(dir: string, seedsDir: string, rel: string, problems: Problem[]): string[] {
  if (!STEPS.some((s) => s.inputs.includes(rel))) return [];
  const build = new Tree(dir, seedsDir);
  if (writeBuild(build)) return STEPS.filter((s) => s.inputs.includes(rel)).map((s) => `geodata/${s.output}`);
  problems.push(...build.problems.filter(isError));
  return [];
}

/**
 * A table write: new rows appended to a table the build reads (projects/changes.csv), never a
 * rewrite of its rows. The rows are checked by the build itself: appended, built, and if the build
 * finds an error the file is put back as it was and the problems go to the editor.
 */
function appendRows(dir: string, seedsDir: string, rel: string, catalog: ReturnType<typeof catalogSchema.parse>, body: Body & { rows: Record<string, string>[] }, res: ServerResponse) {
  const file = `geodata/${rel}`;
  if (!catalog.tables.some((t) => t.file === rel && t.schema === 'project-change')) return send(res, 404, refusal(`${rel} 不是可追加记录的表格`, `${rel} is not a table that takes appended rows`, file));
  const path = join(dir, rel);
  const before = readFileSync(path, 'utf8');
  if (sha256(before) !== body.baseHash && !body.force) return send(res, 409, { ...refusal(`磁盘上的 ${rel} 在你记录之后已被修改`, `${rel} on disk has changed since you recorded`, file), changedOnDisk: true });
  const logRows = changeLogRows(rel, body.log ?? []);
  const logErrors = logProblems(logRows).filter(isError);
  if (logErrors.length) return send(res, 422, { ok: false, problems: logErrors });
  const lines = body.rows.map((r) => csvRow(CHANGE_COLUMNS.map((c) => String(r[c] ?? ''))));
  const text = `${before}${before.endsWith('\n') || !before ? '' : '\n'}${lines.map((l) => `${l}\n`).join('')}`;
  writeFileSync(path, text);
  const problems: Problem[] = [];
  const rebuilt = rebuild(dir, seedsDir, rel, problems);
  if (problems.some(isError)) {
    writeFileSync(path, before);
    return send(res, 422, { ok: false, problems });
  }
  appendLog(dir, logRows);
  send(res, 200, { ok: true, file, hash: sha256(text), rebuilt, problems });
}
