/**
 * Verbatim quotes: a feature's `name_zh` and `text_zh` must occur in the seed lines it cites
 * (`source_doc` + `source_lines`), ignoring whitespace and markdown bold, because the gazette
 * prints break words across lines. A quote is checked against its own document only; a document
 * registered without its text in seeds/ cannot be checked, and the panel says so.
 */
import type { Problem } from './problem';
import { t } from './text';

/** A seed file's lines (from 1 = index 0), or undefined when its text is not in seeds/. */
export type SeedLookup = (doc: string) => readonly string[] | undefined;

export const normaliseQuote = (s: string) => s.replace(/\*\*/g, '').replace(/[\s\u3000]+/g, '');

/** The cited lines as numbers, or an error when a range is reversed or runs past the file. */
export function citedLineNumbers(spec: string, length: number): number[] | { zh: string; en: string } {
  const out: number[] = [];
  for (const part of spec.split(',')) {
    const m = /^L(\d+)(?:-L(\d+))?$/.exec(part);
    if (!m) return t(`行号“${part}”格式不对（应如 L12 或 L12-L14）`, `line range "${part}" is not like L12 or L12-L14`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to < from) return t(`行号 ${part} 前后颠倒`, `line range ${part} is reversed`);
    if (from < 1 || to > length) return t(`行号 ${part} 超出文件范围（共 ${length} 行）`, `line range ${part} runs past the file (${length} lines)`);
    for (let n = from; n <= to; n++) out.push(n);
  }
  return out;
}

/** The normalised text of the cited lines, or why it cannot be read. */
export function citedText(seeds: SeedLookup, doc: string, spec: string): string | { zh: string; en: string } | undefined {
  const lines = seeds(doc);
  if (!lines) return undefined;
  const numbers = citedLineNumbers(spec, lines.length);
  if (!Array.isArray(numbers)) return numbers;
  return normaliseQuote(numbers.map((n) => lines[n - 1]).join(''));
}

/** Properties quoted from the cited lines. `name_zh` is a quote unless `name_basis` says it is composed. */
export function quoteProblems(file: string, props: Record<string, unknown>, seeds: SeedLookup, textless: ReadonlySet<string> | undefined, feature: string, at: (p: string) => object): Problem[] {
  const doc = String(props.source_doc ?? '');
  const spec = props.source_lines;
  if (typeof spec !== 'string' || textless?.has(doc)) return [];
  const text = citedText(seeds, doc, spec);
  if (text === undefined) return [];
  if (typeof text !== 'string') return [{ severity: 'error', code: 'bad-lines', file, ...at('source_lines'), feature, property: 'source_lines', message: text }];
  const out: Problem[] = [];
  const quoted: string[] = ['text_zh'];
  if (props.name_basis !== 'composed') quoted.push('name_zh');
  for (const key of quoted) {
    const value = props[key];
    if (typeof value === 'string' && value && !text.includes(normaliseQuote(value)))
      out.push({
        severity: 'error',
        code: 'quote-mismatch',
        file,
        ...at(key),
        feature,
        property: key,
        message: t(`“${value.slice(0, 24)}${value.length > 24 ? '…' : ''}”不在 ${doc} ${spec} 中`, `"${value.slice(0, 24)}${value.length > 24 ? '…' : ''}" is not in ${doc} ${spec}`),
        fix: t(
          key === 'name_zh' ? '按原文逐字改正，或改正 source_lines；名称若为拼合而成，加 "name_basis":"composed"' : '按原文逐字改正，或改正 source_lines',
          key === 'name_zh' ? 'copy the seed text exactly, or fix source_lines; if the name is composed, add "name_basis":"composed"' : 'copy the seed text exactly, or fix source_lines',
        ),
      });
  }
  return out;
}
