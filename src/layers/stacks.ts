/**
 * Stacks: points that share one position (80 projects sit on 12 county seats, 乐清 13 on one
 * point). Below STACK_ZOOM a stack is drawn as one badge with the number of its members that pass
 * the filter; from STACK_ZOOM on its members are listed in a column under the point, each with its
 * name beside it, so no label lands on a ring.
 *
 * The column is drawn in screen space (one style layer per slot with a fixed `circle-translate`),
 * so the features keep their true coordinates: clicks, statistics and exports see the real point.
 * The count follows the filter through feature-state (no `setData` on a filter change).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { StateEntry } from './types';

/** Badges below this zoom, columns from it on. */
export const STACK_ZOOM = 11;
/** Vertical distance between the members of a column, and the gap below the stack's point, in px. */
export const SLOT_SPACING = 22;
export const SLOT_TOP = 18;
/** Largest ring in a column, so neighbours never touch. */
export const SLOT_MAX_RADIUS = 9;

export interface Stack {
  id: string;
  coordinates: [number, number];
  /** Member feature ids, top of the column first (largest investment first). */
  members: string[];
}

export interface StackLayout {
  /** The features with `stack_slot` (0 = top of its column) on members of a stack. */
  display: FeatureCollection;
  /** Badges (`stack_role: badge`) and their count labels (`stack_role: count`, one per possible count). */
  stackFeatures: FeatureCollection<Point>;
  stacks: Stack[];
  /** Members of the largest stack: the builder draws one layer per slot. */
  slots: number;
}

const idOf = (f: Feature) => String(f.properties?.id);
const investment = (f: Feature) => (typeof f.properties?.investment_total_yi === 'number' ? (f.properties.investment_total_yi as number) : -1);

export function stackLayout(fc: FeatureCollection): StackLayout {
  const byPoint = new Map<string, Feature[]>();
  for (const f of fc.features) {
    if (f.geometry.type !== 'Point') continue;
    const key = f.geometry.coordinates.slice(0, 2).join(',');
    byPoint.set(key, [...(byPoint.get(key) ?? []), f]);
  }
  const slotOf = new Map<string, number>();
  const stacks: Stack[] = [];
  for (const members of byPoint.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((a, b) => investment(b) - investment(a) || idOf(a).localeCompare(idOf(b)));
    sorted.forEach((f, i) => slotOf.set(idOf(f), i));
    const coordinates = (members[0]!.geometry as Point).coordinates.slice(0, 2) as [number, number];
    stacks.push({ id: `stack-${stacks.length + 1}`, coordinates, members: sorted.map(idOf) });
  }
  const display: FeatureCollection = {
    ...fc,
    features: fc.features.map((f) => (slotOf.has(idOf(f)) ? { ...f, properties: { ...f.properties, stack_slot: slotOf.get(idOf(f)) } } : f)),
  };
  const stackFeatures: Feature<Point>[] = [];
  for (const s of stacks) {
    const geometry: Point = { type: 'Point', coordinates: s.coordinates };
    stackFeatures.push({ type: 'Feature', geometry, properties: { id: s.id, stack_role: 'badge', stack_size: s.members.length } });
    // One label per possible count: the one equal to the current count is shown (text-opacity by
    // feature-state), because a symbol's text cannot read feature-state itself.
    for (let n = 2; n <= s.members.length; n++) stackFeatures.push({ type: 'Feature', geometry, properties: { id: `${s.id}-${n}`, stack_role: 'count', stack: s.id, n } });
  }
  return { display, stackFeatures: { type: 'FeatureCollection', features: stackFeatures }, stacks, slots: Math.max(0, ...stacks.map((s) => s.members.length)) };
}

/** How many members of each stack pass the filter, as feature-states of its badge and count labels. */
export function stackCounts(source: string, stacks: readonly Stack[], shown: ReadonlySet<string>): StateEntry[] {
  const out: StateEntry[] = [];
  for (const s of stacks) {
    const count = s.members.filter((id) => shown.has(id)).length;
    out.push({ source, id: s.id, value: count });
    for (let n = 2; n <= s.members.length; n++) out.push({ source, id: `${s.id}-${n}`, value: count });
  }
  return out;
}

/** The screen offset of a slot in a column, [x, y] px from the stack's point. */
export const slotOffset = (slot: number): [number, number] => [0, SLOT_TOP + slot * SLOT_SPACING];
