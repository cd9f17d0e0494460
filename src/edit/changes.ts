/**
 * One pure operation per kind of change to an edited layer: set an attribute, set a geometry, add
 * a feature, delete a feature. Each returns a `Change` holding the feature before and after (and
 * its place in the file), so one generic apply and one generic revert serve undo, redo, the
 * autosave replay and the change log. Documents are never mutated: every change gives a new one.
 */
import type { Feature, Geometry, Position } from 'geojson';

/** The features of one layer file, in file order (the order the byte-stable writer keeps). */
export interface EditDoc {
  readonly features: readonly Feature[];
}

export type ChangeKind = 'attribute' | 'geometry' | 'add' | 'delete';

export interface Change {
  kind: ChangeKind;
  /** The feature's `properties.id`. */
  id: string;
  /** Its index in the file (where a deleted feature goes back on undo). */
  index: number;
  before: Feature | null;
  after: Feature | null;
  /** For attribute changes: the property. */
  field?: string;
}

export const idOf = (f: Feature): string => String(f.properties?.id ?? '');

export function indexOfId(doc: EditDoc, id: string): number {
  return doc.features.findIndex((f) => idOf(f) === id);
}

function mustFind(doc: EditDoc, id: string): number {
  const i = indexOfId(doc, id);
  if (i < 0) throw new Error(`no feature with id "${id}"`);
  return i;
}

/**
 * Puts `key` into the properties; an absent key goes where `order` (the schema's key order) puts
 * it among the present ones, so a new property does not land at a random place in the file.
 * `undefined` removes the key: an empty field is left out of the file (shown as 未注明).
 */
export function withProperty(props: Record<string, unknown>, key: string, value: unknown, order: readonly string[] = []): Record<string, unknown> {
  if (value === undefined) {
    const { [key]: _gone, ...rest } = props;
    return rest;
  }
  if (Object.hasOwn(props, key)) return { ...props, [key]: value };
  const rank = order.indexOf(key);
  const keys = Object.keys(props);
  let at = keys.length;
  if (rank >= 0) {
    const next = keys.findIndex((k) => {
      const r = order.indexOf(k);
      return r > rank;
    });
    if (next >= 0) at = next;
  }
  const out: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    if (i === at) out[key] = value;
    out[k] = props[k];
  });
  if (at === keys.length) out[key] = value;
  return out;
}

export function setAttribute(doc: EditDoc, id: string, key: string, value: unknown, order?: readonly string[]): Change {
  const index = mustFind(doc, id);
  const before = doc.features[index]!;
  const props = withProperty({ ...(before.properties ?? {}) }, key, value, order);
  return { kind: 'attribute', id, index, before, after: { ...before, properties: props }, field: key };
}

/** The files keep 6 decimals (about 0.1 m): a dragged point gets the same. */
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
function roundPositions(c: unknown): unknown {
  if (typeof c === 'number') return round6(c);
  return Array.isArray(c) ? c.map(roundPositions) : c;
}
export function roundGeometry(g: Geometry): Geometry {
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(roundGeometry) };
  return { ...g, coordinates: roundPositions(g.coordinates) as Position[] } as Geometry;
}

export function setGeometry(doc: EditDoc, id: string, geometry: Geometry): Change {
  const index = mustFind(doc, id);
  const before = doc.features[index]!;
  return { kind: 'geometry', id, index, before, after: { ...before, geometry: roundGeometry(geometry) } };
}

const prefixOf = (id: string) => id.replace(/\d+$/, '');

/**
 * Where a new feature goes: after the features of its id pattern, in id order (s1-station-23 after
 * s1-station-22), so the file stays readable. Never after the last line: the writer puts a comma
 * after every feature but the last, so appending would change the last line too, and `git diff`
 * would show two features where one was added.
 */
export function insertionIndex(doc: EditDoc, id: string): number {
  const n = doc.features.length;
  let at = n;
  const prefix = prefixOf(id);
  const same = doc.features.map((f, i) => [idOf(f), i] as const).filter(([other]) => prefixOf(other) === prefix);
  if (same.length) {
    const before = same.filter(([other]) => other.localeCompare(id, 'en', { numeric: true }) < 0);
    at = before.length ? before.at(-1)![1] + 1 : same[0]![1];
  }
  return n > 0 && at >= n ? n - 1 : at;
}

export function addFeature(doc: EditDoc, feature: Feature): Change {
  const id = idOf(feature);
  if (!id) throw new Error('a new feature needs properties.id');
  if (indexOfId(doc, id) >= 0) throw new Error(`id "${id}" is taken`);
  const after = feature.geometry ? { ...feature, geometry: roundGeometry(feature.geometry) } : feature;
  return { kind: 'add', id, index: insertionIndex(doc, id), before: null, after };
}

export function deleteFeature(doc: EditDoc, id: string): Change {
  const index = mustFind(doc, id);
  return { kind: 'delete', id, index, before: doc.features[index]!, after: null };
}

/** Applies a change: the feature at its index becomes `after` (inserted, replaced or removed). */
export function applyChange(doc: EditDoc, c: Change): EditDoc {
  const features = [...doc.features];
  if (c.before === null) features.splice(Math.min(c.index, features.length), 0, c.after!);
  else {
    const i = features[c.index] && idOf(features[c.index]!) === c.id ? c.index : mustFind(doc, c.id);
    if (c.after === null) features.splice(i, 1);
    else features[i] = c.after;
  }
  return { features };
}

export const invert = (c: Change): Change => ({ ...c, before: c.after, after: c.before });

export const revertChange = (doc: EditDoc, c: Change): EditDoc => applyChange(doc, invert(c));
