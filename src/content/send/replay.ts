/**
 * Sends a held message on, once, the way the page expects: the full pointer and mouse sequence on
 * the same control (Gmail acts on mousedown → mouseup; `button.click()` alone is not enough), or
 * `requestSubmit` with the same submitter for forms (`form.submit()` would skip the page's own
 * handler, and a control named "submit" may shadow it anyway).
 */
import { asReplay } from './replay-mark';
import type { SendEvent } from './send-event';

/** Elements that act like buttons; Send controls are always among them. */
export const BUTTON_LIKE = 'button, [role=button], input[type=submit], input[type=button], input[type=image]';

export interface KeyPress {
  key: string;
  code: string;
  /** Replayed too: editors that match shortcuts on `keyCode` (CKEditor 5) ignore a key without it. */
  keyCode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type ReplayPlan =
  | { kind: 'press'; control: Element }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null }
  /** A key stopped before the guard could tell it was no Send: handed back to the page. */
  | { kind: 'key'; target: Element; press: KeyPress };

/** True for a button that submits its form, so its Send is judged at the form's `submit` event. */
export function submitsForm(element: Element): boolean {
  if (element instanceof HTMLButtonElement) return element.type === 'submit' && element.form !== null;
  if (element instanceof HTMLInputElement) {
    return (element.type === 'submit' || element.type === 'image') && element.form !== null;
  }
  return false;
}

function pressSequence(control: Element): void {
  const rect = control.getBoundingClientRect();
  const mouse: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: control.ownerDocument.defaultView,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
    button: 0,
  };
  const pointer: PointerEventInit = { ...mouse, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  control.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  control.dispatchEvent(new MouseEvent('mousedown', { ...mouse, buttons: 1, detail: 1 }));
  control.dispatchEvent(new PointerEvent('pointerup', { ...pointer, buttons: 0 }));
  control.dispatchEvent(new MouseEvent('mouseup', { ...mouse, buttons: 0, detail: 1 }));
  control.dispatchEvent(new MouseEvent('click', { ...mouse, buttons: 0, detail: 1 }));
}

/** Enter or Space on a button, Enter on a link: what the browser turns into a click (no `instanceof`: frames). */
function activatesNatively(target: Element, press: KeyPress): boolean {
  if (press.ctrlKey || press.metaKey || press.altKey) return false;
  const name = target.localName;
  if (name === 'button' || name === 'input') return press.key === 'Enter' || press.key === ' ';
  return name === 'a' && target.hasAttribute('href') && press.key === 'Enter';
}

function keySequence(target: Element, press: KeyPress): void {
  const init: KeyboardEventInit = {
    key: press.key,
    code: press.code,
    keyCode: press.keyCode,
    which: press.keyCode,
    ctrlKey: press.ctrlKey,
    metaKey: press.metaKey,
    shiftKey: press.shiftKey,
    altKey: press.altKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const proceed = target.dispatchEvent(new KeyboardEvent('keydown', init));
  // A synthetic key does not activate a native button or link; do what the browser would have done.
  if (proceed && activatesNatively(target, press)) Reflect.apply(HTMLElement.prototype.click, target, []);
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

function submitterFor(form: HTMLFormElement, submitter: HTMLElement | null): HTMLElement | null {
  return submitter?.isConnected && submitsForm(submitter) && 'form' in submitter && submitter.form === form
    ? submitter
    : null;
}

/** How to hand an event that was stopped, but turned out not to be a Send, back to the page. */
export function planFor(event: SendEvent): ReplayPlan {
  if (event.type === 'keydown') return { kind: 'key', target: event.target, press: event };
  if (event.type === 'submit' && event.target instanceof HTMLFormElement) {
    return { kind: 'submit', form: event.target, submitter: event.submitter };
  }
  return { kind: 'press', control: event.target.closest(BUTTON_LIKE) ?? event.target };
}

/** Replays the Send once. False if there is nothing left to send it through (the compose is gone). */
export function replay(plan: ReplayPlan): boolean {
  if (plan.kind === 'submit') {
    if (!plan.form.isConnected) return false;
    const submitter = submitterFor(plan.form, plan.submitter);
    asReplay(() => plan.form.requestSubmit(submitter));
    return true;
  }
  if (plan.kind === 'key') {
    if (!plan.target.isConnected) return false;
    asReplay(() => keySequence(plan.target, plan.press));
    return true;
  }
  if (!plan.control.isConnected) return false;
  asReplay(() => pressSequence(plan.control));
  return true;
}
