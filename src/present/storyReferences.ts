/**
 * What a story's schema cannot know: that its layers, highlighted features, rail lines and cited
 * documents exist in this tree. Each problem is placed at the story file's line and column.
 */
import type { SeedDocument } from '../data/schemas';
import type { LocatedJson } from '../data/validate/locate';
import type { Problem } from '../data/validate/problem';
import { t } from '../data/validate/text';
import { documentOf } from '../domain/documents';
import { checkJsonText } from '../data/validate/jsonFile';
import { storySchema, type Story } from './storySchema';

export interface StoryContext {
  /** Catalog layer id → the ids of its valid features. */
  features: ReadonlyMap<string, ReadonlySet<string>>;
  /** Layers whose file was read only in part: its own problems are reported; ids in it are not judged. */
  unchecked?: ReadonlySet<string>;
  railLines: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  documents: readonly SeedDocument[];
}

export function storyReferenceProblems(file: string, story: Story, located: LocatedJson, ctx: StoryContext): Problem[] {
  const out: Problem[] = [];
  const layerList = [...ctx.features.keys()].join('、');
  const add = (path: (string | number)[], feature: string, message: ReturnType<typeof t>, fix: ReturnType<typeof t>) =>
    out.push({ severity: 'error', code: 'story-reference', file, ...located.at(path), feature, property: path.filter((k) => typeof k === 'string').at(-1), message, fix });
  story.slides.forEach((slide, i) => {
    const at = (...rest: (string | number)[]) => ['slides', i, ...rest];
    const where = `${story.id}/${slide.id}`;
    const checkLayers = (layers: readonly string[], ...path: (string | number)[]) =>
      layers.forEach((layer, j) => {
        if (!ctx.features.has(layer)) add(at(...path, j), where, t(`没有图层“${layer}”`, `no layer "${layer}"`), t(`写 catalog.json 中的图层 id：${layerList}`, `use a layer id of catalog.json: ${layerList}`));
      });
    const checkRailLines = (lines: readonly string[] | undefined, ...path: (string | number)[]) =>
      lines?.forEach((line, j) => {
        if (!ctx.railLines.has(line)) add(at(...path, j), where, t(`没有线路“${line}”`, `no rail line "${line}"`), t(`写 rail/lines.geojson 中的 line_id：${[...ctx.railLines].join('、')}`, `use a line_id of rail/lines.geojson: ${[...ctx.railLines].join(', ')}`));
      });
    checkLayers(slide.layers, 'layers');
    checkRailLines(slide.filters.rail?.lines, 'filters', 'rail', 'lines');
    for (const side of ['left', 'right'] as const) {
      const s = slide.compare?.[side];
      if (s?.layers) checkLayers(s.layers, 'compare', side, 'layers');
      checkRailLines(s?.filters?.rail?.lines, 'compare', side, 'filters', 'rail', 'lines');
    }
    for (const layer of Object.keys(slide.opacity))
      if (!slide.layers.includes(layer)) add(at('opacity', layer), where, t(`透明度写给了未显示的图层“${layer}”`, `opacity given for "${layer}", which the slide does not show`), t('把该图层加入 layers，或删去这一项', 'add the layer to layers, or remove the entry'));
    slide.highlight.forEach((h, j) => {
      const ids = ctx.features.get(h.layer);
      if (!ids) add(at('highlight', j, 'layer'), where, t(`没有图层“${h.layer}”`, `no layer "${h.layer}"`), t(`写 catalog.json 中的图层 id：${layerList}`, `use a layer id of catalog.json: ${layerList}`));
      else if (!ids.has(h.id) && !ctx.unchecked?.has(h.layer)) add(at('highlight', j, 'id'), where, t(`图层 ${h.layer} 中没有要素“${h.id}”`, `layer ${h.layer} has no feature "${h.id}"`), t('写该图层文件中某个要素的 id', "use the id of a feature in the layer's file"));
    });
    slide.sources.forEach((c, j) => {
      if (!ctx.sources.has(c.doc)) add(at('sources', j, 'doc'), where, t(`未知来源“${c.doc}”`, `unknown source "${c.doc}"`), t('写 seeds/ 中的文件名或 sources.json 中登记的 id', 'use a seed file name or an id registered in geodata/sources.json'));
      else if (c.doc.endsWith('.txt') && c.lines && !documentOf(ctx.documents, c.doc, c.lines))
        add(at('sources', j, 'lines'), where, t(`${c.doc} ${c.lines} 不在 documents.json 的任何文件范围内`, `${c.doc} ${c.lines} lies in no document of documents.json`), t('核对行号（在 seeds/ 中打开该文件）', 'check the line numbers (open the file in seeds/)'));
    });
  });
  return out;
}

/** A story file: its JSON, its schema, then its references. */
export function checkStoryText(file: string, text: string, ctx: StoryContext): { story?: Story; problems: Problem[] } {
  const r = checkJsonText(file, text, storySchema);
  if (!r.value) return { problems: r.problems };
  return { story: r.value, problems: storyReferenceProblems(file, r.value, r.located, ctx) };
}
