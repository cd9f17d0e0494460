/**
 * An id for a feature drawn in the app or imported without one: the layer's own pattern
 * (`s1-station-23` → the next free `s1-station-24`), so ids stay readable and URL-safe; the user
 * can change it in the form.
 */
import type { Feature } from 'geojson';

/**
 * The layer's next free ids, one after another. An import of 100,000 rows without ids asks for
 * 100,000 of them: each is found from where the last one stopped, not by re-reading the layer.
 */
export function idSequence(features: readonly Feature[], fallbackPrefix: string): () => string {
  const ids = new Set(features.map((f) => String(f.properties?.id ?? '')));
  const counts = new Map<string, { n: number; width: number }>();
  const byUse = new Map<string, number>();
  for (const id of ids) {
    const m = /^(.*?)(\d+)$/.exec(id);
    if (!m) continue;
    const prev = counts.get(m[1]!);
    counts.set(m[1]!, { n: Math.max(prev?.n ?? 0, Number(m[2])), width: Math.max(prev?.width ?? 0, m[2]!.length) });
    byUse.set(m[1]!, (byUse.get(m[1]!) ?? 0) + 1);
  }
  // The most used prefix is the layer's pattern.
  const prefix = [...byUse].sort((a, b) => b[1] - a[1])[0]?.[0] ?? `${fallbackPrefix}-`;
  const { n: last, width } = counts.get(prefix) ?? { n: 0, width: 2 };
  let n = last;
  return () => {
    for (;;) {
      const id = `${prefix}${String(++n).padStart(width, '0')}`;
      if (!ids.has(id)) {
        ids.add(id);
        return id;
      }
    }
  };
}

export const nextId = (features: readonly Feature[], fallbackPrefix: string): string => idSequence(features, fallbackPrefix)();
