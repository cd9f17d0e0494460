/**
 * The keys clickers and presenters press: → ↓ PageDown Space next; ← ↑ PageUp previous; Home / End;
 * a number then Enter jumps to that slide; B or . blacks the screen (as PowerPoint does); Esc leaves.
 */
import { useEffect, useRef } from 'react';

export interface PresenterKeyActions {
  go(delta: number): void;
  jump(slide: number | 'first' | 'last'): void;
  toggleBlack(): void;
  exit(): void;
}

/**
 * Keys a focused control needs for itself: a slider its arrows and Home / End (a clicker's
 * PageUp / PageDown still change slides), a button Space and Enter, a text field everything but Esc.
 */
function ownedByControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return key !== 'Escape';
  if (target.closest('[role="slider"]')) return /^(Arrow|Home$|End$)/.test(key);
  if (target.closest('button, summary, a[href]')) return key === ' ' || key === 'Enter';
  return false;
}

export function usePresenterKeys(actions: PresenterKeyActions) {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    let digits = '';
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownedByControl(e.target, e.key)) return;
      const a = ref.current;
      const k = e.key;
      if (/^[0-9]$/.test(k)) digits = (digits + k).slice(-3);
      else if (k === 'Enter' && digits) {
        a.jump(Number(digits));
        digits = '';
      } else {
        digits = '';
        if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || k === ' ') a.go(1);
        else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp') a.go(-1);
        else if (k === 'Home') a.jump('first');
        else if (k === 'End') a.jump('last');
        else if (k === 'b' || k === 'B' || k === '.') a.toggleBlack();
        else if (k === 'Escape') a.exit();
        else return;
      }
      // The map's own keyboard handler would pan on the same arrows.
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
