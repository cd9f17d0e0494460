/** A story citation as a reader sees it: the document's title and the lines, or the dataset's id. */
import type { SeedDocument } from '../data/schemas';
import { documentOf } from '../domain/documents';
import type { Lang } from '../layers/theme';
import type { Slide } from './storySchema';

export function citationTexts(sources: Slide['sources'], documents: readonly SeedDocument[], lang: Lang): string[] {
  const out = sources.map((c) => {
    const doc = c.doc.endsWith('.txt') ? documentOf(documents, c.doc, c.lines) : undefined;
    return `${doc ? doc[lang === 'zh' ? 'title_zh' : 'title_en'] : c.doc}${c.lines ? ` ${c.lines}` : ''}`;
  });
  return [...new Set(out)];
}
