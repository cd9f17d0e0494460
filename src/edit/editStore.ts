/**
 * The browser's edit sessions, one per layer file, saved to IndexedDB on every change so that a
 * closed tab, a reload or a crash loses nothing. Components read them with useEditSessions().
 *
 * Two tabs editing one file: every save is announced on a BroadcastChannel, and before writing
 * a save checks that the stored copy is still the one this tab last saw. If another tab saved in
 * between, nothing is overwritten: the file gets a conflict and the user chooses.
 */
import { useSyncExternalStore } from 'react';
import { openDB, type IDBPDatabase } from 'idb';
import type { Session } from './session';
import { record, redo as redoHistory, undo as undoHistory, type Moment } from './history';

const DB = 'wz-edits';
const STORE = 'sessions';
/** This tab, for telling its own saves from another tab's. */
export const TAB = crypto.randomUUID();

let db: Promise<IDBPDatabase> | undefined;
const database = () =>
  (db ??= openDB(DB, 1, {
    upgrade(d) {
      d.createObjectStore(STORE, { keyPath: 'file' });
    },
  }));

export interface EditState {
  sessions: Readonly<Record<string, Session>>;
  /** Files another tab saved since this tab last read them: file → that tab's session. */
  conflicts: Readonly<Record<string, Session>>;
  /** A save that failed (quota, private mode): shown, so nobody believes it was kept. */
  saveError?: string;
}

let state: EditState = { sessions: {}, conflicts: {} };
const listeners = new Set<() => void>();
/** The rev of each file as this tab last wrote or read it. */
const seen = new Map<string, number>();
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(DB);

function set(patch: Partial<EditState>) {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

const without = <T,>(r: Readonly<Record<string, T>>, key: string) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== key));

channel?.addEventListener('message', (e: MessageEvent<{ file: string; tab: string; rev: number; removed?: boolean }>) => {
  const { file, tab, removed } = e.data;
  if (tab === TAB || !state.sessions[file]) return;
  void database()
    .then((d) => d.get(STORE, file) as Promise<Session | undefined>)
    .then((theirs) => {
      if (removed || !theirs) set({ conflicts: { ...state.conflicts, [file]: { ...state.sessions[file]!, rev: -1, tab } } });
      else if (theirs.rev !== seen.get(file)) set({ conflicts: { ...state.conflicts, [file]: theirs } });
    });
});

async function save(session: Session) {
  try {
    const d = await database();
    const tx = d.transaction(STORE, 'readwrite');
    const stored = (await tx.store.get(session.file)) as Session | undefined;
    if (stored && stored.tab !== TAB && stored.rev !== seen.get(session.file)) {
      await tx.done;
      set({ conflicts: { ...state.conflicts, [session.file]: stored } });
      return;
    }
    await tx.store.put(session);
    await tx.done;
    seen.set(session.file, session.rev);
    channel?.postMessage({ file: session.file, tab: TAB, rev: session.rev });
    if (state.saveError) set({ saveError: undefined });
  } catch (e) {
    set({ saveError: String(e) });
  }
}

/** When each file last had a moment undone (a counter), so redo takes the most recently undone. */
const undoneAt = new Map<string, number>();
let undoCount = 0;

/** The last save of each session, so tests and the write-back can wait for it. */
const pending = new Map<string, Promise<void>>();
function put(session: Session) {
  const next = { ...session, rev: session.rev + 1, tab: TAB, updatedAt: new Date().toISOString() };
  set({ sessions: { ...state.sessions, [next.file]: next } });
  const p = (pending.get(next.file) ?? Promise.resolve()).then(() => save(next));
  pending.set(next.file, p);
  return p;
}

export const editState = () => state;

declare global {
  interface Window {
    /** The edit sessions, for the end-to-end tests and for data staff at the console. */
    __wzEdits?: () => EditState;
  }
}
window.__wzEdits = editState;
export const flushSaves = () => Promise.all(pending.values());

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}
export function useEditState(): EditState {
  return useSyncExternalStore(subscribe, editState);
}

/** Sessions saved by an earlier visit (or another tab), to offer on return. */
export async function savedSessions(): Promise<Session[]> {
  try {
    const all = (await (await database()).getAll(STORE)) as Session[];
    for (const s of all) seen.set(s.file, s.rev);
    return all;
  } catch {
    return [];
  }
}

/** Starts (or resumes) editing a file in this tab. */
export function open(session: Session) {
  seen.set(session.file, session.rev);
  set({ sessions: { ...state.sessions, [session.file]: session }, conflicts: without(state.conflicts, session.file) });
}

export function commit(file: string, moment: Moment) {
  const s = state.sessions[file];
  if (!s || !moment.changes.length) return Promise.resolve();
  return put({ ...s, ...record(s.doc, s.history, moment) });
}

export function undo(file: string): Moment | undefined {
  const s = state.sessions[file];
  if (!s) return;
  const r = undoHistory(s.doc, s.history);
  if (r.moment) {
    undoneAt.set(file, ++undoCount);
    void put({ ...s, doc: r.doc, history: r.history });
  }
  return r.moment;
}

export function redo(file: string): Moment | undefined {
  const s = state.sessions[file];
  if (!s) return;
  const r = redoHistory(s.doc, s.history);
  if (r.moment) void put({ ...s, doc: r.doc, history: r.history });
  return r.moment;
}

/**
 * Undo across files: the most recent moment of any session (a status recorded in changes.csv
 * after a station was moved is undone first), so the editor has one history, as a user sees it.
 */
export function undoLatest(): Moment | undefined {
  const latest = Object.values(state.sessions)
    .filter((s) => s.history.done.length)
    .sort((a, b) => b.history.done.at(-1)!.at.localeCompare(a.history.done.at(-1)!.at))[0];
  return latest && undo(latest.file);
}

/** Redo across files: the moment undone last (the top of the latest undone stack). */
export function redoLatest(): Moment | undefined {
  const latest = Object.values(state.sessions)
    .filter((s) => s.history.undone.length)
    .sort((a, b) => (undoneAt.get(b.file) ?? 0) - (undoneAt.get(a.file) ?? 0))[0];
  return latest && redo(latest.file);
}

/** Replaces the session (a rebase onto a newer file, or the state after a write-back). */
export const replace = (session: Session) => put(session);

/** Drops a file's local changes, here and in IndexedDB. */
export async function discard(file: string) {
  set({ sessions: without(state.sessions, file), conflicts: without(state.conflicts, file) });
  seen.delete(file);
  await pending.get(file);
  try {
    await (await database()).delete(STORE, file);
  } catch (e) {
    set({ saveError: String(e) });
  }
  channel?.postMessage({ file, tab: TAB, rev: -1, removed: true });
}

/** Conflict answered: take the other tab's copy, or keep this tab's and save it over theirs. */
export function resolveConflict(file: string, take: 'theirs' | 'mine') {
  const theirs = state.conflicts[file];
  const mine = state.sessions[file];
  if (!theirs || !mine) return;
  if (take === 'theirs' && theirs.rev >= 0) open(theirs);
  else {
    seen.set(file, theirs.rev);
    set({ conflicts: without(state.conflicts, file) });
    void put(mine);
  }
}

const NAME = 'wz:editor-name';
export const editorName = () => localStorage.getItem(NAME) ?? '';
export const setEditorName = (name: string) => localStorage.setItem(NAME, name.trim());
