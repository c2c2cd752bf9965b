/**
 * Cheap test for "this event happened in something the user can type in", used by the bootstrap before any
 * heavy code is loaded. The guard applies the precise rules (site adapter, read-only state) afterwards.
 */

const TEXT_INPUT_TYPES = new Set(['', 'text']);

/** True for a textarea or text-like input the user can type in (not password, hidden, read-only, disabled). */
export function isTextControl(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  if (element instanceof HTMLInputElement)
    return (
      TEXT_INPUT_TYPES.has(element.getAttribute('type')?.toLowerCase() ?? '') &&
      !element.readOnly &&
      !element.disabled
    );
  return false;
}

/** The editable root an element belongs to: the element for text controls, the outermost editing host else. */
export function editableRootOf(element: Element): HTMLElement | null {
  if (isTextControl(element)) return element;
  if (!(element instanceof HTMLElement)) return null;
  if (!element.isContentEditable) {
    const textbox = element.closest<HTMLElement>('[role=textbox]');
    return textbox?.isContentEditable ? textbox : null;
  }
  let root: HTMLElement = element;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** The editable field an event came from, looking through open shadow roots. */
export function editableFromEvent(event: Event): HTMLElement | null {
  const [target] = event.composedPath();
  return target instanceof Element ? editableRootOf(target) : null;
}
