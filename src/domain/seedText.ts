/**
 * Reading a seed document: its headings (章, 节, 一、, （一）, 专栏, 附件) and the chain of headings a
 * cited line sits under, so the source viewer can say where a passage is.
 */
export interface Heading {
  line: number;
  level: number;
  text: string;
}

const NUM = '[一二三四五六七八九十百零〇]+';
/** Levels: 1 章 / 附件, 2 节 / 一、, 3 （一）/ 专栏. Table-of-contents lines (with dots or a page) are not headings. */
const PATTERNS: [RegExp, number][] = [
  [new RegExp(`^第${NUM}[章篇]`), 1],
  [/^附件\s*\d*/, 1],
  [new RegExp(`^第${NUM}节`), 2],
  [new RegExp(`^${NUM}、`), 2],
  [new RegExp(`^（${NUM}）`), 3],
  [/^专栏\s*\d+/, 3],
];

export function headingsOf(lines: readonly string[]): Heading[] {
  const out: Heading[] = [];
  lines.forEach((raw, i) => {
    const text = raw.trim();
    if (!text || text.length > 60 || /\.{3,}|…{2,}|\(\d+\)\s*$/.test(text)) return;
    for (const [re, level] of PATTERNS) {
      if (re.test(text)) {
        out.push({ line: i + 1, level, text: text.replace(/\s+/g, ' ') });
        return;
      }
    }
  });
  return out;
}

/** The headings above `line`, outermost first, each the nearest of its level before a deeper one. */
export function headingChain(headings: readonly Heading[], line: number, from = 1): Heading[] {
  const chain: Heading[] = [];
  for (const h of headings) {
    if (h.line > line) break;
    if (h.line < from) continue;
    while (chain.length && chain.at(-1)!.level >= h.level) chain.pop();
    chain.push(h);
  }
  return chain;
}
