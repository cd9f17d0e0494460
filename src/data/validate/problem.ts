/**
 * One problem found in a data file: where (file, line and column as a text editor counts them,
 * the feature and the property), what is wrong and how to fix it, in Chinese and English.
 */
import type { Lang, Text } from './text';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** A stable name for the kind of problem, for tests and `--json` readers. */
  code: string;
  file: string;
  line?: number;
  column?: number;
  /** The feature's id (or "#3" when it has none), or a table row's id. */
  feature?: string;
  property?: string;
  message: Text;
  fix?: Text;
}

export const isError = (p: Problem) => p.severity === 'error';

/** `geodata/rail/stations.geojson:12:5 错误 [station-xx] status — … 修改：…` */
export function formatProblem(p: Problem, lang: Lang = 'zh'): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
  const sev = lang === 'zh' ? (p.severity === 'error' ? '错误' : '警告') : p.severity;
  const what = [p.feature ? `[${p.feature}]` : '', p.property ?? ''].filter(Boolean).join(' ');
  const fix = p.fix ? (lang === 'zh' ? ` 修改：${p.fix.zh}` : ` Fix: ${p.fix.en}`) : '';
  return `${where} ${sev}${what ? ` ${what}` : ''} — ${p.message[lang]}${fix}`;
}

export function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
