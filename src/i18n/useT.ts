import { useUrlState } from '../state/urlStore';
import { strings, type StringKey } from './strings';
import type { Lang } from '../domain/vocabulary';

/** A UI string; `{name}` placeholders are filled from `vars`. */
export function translate(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

const langOf = (s: { lang: Lang }) => s.lang;

/** The current language (from the URL) and its string lookup; re-renders only when the language changes. */
export function useT() {
  const lang = useUrlState(langOf);
  return { lang, t: (key: StringKey, vars?: Record<string, string | number>) => translate(lang, key, vars) };
}
