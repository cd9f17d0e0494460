import { useUrlState } from '../state/urlStore';
import { strings, type StringKey } from './strings';
import type { Lang } from '../layers/theme';

/** A UI string; `{name}` placeholders are filled from `vars`. */
export function translate(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** The current language (from the URL) and its string lookup. */
export function useT() {
  const { lang } = useUrlState();
  return { lang, t: (key: StringKey, vars?: Record<string, string | number>) => translate(lang, key, vars) };
}
