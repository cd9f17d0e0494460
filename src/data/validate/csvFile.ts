/**
 * Reads a CSV table with the line and column of every cell as a text editor counts them (a quoted
 * cell may span lines, so row n is not line n + 1), and checks each row against its schema.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import { lineStarts, placeOf } from './locate';
import type { Problem } from './problem';
import { issueText, t } from './text';

const PAPA_ZH: Record<string, string> = { MissingQuotes: '引号没有成对（单元格没有结束的引号）', InvalidQuotes: '引号用法不对', TooFewFields: '单元格太少', TooManyFields: '单元格太多', UndetectableDelimiter: '无法识别分隔符' };

export interface CsvRow {
  /** The row's cells by header. */
  cells: Record<string, string>;
  /** Line (from 1) where the row starts, and the column of each cell by header. */
  line: number;
  columns: Record<string, number>;
}

/** Column (from 1) of each cell in one raw CSV record, honouring quotes. */
function cellStarts(raw: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) starts.push(i + 2);
    else if (c === '\n' && !quoted) break;
  }
  return starts;
}

export function readCsv(file: string, input: string, columns?: readonly string[], allowEmpty = false): { rows: CsvRow[]; header: string[]; problems: Problem[] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const problems: Problem[] = [];
  const starts = lineStarts(text);
  const records: { cells: string[]; offset: number; broken: boolean }[] = [];
  let offset = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (r) => {
      for (const e of r.errors) problems.push({ severity: 'error', code: 'csv-syntax', file, ...placeOf(starts, offset), message: t(`CSV 格式错误：${PAPA_ZH[e.code] ?? e.code}`, `CSV syntax error: ${e.message}`), fix: t('检查该行的引号是否成对', 'check that the quotes on this line pair up') });
      records.push({ cells: r.data, offset, broken: r.errors.length > 0 });
      offset = r.meta.cursor + (text[r.meta.cursor] === '\r' ? 2 : text[r.meta.cursor] === '\n' ? 1 : 0);
    },
  });
  const header = (records.shift()?.cells ?? []).map((h) => h.trim());
  if (!header.length || (header.length === 1 && !header[0])) {
    problems.push({ severity: 'error', code: 'csv-empty', file, line: 1, column: 1, message: t('表格为空：没有表头', 'the table is empty: no header row'), fix: t('第一行写列名', 'put the column names on the first line') });
    return { rows: [], header, problems };
  }
  for (const c of columns ?? [])
    if (!header.includes(c)) problems.push({ severity: 'error', code: 'csv-missing-column', file, line: 1, column: 1, property: c, message: t(`缺少列“${c}”`, `missing column "${c}"`), fix: t('在表头加上该列（可以留空）', 'add the column to the header (cells may stay empty)') });
  const rows: CsvRow[] = [];
  for (const r of records) {
    if (r.cells.length === 1 && r.cells[0] === '') continue;
    // A row Papa could not parse is reported once (above), not again cell by cell.
    if (r.broken) continue;
    const place = placeOf(starts, r.offset);
    const at = cellStarts(text.slice(r.offset, r.offset + 100_000));
    if (r.cells.length !== header.length)
      problems.push({ severity: 'error', code: 'csv-cell-count', file, ...place, message: t(`该行有 ${r.cells.length} 个单元格，表头有 ${header.length} 列`, `the row has ${r.cells.length} cells, the header ${header.length} columns`), fix: t('检查多余或缺少的逗号（含逗号的单元格要加引号）', 'check for an extra or missing comma (quote cells that contain commas)') });
    const cells: Record<string, string> = Object.create(null);
    const cols: Record<string, number> = Object.create(null);
    header.forEach((h, i) => {
      cells[h] = (r.cells[i] ?? '').trim();
      cols[h] = at[i] ?? 1;
    });
    rows.push({ cells, line: place.line, columns: cols });
  }
  if (!rows.length && !allowEmpty) problems.push({ severity: 'error', code: 'csv-no-rows', file, line: 1, column: 1, message: t('表格只有表头，没有数据行', 'the table has a header but no rows'), fix: t('加上数据行，或在目录中去掉该表', 'add rows, or remove the table from the catalog') });
  return { rows, header, problems };
}

/** Checks each row against a schema; `id` names the row in messages. */
export function checkRows(file: string, rows: CsvRow[], schema: z.ZodType, idColumn = 'id'): { problems: Problem[]; valid: CsvRow[] } {
  const problems: Problem[] = [];
  const valid: CsvRow[] = [];
  for (const row of rows) {
    const r = schema.safeParse({ ...row.cells });
    if (r.success) {
      valid.push(row);
      continue;
    }
    for (const issue of r.error.issues) {
      const property = String(issue.path[0] ?? '');
      if (property && !(property in row.cells)) continue; // the missing column is reported once, by readCsv
      const text = issueText(issue, row.cells[property]);
      const [zh, fixZh] = text.zh.split('：修改：');
      const [en, fixEn] = text.en.split(': fix: ');
      problems.push({
        severity: 'error',
        code: 'cell',
        file,
        line: row.line,
        column: row.columns[property] ?? 1,
        feature: row.cells[idColumn] || undefined,
        property: property || undefined,
        message: { zh: zh!, en: en! },
        ...(fixZh && fixEn ? { fix: { zh: fixZh, en: fixEn } } : {}),
      });
    }
  }
  return { problems, valid };
}
