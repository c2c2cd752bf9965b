/**
 * After the writer presses a button of the review, the rest of that press belongs to the review too. A
 * double-click's second press would otherwise land on whatever the page shows where the dialog was, e.g. the
 * Send button just after Replace all, sending the message before the writer saw the replacement.
 *
 * Capture listeners on the window swallow the pointer and mouse events of the rest of the press before the
 * page's elements see them, until the press is over: a new first press (`detail === 1`) starts, the pointer moves
 * away, or a key is pressed. The browser's own click counting says what belongs to the same gesture, so no timer
 * decides it. (No overlay: it would also catch the writer's next, deliberate click.)
 */

import { isUserEvent } from './user-event';

/** Farther than the platform's double-click slop: the writer is pointing somewhere else. */
const MOVED_AWAY_PX = 8;

const SWALLOWED = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
] as const;

/** The press that made the choice: its position, and its click count (0 for the keyboard). */
export interface Press {
  clientX: number;
  clientY: number;
  detail: number;
}

/** True when a mouse event starts a new gesture rather than continuing the one that made the choice. */
export function startsNewGesture(event: { type: string; detail: number }): boolean {
  return (event.type === 'mousedown' || event.type === 'click') && event.detail === 1;
}

export function movedAway(press: Press, to: { clientX: number; clientY: number }): boolean {
  return Math.hypot(to.clientX - press.clientX, to.clientY - press.clientY) > MOVED_AWAY_PX;
}

/**
 * Holds the rest of a pointer press in `view`; does nothing for a keyboard press (it has no rest). Only the
 * person's own events are the rest of their press: a page script's `element.click()` (untrusted, detail 0) is
 * the page's business and passes. `trusted` is stubbed in tests, whose dispatched events are all untrusted.
 */
export function shieldRestOfPress(
  view: Window,
  press: Press,
  { trusted = isUserEvent }: { trusted?: (event: Event) => boolean } = {},
): void {
  if (press.detail === 0) return;
  const lifetime = new AbortController();
  const end = (): void => lifetime.abort();
  const options = { signal: lifetime.signal, capture: true };
  for (const type of SWALLOWED) {
    view.addEventListener(
      type,
      (event) => {
        if (!trusted(event)) return;
        if (event instanceof MouseEvent && startsNewGesture(event)) {
          end();
          return;
        }
        // pointerdown/up carry no click count: hide them from the page, but do not cancel them, as that would
        // also cancel the mouse events of a new press.
        if (!event.type.startsWith('pointer')) event.preventDefault();
        event.stopImmediatePropagation();
      },
      options,
    );
  }
  view.addEventListener(
    'pointermove',
    (event) => {
      if (movedAway(press, event)) end();
    },
    options,
  );
  view.addEventListener('keydown', end, options);
}
