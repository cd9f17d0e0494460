/**
 * The app's shareable state, kept in location.hash. Components read the part they need with
 * useUrlState(selector) and re-render only when that part changes (a camera move does not
 * re-render the panels); writes replace the history entry (a camera move is not a "page"), and
 * a hash typed or pasted by the user flows back in through `hashchange`.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState';

let current: UrlState = parseUrlState(window.location.hash);
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

window.addEventListener('hashchange', (e) => {
  // The hash navigated to, not location.hash: a camera move that ended in between may already have
  // replaced the address with the old state plus its camera.
  const next = parseUrlState(new URL(e.newURL).hash);
  const hash = serializeUrlState(next);
  if (hash !== window.location.hash) history.replaceState(history.state, '', hash || window.location.pathname + window.location.search);
  if (hash === serializeUrlState(current)) return;
  // Keep the identity of parts that did not change, so their subscribers do not re-render.
  const keep = Object.fromEntries(Object.entries(next).map(([k, v]) => [k, JSON.stringify(v) === JSON.stringify(current[k as keyof UrlState]) ? current[k as keyof UrlState] : v]));
  current = keep as unknown as UrlState;
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

const whole = (s: UrlState) => s;

/** A part of the URL state; the selector must return a part of the state (or a primitive), not a new object. */
export function useUrlState<T = UrlState>(selector: (s: UrlState) => T = whole as (s: UrlState) => T): T {
  const get = useCallback(() => selector(current), [selector]);
  return useSyncExternalStore(subscribe, get);
}
