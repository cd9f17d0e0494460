/**
 * An edit session: one layer file being edited, from the file's text when editing began (its
 * hash tells later whether the file on disk has changed since) to the document now and the
 * moments between. Pure: what the store keeps, saves to IndexedDB and restores.
 */
import type { Feature } from 'geojson';
import type { SchemaName } from '../data/schemas';
import { applyChange, idOf, type EditDoc } from './changes';
import { EMPTY_HISTORY, changedIds, type History } from './history';

export interface Session {
  /** The path under geodata/ ("rail/stations.geojson"). */
  file: string;
  schema: SchemaName;
  /**
   * A table session (projects/changes.csv): its features are new rows with no geometry, appended
   * to the file on write-back; the file's existing rows are never rewritten.
   */
  table?: 'project-change';
  /** SHA-256 (hex) of the file's text when the edits began. */
  baseHash: string;
  doc: EditDoc;
  history: History;
  startedAt: string;
  updatedAt: string;
  /** Counts every save, so another tab can tell a newer copy from its own. */
  rev: number;
  /** The tab that saved it last. */
  tab: string;
}

export async function sha256(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The features of a file's text, all of them (the invalid ones too: an edit must not drop them). */
export function featuresOfText(text: string): Feature[] {
  const value = JSON.parse(text) as { features?: unknown };
  return Array.isArray(value?.features) ? (value.features as Feature[]) : [];
}

export function newSession(file: string, schema: SchemaName, baseHash: string, features: Feature[], tab: string, now = new Date().toISOString()): Session {
  return { file, schema, baseHash, doc: { features }, history: EMPTY_HISTORY, startedAt: now, updatedAt: now, rev: 0, tab };
}

/**
 * The session moved onto a newer file (changed on disk since the edits began): the newer file's
 * features, with this session's changed features put over them (added where missing, removed
 * where deleted). The history stays, so the changes can still be undone one by one.
 */
export function rebase(session: Session, newBaseHash: string, newFeatures: Feature[]): Session {
  const mine = new Map(session.doc.features.map((f) => [idOf(f), f]));
  let doc: EditDoc = { features: newFeatures };
  for (const id of changedIds(session.history)) {
    const index = doc.features.findIndex((f) => idOf(f) === id);
    const current = mine.get(id) ?? null;
    const before = index >= 0 ? doc.features[index]! : null;
    if (!before && !current) continue;
    doc = applyChange(doc, { kind: 'attribute', id, index: index >= 0 ? index : doc.features.length, before, after: current });
  }
  return { ...session, baseHash: newBaseHash, doc };
}

export const hasChanges = (s: Session) => s.history.done.length > 0;
