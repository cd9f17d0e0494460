/**
 * An id for a feature drawn in the app: the layer's own pattern (`s1-station-23` → the next free
 * `s1-station-24`), so ids stay readable and URL-safe; the user can change it in the form.
 */
import type { Feature } from 'geojson';

export function nextId(features: readonly Feature[], fallbackPrefix: string): string {
  const ids = new Set(features.map((f) => String(f.properties?.id ?? '')));
  const counts = new Map<string, { n: number; width: number }>();
  for (const id of ids) {
    const m = /^(.*?)(\d+)$/.exec(id);
    if (!m) continue;
    const prev = counts.get(m[1]!);
    const n = Number(m[2]);
    counts.set(m[1]!, { n: Math.max(prev?.n ?? 0, n), width: Math.max(prev?.width ?? 0, m[2]!.length) });
  }
  // The most used prefix is the layer's pattern.
  const byUse = [...ids].reduce((m, id) => {
    const p = /^(.*?)\d+$/.exec(id)?.[1];
    if (p !== undefined) m.set(p, (m.get(p) ?? 0) + 1);
    return m;
  }, new Map<string, number>());
  const prefix = [...byUse].sort((a, b) => b[1] - a[1])[0]?.[0] ?? `${fallbackPrefix}-`;
  const c = counts.get(prefix) ?? { n: 0, width: 2 };
  for (let n = c.n + 1; ; n++) {
    const id = `${prefix}${String(n).padStart(c.width, '0')}`;
    if (!ids.has(id)) return id;
  }
}
