/**
 * A JSON file checked against a zod schema, each problem placed at the line and column of the
 * value it is about: syntax errors where the parser stopped, schema issues at their path.
 */
import type { z } from 'zod';
import { locateJson, type LocatedJson } from './locate';
import type { Problem } from './problem';
import { issueText, t } from './text';

interface Schema<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };
}

export function checkJsonText<T>(file: string, text: string, schema: Schema<T>): { value?: T; located: LocatedJson; problems: Problem[] } {
  const located = locateJson(text);
  const problems: Problem[] = [];
  if (located.syntax.length) {
    for (const s of located.syntax) problems.push({ severity: 'error', code: 'json-syntax', file, ...s.place, message: s.message, fix: t('在该位置修正 JSON（常见原因：多余或缺少的逗号、引号）', 'fix the JSON at this place (often a missing or extra comma or quote)') });
    return { located, problems };
  }
  const r = schema.safeParse(located.value);
  if (r.success) return { value: r.data, located, problems };
  for (const issue of r.error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    let value: unknown = located.value;
    for (const k of path) value = value && typeof value === 'object' && Object.hasOwn(value, k) ? (value as Record<string | number, unknown>)[k] : undefined;
    const text = issueText(issue, value);
    const [zh, fixZh] = text.zh.split('：修改：');
    const [en, fixEn] = text.en.split(': fix: ');
    problems.push({ severity: 'error', code: 'schema', file, ...located.at(path), property: path.join('.') || undefined, message: { zh: zh!, en: en! }, ...(fixZh && fixEn ? { fix: { zh: fixZh, en: fixEn } } : {}) });
  }
  return { located, problems };
}
