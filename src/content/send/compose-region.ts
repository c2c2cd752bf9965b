/**
 * Which message a Send control sends: the compose region it shares with a guarded field. A control sends
 * the fields of its form (the `form=` attribute included), else of the nearest container holding a field
 * within a few steps up, else of its dialog. Frames are crossed both ways: a field in a same-origin editor
 * frame belongs to the region holding the frame. A control in a page's header, footer, navigation or
 * sidebar that holds no field ("Send feedback") sends nothing of ours. A header or footer inside a section,
 * article, main or dialog is that part's own bar (a compose's footer with its Send), not the page's.
 */
import { proseFieldsIn } from './prose';
import { ACTIVATABLE } from './send-name';

/** How far up from a control its compose may start; deeper layouts are reached through forms and dialogs. */
export const MAX_STEPS = 8;
/** How far up from a field its Send control is looked for (Ctrl+Enter). */
const MAX_FIELD_STEPS = 12;

const LANDMARKS =
  'header, footer, nav, aside, [role=banner], [role=contentinfo], [role=navigation], [role=complementary], [role=search]';
const DIALOGS = 'dialog, [role=dialog], [role=alertdialog]';
/**
 * What scopes a header or footer to itself: inside these it is no banner or contentinfo landmark (HTML-AAM),
 * so a compose's own footer bar is not the page's footer.
 */
const SCOPES_BARS = `article, aside, main, nav, section, ${DIALOGS}`;

/** A header or footer without an explicit role inside a section or dialog: that part's own bar. */
function isScopedBar(element: Element): boolean {
  return (
    (element.localName === 'header' || element.localName === 'footer') &&
    !element.hasAttribute('role') &&
    element.parentElement?.closest(SCOPES_BARS) != null
  );
}

/** The nearest page landmark (banner, contentinfo, navigation, sidebar, search) around a control. */
function pageLandmarkOf(control: Element): Element | null {
  let landmark = control.closest(LANDMARKS);
  while (landmark && isScopedBar(landmark)) landmark = landmark.parentElement?.closest(LANDMARKS) ?? null;
  return landmark;
}

function holdsField(container: Element): boolean {
  return proseFieldsIn(container).length > 0;
}

/** The form a button or input submits (honours `form=`), without `instanceof`. */
function formOf(control: Element): Element | null {
  if (control.localName !== 'button' && control.localName !== 'input') return null;
  const form: unknown = Reflect.get(control, 'form');
  return form && typeof form === 'object' && 'localName' in form ? (form as Element) : null;
}

/** The compose region a control sends, or null when no guarded field is near it. */
export function composeRegionOf(control: Element): Element | null {
  const landmark = pageLandmarkOf(control);
  if (landmark && !holdsField(landmark)) return null;
  const form = formOf(control);
  if (form && holdsField(form)) return form;
  let current = control.parentElement;
  for (let step = 1; current && step <= MAX_STEPS; step++) {
    if (holdsField(current)) return current;
    // A dialog without a field is a compose of its own (a confirmation, a feedback box).
    if (current.matches(DIALOGS)) return null;
    current = current.parentElement;
  }
  const dialog = control.closest(DIALOGS);
  return dialog && holdsField(dialog) ? dialog : null;
}

/** True when `region` holds `node`, directly or through the same-origin frames nested in it. */
export function regionHolds(region: Element, node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (region.contains(current)) return true;
    current = current.ownerDocument?.defaultView?.frameElement ?? null;
  }
  return false;
}

/** The field's ancestors nearest first, continuing into the parent document from a same-origin frame. */
function* ancestorsOf(field: Element): Generator<Element> {
  let current: Element | null = field.parentElement;
  let steps = 0;
  while (current && steps < MAX_FIELD_STEPS) {
    yield current;
    steps++;
    current = current.parentElement ?? frameOf(current);
  }
}

function frameOf(root: Element): Element | null {
  try {
    return root.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The Send control that sends a field's message (for Ctrl+Enter in the field), or null. */
export function sendControlNear(field: Element, isSend: (control: Element) => boolean): Element | null {
  for (const container of ancestorsOf(field)) {
    for (const control of container.querySelectorAll(ACTIVATABLE)) {
      if (!isSend(control)) continue;
      const region = composeRegionOf(control);
      if (region && regionHolds(region, field)) return control;
    }
  }
  return null;
}
