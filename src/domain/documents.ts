/**
 * Citations in the reader's language: which document of a seed file a line range belongs to
 * (geodata/documents.json), its title, 文号 and date, and what a project's status means at that
 * date ("计划建成（2021年规划，目标2025年）").
 */
import { PROJECT_STATUS, type Lang, type ProjectStatus } from './vocabulary';

export interface DocumentInfo {
  seed: string;
  lines: string;
  title_zh: string;
  title_en: string;
  doc_no?: string;
  date: string;
  kind: 'plan' | 'action_plan' | 'implementation_plan' | 'notice' | 'news';
  period?: readonly [number, number];
  target_year?: number;
  horizon?: number;
  annex?: { lines: string; title_zh: string; title_en: string };
}

/** [first, last] line numbers of each part of "L12,L30-L41". */
export function parseLines(spec: string): [number, number][] {
  return spec
    .split(',')
    .map((part) => part.trim().replace(/L/g, '').split('-').map(Number))
    .filter((p) => p.every(Number.isFinite) && p.length >= 1)
    .map((p) => [p[0]!, p[1] ?? p[0]!]);
}

const inRange = (line: number, spec: string) => parseLines(spec).some(([a, b]) => line >= a && line <= b);

/** The document that holds the first cited line. */
export function documentOf<D extends DocumentInfo>(docs: readonly D[], seed: string, lines: string | undefined): D | undefined {
  const first = lines ? parseLines(lines)[0]?.[0] : undefined;
  if (first === undefined) return docs.find((d) => d.seed === seed && docs.filter((x) => x.seed === seed).length === 1);
  return docs.find((d) => d.seed === seed && inRange(first, d.lines));
}

/** Whether the cited lines fall in the document's annex (a project list). */
export const inAnnex = (doc: DocumentInfo, lines: string | undefined) => {
  const first = lines ? parseLines(lines)[0]?.[0] : undefined;
  return !!doc.annex && first !== undefined && inRange(first, doc.annex.lines);
};

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-11-18" → 2021年11月18日 / 18 Nov 2021; "2021-02" → 2021年2月 / Feb 2021. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  return [d, m ? MONTHS_EN[m - 1] : undefined, y].filter((x) => x !== undefined).join(' ');
}

/** "L1013" → 第1013行 / line 1013; "L2720-L2722,L2730" → 第2720—2722、2730行 / lines 2720–2722, 2730. */
export function formatLines(spec: string, lang: Lang): string {
  const parts = parseLines(spec).map(([a, b]) => (a === b ? String(a) : `${a}${lang === 'zh' ? '—' : '–'}${b}`));
  if (lang === 'zh') return `第${parts.join('、')}行`;
  return `${parts.length === 1 && !parts[0]!.includes('–') ? 'line' : 'lines'} ${parts.join(', ')}`;
}

/** 《title》附件…（文号，date） / Title, Annex … (文号, date). */
export function documentTitle(doc: DocumentInfo, lines: string | undefined, lang: Lang): string {
  const annex = inAnnex(doc, lines) ? doc.annex : undefined;
  const meta = [doc.doc_no, formatDate(doc.date, lang)].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  if (lang === 'zh') return `《${doc.title_zh}》${annex ? ` ${annex.title_zh}` : ''}（${meta}）`;
  return `${doc.title_en}${annex ? `, ${annex.title_en}` : ''} (${meta})`;
}

const KIND_WORD: Record<DocumentInfo['kind'], { zh: string; en: string }> = {
  plan: { zh: '规划', en: 'plan' },
  action_plan: { zh: '行动方案', en: 'action plan' },
  implementation_plan: { zh: '实施方案', en: 'implementation plan' },
  notice: { zh: '通知', en: 'notice' },
  news: { zh: '公报报道', en: 'gazette report' },
};

/**
 * A status with its basis: a plan's intention with the plan's date and end year, or a report with
 * the date it reports at. 计划建成（2021年规划，目标2025年） / Planned completion (2021 plan, target 2025).
 */
export function statusWithBasis(status: ProjectStatus, doc: DocumentInfo | undefined, lines: string | undefined, lang: Lang): string {
  const s = PROJECT_STATUS[status];
  if (!doc) return s[lang];
  const list = inAnnex(doc, lines);
  const kind = list ? { zh: '清单', en: 'list' } : KIND_WORD[doc.kind];
  const [y, m] = doc.date.split('-').map(Number);
  const end = doc.period?.[1] ?? doc.target_year;
  if (s.basis === 'plan') {
    if (lang === 'zh') return `${s.zh}（${y}年${kind.zh}${end ? `，目标${end}年` : ''}）`;
    return `${s.en} (${y} ${kind.en}${end ? `, target ${end}` : ''})`;
  }
  if (lang === 'zh') return `${s.zh}（${y}年${m}月${kind.zh}）`;
  return `${s.en} (${kind.en} of ${MONTHS_EN[(m ?? 1) - 1]} ${y})`;
}
