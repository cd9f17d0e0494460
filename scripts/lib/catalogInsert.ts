/**
 * A layer made by an import ("as a new layer"): its catalog entry, checked with the catalog's own
 * schema, goes after the last layer of its group (the catalog's order is the drawing order), and
 * catalog.json is written back in its own format (two-space JSON), so `git diff` shows the one
 * inserted entry. Pure: takes the catalog's JSON and returns the new text, or what is wrong.
 */
import { catalogLayer, type CatalogLayer } from '../../src/data/schemas';
import type { NewLayer } from '../../src/edit/writeBack';
import type { Problem } from '../../src/data/validate/problem';
import { unbi } from '../../src/data/validate/text';

interface RawCatalog {
  groups: { id: string }[];
  layers: { id: string; group: string; file: string }[];
}

export function insertLayer(raw: RawCatalog, file: string, layer: NewLayer, knownSources: ReadonlySet<string>, fileExists: boolean): { text: string; entry: CatalogLayer } | { problems: Problem[] } {
  const where = 'geodata/catalog.json';
  const refuse = (zh: string, en: string, property?: string): { problems: Problem[] } => ({ problems: [{ severity: 'error', code: 'new-layer', file: where, feature: String(layer?.id ?? ''), ...(property && { property }), message: { zh, en } }] });
  // The entry first: what the browser sent is checked with the catalog's own schema before use.
  const checked = catalogLayer.safeParse({ id: layer?.id, group: layer?.group, title: layer?.title, file, origin: 'edited', schema: layer?.schema, style: layer?.style, visible: true, opacity: 1, interactive: true, sources: layer?.sources });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const m = unbi(issue.message);
    return refuse(`新图层的目录项不对（${issue.path.join('.')}）：${m.zh}`, `the new layer's catalog entry is wrong (${issue.path.join('.')}): ${m.en}`, String(issue.path[0] ?? ''));
  }
  const entry = checked.data;
  if (fileExists || raw.layers.some((l) => l.file === file)) return refuse(`geodata/${file} 已存在：换一个文件名`, `geodata/${file} exists already: choose another file name`, 'file');
  if (raw.layers.some((l) => l.id === entry.id)) return refuse(`图层 id “${entry.id}” 已被使用`, `layer id "${entry.id}" is taken`, 'id');
  if (!raw.groups.some((g) => g.id === entry.group)) return refuse(`没有图层组“${entry.group}”`, `no layer group "${entry.group}"`, 'group');
  const unknown = entry.sources.filter((s) => !knownSources.has(s));
  if (unknown.length) return refuse(`未登记的来源：${unknown.join('、')}（在 sources.json 中登记）`, `unregistered sources: ${unknown.join(', ')} (register them in sources.json)`, 'sources');
  const lastOfGroup = raw.layers.map((l) => l.group).lastIndexOf(entry.group);
  const layers = [...raw.layers];
  layers.splice(lastOfGroup + 1, 0, entry);
  return { text: `${JSON.stringify({ ...raw, layers }, null, 2)}\n`, entry };
}
