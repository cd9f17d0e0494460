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
const byId = new Intl.Collator('en', { numeric: true });

/**
 * New features and where each goes: after the features of its id pattern, in id order
 * (s1-station-23 after s1-station-22), so the file stays readable. Never after the last line: the
 * writer puts a comma after every feature but the last, so appending would change the last line
 * too, and `git diff` would show two features where one was added. Each change's index is its place
 * once the ones before it are in, so applying them in order gives the file. An import of 10,000
 * features is found by binary search in each pattern's sorted ids, not by scanning the layer for each.
 */
export function addFeatures(doc: EditDoc, news: readonly Feature[]): Change[] {
  const features = [...doc.features];
  const taken = new Set(features.map(idOf));
  const patterns = new Map<string, Feature[]>();
  for (const f of features) {
    const p = prefixOf(idOf(f));
    const list = patterns.get(p);
    if (list) list.push(f);
    else patterns.set(p, [f]);
  }
  for (const list of patterns.values()) list.sort((a, b) => byId.compare(idOf(a), idOf(b)));
  return news.map((feature) => {
    const id = idOf(feature);
    if (!id) throw new Error('a new feature needs properties.id');
    if (taken.has(id)) throw new Error(`id "${id}" is taken`);
    const after = feature.geometry ? { ...feature, geometry: roundGeometry(feature.geometry) } : feature;
    const prefix = prefixOf(id);
    const same = patterns.get(prefix) ?? [];
    patterns.set(prefix, same);
    let lo = 0;
    for (let hi = same.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (byId.compare(idOf(same[mid]!), id) < 0) lo = mid + 1;
      else hi = mid;
    }
    let index = !same.length ? features.length : lo > 0 ? features.indexOf(same[lo - 1]!) + 1 : features.indexOf(same[0]!);
    if (features.length > 0 && index >= features.length) index = features.length - 1;
    features.splice(index, 0, after);
    same.splice(lo, 0, after);
    taken.add(id);
    return { kind: 'add', id, index, before: null, after } satisfies Change;
  });
}

export const addFeature = (doc: EditDoc, feature: Feature): Change => addFeatures(doc, [feature])[0]!;

export function deleteFeature(doc: EditDoc, id: string): Change {
  const index = mustFind(doc, id);
  return { kind: 'delete', id, index, before: doc.features[index]!, after: null };
}

/** A change applied to a list the caller owns: the feature at its index becomes `after` (inserted, replaced or removed). */
function applyInPlace(features: Feature[], c: Change) {
  if (c.before === null) return void features.splice(Math.min(c.index, features.length), 0, c.after!);
  const i = features[c.index] && idOf(features[c.index]!) === c.id ? c.index : features.findIndex((f) => idOf(f) === c.id);
  if (i < 0) throw new Error(`no feature with id "${c.id}"`);
  if (c.after === null) features.splice(i, 1);
  else features[i] = c.after;
}

export function applyChange(doc: EditDoc, c: Change): EditDoc {
  const features = [...doc.features];
  applyInPlace(features, c);
  return { features };
}

/** Changes applied in order on one copy of the list (a moment of 10,000 imported features copies it once, not 10,000 times). */
export function applyChanges(doc: EditDoc, changes: readonly Change[]): EditDoc {
  if (!changes.length) return doc;
  const features = [...doc.features];
  for (const c of changes) applyInPlace(features, c);
  return { features };
}

/** Undoes changes: the last first. */
export const revertChanges = (doc: EditDoc, changes: readonly Change[]): EditDoc => applyChanges(doc, [...changes].reverse().map(invert));

export const invert = (c: Change): Change => ({ ...c, before: c.after, after: c.before });

export const revertChange = (doc: EditDoc, c: Change): EditDoc => applyChange(doc, invert(c));
