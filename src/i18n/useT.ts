import { useUrlState } from '../state/urlStore';
import { strings, type StringKey } from './strings';
import type { Lang } from '../layers/theme';

export function translate(lang: Lang, key: StringKey): string {
  return strings[lang][key];
}

/** The current language (from the URL) and its string lookup. */
export function useT() {
  const { lang } = useUrlState();
  return { lang, t: (key: StringKey) => translate(lang, key) };
}
