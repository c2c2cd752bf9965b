/**
 * Send controls on any site, recognised by what they are called rather than by a site's markup: the
 * accessible name (or tooltip) of anything activatable, compared whole with the configured send verbs.
 * Exact comparison is the point: "Send feedback", "Reply" and "Forward" are not Sends.
 */
import { proseFieldsIn } from './prose';

/** What a user can activate like a button: buttons, `[role=button]`, and links or boxes acting as one. */
export const ACTIVATABLE = [
  'button',
  'input[type=submit]',
  'input[type=button]',
  'input[type=image]',
  '[role=button]',
  'a:not([href])',
  'a[href^="#"]',
  'a[href^="javascript:" i]',
  '[onclick]',
  'div[tabindex]:not([tabindex^="-"])',
  'span[tabindex]:not([tabindex^="-"])',
].join(', ');

/**
 * The activatable control an event's target belongs to, or null. An editor is never one, although editors
 * often carry `tabindex` (Gmail's body, ProseMirror): a key typed there is the writer's, not a Send.
 */
export function controlOf(target: Element): Element | null {
  if (Reflect.get(target, 'isContentEditable') === true) return null;
  const control = target.closest(ACTIVATABLE);
  return control && Reflect.get(control, 'isContentEditable') !== true ? control : null;
}

/** Attributes sites use for a tooltip that names an icon-only control. */
const TOOLTIPS = ['title', 'data-tooltip', 'data-title', 'data-original-title', 'data-tip'];

/** A name this long is a container's text, never a button's label. */
const MAX_NAME = 60;

/**
 * Lower case, no accents, no shortcut hint in brackets ("Send (Ctrl-Enter)"), no punctuation, arrows or
 * emoji ("Send ➤", "Submit…"), single spaces.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The configured verbs, normalized once for comparison. */
export function verbSet(verbs: readonly string[]): ReadonlySet<string> {
  return new Set(verbs.map(normalizeName).filter((verb) => verb !== ''));
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Every name the control goes by: aria-labelledby, aria-label, its text (or an input's value or alt), then
 * its tooltips. An icon-only button has no text, so its label or tooltip names it.
 */
export function nameCandidates(control: Element): string[] {
  const doc = control.ownerDocument;
  const names: string[] = [];
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const ids = labelledBy.split(/\s+/).filter(Boolean);
    names.push(ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' '));
  }
  names.push(control.getAttribute('aria-label') ?? '');
  if (control.localName === 'input') {
    const type = control.getAttribute('type')?.toLowerCase();
    names.push(
      control.getAttribute(type === 'image' ? 'alt' : 'value') ?? (type === 'submit' ? 'Submit' : ''),
    );
  } else {
    names.push(control.textContent ?? '');
  }
  for (const attribute of TOOLTIPS) names.push(control.getAttribute(attribute) ?? '');
  return names.map(collapse).filter((name) => name !== '' && name.length <= MAX_NAME);
}

/**
 * Controls that look activatable but never send: disabled ones, menu and tab openers ("File" menus), and a
 * clickable wrapper around a field (its text may read "Send" while the field is empty).
 */
function neverSends(control: Element): boolean {
  if (control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true') return true;
  if (proseFieldsIn(control).length > 0) return true;
  const popup = control.getAttribute('aria-haspopup');
  if (popup !== null && popup !== 'false') return true;
  const role = control.getAttribute('role');
  return role === 'menuitem' || role === 'tab' || role === 'option';
}

/** True for an activatable control named with one of the verbs. */
export function isNamedSend(control: Element, verbs: ReadonlySet<string>): boolean {
  if (controlOf(control) !== control || neverSends(control)) return false;
  return nameCandidates(control).some((name) => verbs.has(normalizeName(name)));
}
