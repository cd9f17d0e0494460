/**
 * MapLibre's attribution control takes HTML. Credits written in data files (sources.json, the
 * catalog's basemap) are plain text: they are escaped here, so no file can put markup, an image
 * or a script into the page (`<img src=https://…>` in an attribution shows as those characters).
 * The few credits with a link are written in code (basemapStyle.ts), not read from a file.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Plain-text credits, each once, as HTML for the attribution control. */
export function attributionHtml(texts: readonly (string | undefined)[]): string {
  return [...new Set(texts.map((t) => t?.trim()).filter((t): t is string => !!t))].map(escapeHtml).join(' · ');
}
