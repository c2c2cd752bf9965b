/**
 * Where a writer's words can be, found without `instanceof`: an editor's body may live in a same-origin
 * child frame (TinyMCE, CKEditor 4, Proton), whose elements come from another realm, and this module also
 * runs in the tiny bootstrap before the guard has loaded.
 */

/** Elements a writer types a message into. Search boxes are left out by `isProseField`. */
export const PROSE_FIELDS =
  'textarea, [contenteditable]:not([contenteditable=false]), [role=textbox], input:not([type]), input[type=text]';

const SEARCH = '[role=search], [role=combobox], input[type=search]';

function isEditable(element: Element): boolean {
  return Reflect.get(element, 'isContentEditable') === true;
}

function fieldValue(element: Element): string {
  const value: unknown = Reflect.get(element, 'value');
  return typeof value === 'string' ? value : '';
}

/** A field that can carry a message: a textarea, a one-line text input or an editor, not a search box. */
export function isProseField(element: Element): boolean {
  if (element.closest(SEARCH) !== null) return false;
  if (element.localName === 'textarea' || element.localName === 'input') return true;
  return isEditable(element);
}

/** The editable body of a same-origin, src-less or srcdoc frame (an editor's iframe), else null. */
export function frameBodyOf(frame: Element): HTMLElement | null {
  if (frame.localName !== 'iframe') return null;
  try {
    const doc: unknown = Reflect.get(frame, 'contentDocument');
    if (!doc || typeof doc !== 'object') return null;
    const body: unknown = Reflect.get(doc, 'body');
    const designMode: unknown = Reflect.get(doc, 'designMode');
    if (!(body && typeof body === 'object' && 'localName' in body)) return null;
    const element = body as HTMLElement;
    return isEditable(element) || designMode === 'on' ? element : null;
  } catch {
    // A cross-origin frame: its fields are guarded by the frame's own script, and it has no Send of ours.
    return null;
  }
}

/** Prose fields inside a container, including the editable bodies of same-origin frames in it. */
export function proseFieldsIn(container: ParentNode): Element[] {
  const fields = [...container.querySelectorAll(PROSE_FIELDS)].filter(isProseField);
  for (const frame of container.querySelectorAll('iframe')) {
    const body = frameBodyOf(frame);
    if (body) fields.push(body);
  }
  return fields;
}

/** Text a writer composed: any text in a textarea or editor, several words in a one-line input. */
export function holdsProse(element: Element): boolean {
  if (element.localName === 'textarea') return fieldValue(element).trim() !== '';
  if (element.localName === 'input') return /\S\s+\S/.test(fieldValue(element));
  return isEditable(element) && (element.textContent ?? '').trim() !== '';
}
