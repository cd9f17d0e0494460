/**
 * One history of moments per edited file, as Placemark keeps its moment log: a moment is what one
 * user action did (a drag, a form save, an added layer of imported features), with who did it,
 * when, and the document that supports it. Undo reverts the last moment, redo applies it again;
 * a new moment after an undo drops what was undone. Pure: every call returns new values.
 */
import { applyChanges, revertChanges, type Change, type EditDoc } from './changes';

export interface ChangeSource {
  /** A seed file or dataset id registered in sources.json. */
  doc: string;
  lines?: string;
}

export interface Moment {
  /** What the user did, in both languages ("移动 温州南站" / "moved Wenzhou South"). */
  label: { zh: string; en: string };
  changes: Change[];
  who: string;
  /** ISO time. */
  at: string;
  source?: ChangeSource;
  note?: string;
}

export interface History {
  done: Moment[];
  undone: Moment[];
}

export const EMPTY_HISTORY: History = { done: [], undone: [] };

export function record(doc: EditDoc, history: History, moment: Moment): { doc: EditDoc; history: History } {
  return { doc: applyChanges(doc, moment.changes), history: { done: [...history.done, moment], undone: [] } };
}

export function undo(doc: EditDoc, history: History): { doc: EditDoc; history: History; moment?: Moment } {
  const moment = history.done.at(-1);
  if (!moment) return { doc, history };
  return {
    doc: revertChanges(doc, moment.changes),
    history: { done: history.done.slice(0, -1), undone: [...history.undone, moment] },
    moment,
  };
}

export function redo(doc: EditDoc, history: History): { doc: EditDoc; history: History; moment?: Moment } {
  const moment = history.undone.at(-1);
  if (!moment) return { doc, history };
  return {
    doc: applyChanges(doc, moment.changes),
    history: { done: [...history.done, moment], undone: history.undone.slice(0, -1) },
    moment,
  };
}

/** The ids of the features the history has changed so far (for "3 features changed"). */
export function changedIds(history: History): Set<string> {
  return new Set(history.done.flatMap((m) => m.changes.map((c) => c.id)));
}

const PLACEMENT_KEYS = ['geometry_quality', 'geometry_source'];

/**
 * Whether a feature was moved or reshaped after its geometry_quality and geometry_source were last
 * set: they may still describe the old position (a "surveyed" station dragged by hand).
 */
export function movedSincePlacementSet(history: History, id: string): boolean {
  let moved = false;
  for (const m of history.done)
    for (const c of m.changes) {
      if (c.id !== id) continue;
      if (c.kind === 'geometry') moved = true;
      else if (c.kind === 'attribute' && PLACEMENT_KEYS.some((k) => JSON.stringify(c.before?.properties?.[k]) !== JSON.stringify(c.after?.properties?.[k]))) moved = false;
    }
  return moved;
}
