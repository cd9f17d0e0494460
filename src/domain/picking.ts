/**
 * Which of the features under a click the panel opens, and in which order the others are listed:
 * a stack badge first (it zooms in), then points, lines, the preferred area (the county) and other
 * areas; within a rank, the topmost drawn first.
 */
import { kindOf } from './layerKinds';

export interface Hit {
  layer: string;
  geometryType: string;
  id: string | number | undefined;
  properties: Record<string, unknown>;
  /** Feature-state, where the map gives it (a stack badge knows its current count). */
  state?: Record<string, unknown>;
}

export const isStackBadge = (h: Hit) => h.properties.stack_role === 'badge';

/** Unique, ranked hits; stack parts that show nothing (count below two, count labels) are dropped. */
export function rankHits<H extends Hit>(hits: readonly H[], schemaOf: (layer: string) => string | undefined): H[] {
  const usable = hits.filter((h) => {
    if (h.properties.stack_role === 'count') return false;
    if (isStackBadge(h)) return Number(h.state?.count ?? 0) >= 2;
    return true;
  });
  // One entry per feature: a polygon is hit through its fill and its outline.
  const unique = usable.filter((h, i) => usable.findIndex((g) => g.layer === h.layer && g.id === h.id) === i);
  const rank = (h: H) => {
    if (isStackBadge(h)) return -1;
    if (h.geometryType.endsWith('Point')) return 0;
    if (h.geometryType.endsWith('LineString')) return 1;
    return kindOf(schemaOf(h.layer) ?? '').preferredArea ? 2 : 3;
  };
  return unique
    .map((h, i) => ({ h, i }))
    .sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i)
    .map(({ h }) => h);
}

/** The county adcode a ranked list of hits points at (the first hit whose kind names its county). */
export function countyOfHits(hits: readonly Hit[], schemaOf: (layer: string) => string | undefined): string | undefined {
  for (const h of hits) {
    const key = kindOf(schemaOf(h.layer) ?? '').countyCode;
    if (key && kindOf(schemaOf(h.layer) ?? '').preferredArea && h.properties[key] !== undefined) return String(h.properties[key]);
  }
  return undefined;
}
