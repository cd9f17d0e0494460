/**
 * The app's shareable state, kept in location.hash. Components read it with useUrlState();
 * writes replace the history entry (a camera move is not a "page"), and a hash typed or pasted
 * by the user flows back in through `hashchange`.
 */
import { useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState';

let current: UrlState = parseUrlState(window.location.hash);
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

window.addEventListener('hashchange', () => {
  const next = parseUrlState(window.location.hash);
  if (serializeUrlState(next) === serializeUrlState(current)) return;
  current = next;
  emit();
});

export function getUrlState(): UrlState {
  return current;
}

export function updateUrlState(patch: Partial<UrlState>) {
  const next = { ...current, ...patch };
  const hash = serializeUrlState(next);
  current = next;
  if (hash !== window.location.hash) history.replaceState(history.state, '', hash || window.location.pathname + window.location.search);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribe, getUrlState);
}
