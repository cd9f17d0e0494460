/**
 * Messages in both languages. A zod schema can carry only one message string, so bilingual
 * schema messages are written as `bi(zh, en)` (the two joined by U+001F) and split again when a
 * problem is shown; zod's own messages (no custom text) are translated here from the issue code.
 */
import type { z } from 'zod';

export type Lang = 'zh' | 'en';
export interface Text {
  zh: string;
  en: string;
}

const SEP = '\u001f';

/** A schema message in both languages. */
export const bi = (zh: string, en: string): string => `${zh}${SEP}${en}`;

/** Splits a `bi()` message; a plain message is used for both languages. */
export function unbi(message: string): Text {
  const i = message.indexOf(SEP);
  return i < 0 ? { zh: message, en: message } : { zh: message.slice(0, i), en: message.slice(i + 1) };
}

export const t = (zh: string, en: string): Text => ({ zh, en });

const typeZh: Record<string, string> = { string: '文本', number: '数字', boolean: 'true/false', object: '对象', array: '数组', undefined: '空', null: 'null', int: '整数' };

/**
 * The first `max` characters of a value as JSON, reading no deeper than a few levels and no
 * further than needed: a 50 MB geometry or 50,000 nested arrays is not stringified whole to show
 * 40 characters of it (and would overflow the stack).
 */
export function jsonPreview(value: unknown, max = 40, depth = 4): string {
  if (value === null || typeof value !== 'object') return String(JSON.stringify(value) ?? value).slice(0, max);
  if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
  const entries = Array.isArray(value) ? value : Object.entries(value);
  let out = Array.isArray(value) ? '[' : '{';
  for (let i = 0; i < entries.length && out.length < max; i++) {
    const e = entries[i];
    out += (i ? ',' : '') + (Array.isArray(value) ? jsonPreview(e, max, depth - 1) : `${JSON.stringify((e as [string, unknown])[0])}:${jsonPreview((e as [string, unknown])[1], max, depth - 1)}`);
  }
  out += out.length < max ? (Array.isArray(value) ? ']' : '}') : '';
  return out.slice(0, max);
}

/** What the schema wanted, in words, for zod's own issues. */
export function issueText(issue: z.core.$ZodIssue, value: unknown): Text {
  if (!issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ') && !issue.message.startsWith('Unrecognized')) return unbi(issue.message);
  const got = value === undefined ? undefined : jsonPreview(value);
  switch (issue.code) {
    case 'invalid_type': {
      const want = issue.expected;
      if (value === undefined) return t(`缺少必填项（应为${typeZh[want] ?? want}）`, `missing: a ${want} is required`);
      if (want === 'number' && typeof value === 'string')
        return t(`“${value}”不是数字：只写数字（如 23.6），单位已在列名中`, `"${value}" is not a number: write the number only (e.g. 23.6); the unit is in the column name`);
      return t(`应为${typeZh[want] ?? want}，实际是 ${got}`, `expected a ${want}, got ${got}`);
    }
    case 'invalid_value':
      return t(`${got ?? '空值'} 不是允许的值；可选：${issue.values.map(String).join('、')}`, `${got ?? 'empty'} is not allowed; use one of: ${issue.values.map(String).join(', ')}`);
    case 'too_small':
      return issue.origin === 'string'
        ? t('不能为空', 'must not be empty')
        : issue.origin === 'array'
          ? t(`至少需要 ${issue.minimum} 项`, `needs at least ${issue.minimum} items`)
          : t(`应不小于 ${issue.minimum}，实际是 ${got}`, `must be at least ${issue.minimum}, got ${got}`);
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? t(`最多 ${issue.maximum} 项`, `at most ${issue.maximum} items`)
        : t(`应不大于 ${issue.maximum}，实际是 ${got}`, `must be at most ${issue.maximum}, got ${got}`);
    case 'invalid_format':
      return t(`格式不对：${got}`, `wrong format: ${got}`);
    case 'unrecognized_keys':
      return t(`未知的字段：${issue.keys.join('、')}`, `unknown field(s): ${issue.keys.join(', ')}`);
    case 'invalid_union':
      return t(`不是允许的形式：${got}`, `not an allowed form: ${got}`);
    default:
      return unbi(issue.message);
  }
}

/** A schema message with its fix, in both languages (split again by the validator). */
export const biFix = (zh: string, fixZh: string, en: string, fixEn: string): string => bi(`${zh}：修改：${fixZh}`, `${en}: fix: ${fixEn}`);
