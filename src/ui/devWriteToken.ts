/**
 * The header the dev server's write endpoints require (scripts/lib/devToken.ts): its token is in
 * a meta tag of the page it served. A built page has none, and nothing to write to.
 */
export function devWriteHeaders(): Record<string, string> {
  const token = document.querySelector<HTMLMetaElement>('meta[name="wz-write-token"]')?.content;
  return token ? { 'X-WZ-Write-Token': token } : {};
}
