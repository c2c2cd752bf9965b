/**
 * A copy of what matters in an event that may be a Send, taken while the event is dispatched (the
 * composed path is gone afterwards), so it can still be judged once the guard has loaded.
 */

export interface SendEvent {
  type: string;
  /** The innermost target, inside open shadow roots. */
  target: Element;
  key: string;
  /** The physical key, and the legacy key code that older editors match shortcuts on (CKEditor 5, jQuery). */
  code: string;
  keyCode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Mouse button (0 = primary); 0 for other events. */
  button: number;
  isComposing: boolean;
  /** The submit button of a `submit` event, if any. */
  submitter: HTMLElement | null;
}

/** Judges events when the guard is loaded. Implemented in the guard chunk (`send/send-guard.ts`). */
export interface SendGuard {
  /** Synchronous: 'cancel' means the event must not reach the page. */
  judge(event: SendEvent): 'pass' | 'cancel';
  /** For an event already cancelled before the guard was loaded: send it on, or check it first. */
  judgeCancelled(event: SendEvent): void;
}

export function snapshotEvent(event: Event): SendEvent | null {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return null;
  const keyboard = event instanceof KeyboardEvent ? event : null;
  const mouse = event instanceof MouseEvent ? event : null;
  return {
    type: event.type,
    target,
    key: keyboard?.key ?? '',
    code: keyboard?.code ?? '',
    keyCode: keyboard?.keyCode ?? 0,
    ctrlKey: keyboard?.ctrlKey ?? mouse?.ctrlKey ?? false,
    metaKey: keyboard?.metaKey ?? mouse?.metaKey ?? false,
    altKey: keyboard?.altKey ?? mouse?.altKey ?? false,
    shiftKey: keyboard?.shiftKey ?? mouse?.shiftKey ?? false,
    button: mouse?.button ?? 0,
    isComposing: keyboard?.isComposing ?? false,
    submitter: event instanceof SubmitEvent ? event.submitter : null,
  };
}
