/**
 * The project table's facts against the seed text each row cites: the name and quoted clause, the
 * status word, the investment figures, and for rows of the 2021 tourism list (seed 000 附件1)
 * every cell. Rows citing a document registered without its text are left unchecked.
 */
import type { CsvRow } from './csvFile';
import type { Problem } from './problem';
import { citedLineNumbers, normaliseQuote, type SeedLookup } from './quotes';
import { t } from './text';

/** True when the parts of `word` split at "…" occur in order in `text` (… stands for the project name). */
export function containsInOrder(text: string, word: string): boolean {
  let at = 0;
  for (const part of word.split('…').filter(Boolean)) {
    const i = text.indexOf(normaliseQuote(part), at);
    if (i < 0) return false;
    at = i + normaliseQuote(part).length;
  }
  return true;
}

/** The 2021 tourism project list (附件1), one project per tab-separated line. */
const TOURISM_LIST = { doc: '000_', from: 1010, to: 1122 };

export function projectQuoteProblems(file: string, row: CsvRow, seeds: SeedLookup, kind: 'project' | 'change' = 'project'): Problem[] {
  const c = row.cells;
  const doc = c.source_doc!;
  const lines = seeds(doc);
  if (!lines || !c.source_lines) return [];
  const out: Problem[] = [];
  const id = kind === 'project' ? c.id : c.project_id;
  const bad = (property: string, zh: string, en: string, fixZh = '按原文逐字改正，或改正 source_lines', fixEn = 'copy the seed text exactly, or fix source_lines') =>
    out.push({ severity: 'error', code: 'quote-mismatch', file, line: row.line, column: row.columns[property] ?? 1, feature: id, property, message: t(zh, en), fix: t(fixZh, fixEn) });
  const numbers = citedLineNumbers(c.source_lines, lines.length);
  if (!Array.isArray(numbers)) {
    out.push({ severity: 'error', code: 'bad-lines', file, line: row.line, column: row.columns.source_lines ?? 1, feature: id, property: 'source_lines', message: numbers });
    return out;
  }
  const text = normaliseQuote(numbers.map((n) => lines[n - 1]).join(''));
  const where = `${doc} ${c.source_lines}`;
  const first = numbers[0]!;
  const cells = (lines[first - 1] ?? '').split('\t');
  const listRow = kind === 'project' && doc.startsWith(TOURISM_LIST.doc) && cells.length === 9 && first >= TOURISM_LIST.from && first <= TOURISM_LIST.to;
  if (listRow) {
    const [, name, content, county, years, total, plan, investor, responsible] = cells.map((x) => x.trim()) as string[];
    const span = /^\d{4}-\d{4}$/.test(years!);
    const want: [string, string][] = [
      ['name_zh', normaliseQuote(name!)], ['text_zh', content!], ['counties_zh', county!], ['investment_total_yi', total!],
      ['investment_plan_yi', plan === '/' ? '' : plan!], ['investor_type_zh', normaliseQuote(investor!)], ['responsible_zh', normaliseQuote(responsible!)],
      ['start_year', span ? years!.slice(0, 4) : ''], ['end_year', span ? years!.slice(5) : ''],
    ];
    for (const [col, value] of want)
      if ((c[col] ?? '') !== value) bad(col, `“${c[col]}”与清单原文“${value}”不同（${doc} 第${first}行）`, `"${c[col]}" differs from the list's cell "${value}" (${doc} L${first})`, `改为“${value}”`, `write "${value}"`);
  } else if (kind === 'project') {
    if (!text.includes(normaliseQuote(c.name_zh!))) bad('name_zh', `项目名称不在 ${where} 中`, `the name is not in ${where}`);
    if (c.text_zh && !text.includes(normaliseQuote(c.text_zh))) bad('text_zh', `text_zh 不是 ${where} 的原文`, `text_zh is not verbatim in ${where}`);
    if (c.text_zh && !normaliseQuote(c.text_zh).includes(normaliseQuote(c.name_zh!))) bad('text_zh', 'text_zh（所引的句子）须包含项目名称', 'text_zh (the quoted clause) must contain name_zh', '引用含项目名称的句子', 'quote the clause that names the project');
  } else if (c.text_zh && !text.includes(normaliseQuote(c.text_zh))) bad('text_zh', `text_zh 不是 ${where} 的原文`, `text_zh is not verbatim in ${where}`);
  for (const col of ['investment_total_yi', 'investment_plan_yi'])
    if (c[col] && !listRow && !text.includes(c[col]!)) bad(col, `${c[col]} 不在 ${where} 中`, `${c[col]} is not in ${where}`, '核对数字，或改正 source_lines', 'check the figure, or fix source_lines');
  if (c.status_zh) {
    // Tourism-list rows: the status is the nearest section header (续建类/新建类/谋划类) above the row.
    const header = kind === 'project' && doc.startsWith(TOURISM_LIST.doc) ? lines.slice(TOURISM_LIST.from - 1, first).reverse().find((l) => l.split('\t')[0]!.includes('类项目')) : undefined;
    if (!containsInOrder(normaliseQuote(header ?? text), c.status_zh))
      bad('status_zh', `原文用语“${c.status_zh}”不在 ${header ? '清单的分类标题' : where} 中`, `the wording "${c.status_zh}" is not in ${header ? "the list's section header" : where}`, '写所引文字中的原词（… 代表项目名称）', 'write the word as it stands in the cited text (… stands for the project name)');
  }
  return out;
}
