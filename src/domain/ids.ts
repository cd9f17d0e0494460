/**
 * What an id may be, wherever one comes from (a file, a URL, a form): letters, digits and . _ -,
 * starting with a letter or digit, so every id can be shared in a URL as it is; and never one of
 * the names that reach an object's prototype when used as a key.
 */
export const FEATURE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);
/** The longest id the URL parser accepts; the validator refuses longer ones too. */
export const MAX_ID_LENGTH = 120;

export const isSafeId = (s: string): boolean => s.length <= MAX_ID_LENGTH && FEATURE_ID.test(s) && !FORBIDDEN_KEYS.has(s);
