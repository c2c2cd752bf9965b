/**
 * Delegated page listeners (capture phase, through open shadow roots): typing, IME composition, clicks on
 * flagged passages, and the keyboard shortcut that moves between flags (Alt+Shift+N).
 */
import { UI } from '../contracts';
import { editableFromEvent, editableRootOf, isTextControl } from '../editable';
import type { GuardUi } from '../ui/controller';
import { isUserEvent } from '../ui/user-event';
import type { Field } from './field';
import type { Registry } from './registry';

function fromUi(event: Event): boolean {
  return event.composedPath().some((target) => target instanceof Element && target.localName === UI.hostTag);
}

function isNextFlagShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN';
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The next flagged passage after the caret, in this field or the following ones. */
function nextFlag(fields: Field[], current: Field | null): { field: Field; index: number } | null {
  const withFlags = fields.filter((field) => field.lastFindings().length > 0);
  if (withFlags.length === 0) return null;
  const at = current ? withFlags.indexOf(current) : -1;
  if (current && at !== -1) {
    const caret = current.caretOffsetOrStart();
    const index = current.lastFindings().findIndex((finding) => finding.start > caret);
    if (index !== -1) return { field: current, index };
  }
  const field = withFlags[(at + 1) % withFlags.length] ?? withFlags[0];
  return field ? { field, index: 0 } : null;
}

/** Opens the card of the next flagged passage (keyboard shortcut and the extension command). */
export function moveToNextFlag(registry: Registry, ui: GuardUi): boolean {
  const active = deepActiveElement(document);
  const current = active ? registry.knownFieldFor(active) : null;
  const next = nextFlag(registry.all(), current);
  const finding = next?.field.lastFindings()[next.index];
  if (!next || !finding) return false;
  next.field.element.scrollIntoView({ block: 'nearest' });
  ui.openCard(next.field, finding, true);
  return true;
}

/**
 * Attaches (and so analyses) every field the writer used before the guard started, and the focused field if it
 * already holds text (restored drafts, autofill): all are watched from now on as if the guard had been there.
 */
export function adoptEarlyFields(registry: Registry, used: readonly Element[]): Field[] {
  const focused = deepActiveElement(document);
  const root = focused ? editableRootOf(focused) : null;
  const withText = root && (isTextControl(root) ? root.value : root.textContent)?.trim() ? [root] : [];
  const adopted = new Set<Field>();
  for (const element of [...used, ...withText]) {
    const field = registry.fieldFor(element);
    if (field) adopted.add(field);
  }
  return [...adopted];
}

export function listenToPage(registry: Registry, ui: () => GuardUi, signal: AbortSignal): void {
  const options = { capture: true, passive: true, signal };
  const fieldOf = (event: Event): Field | null => {
    const element = editableFromEvent(event);
    return element ? registry.fieldFor(element) : null;
  };

  window.addEventListener('focusin', (event) => void fieldOf(event), options);
  window.addEventListener(
    'input',
    (event) => {
      // A script's dispatched input event is not typing. Text a script changed is still read at Send, and
      // rich editors' own DOM changes are seen by the field's mutation observer.
      if (!isUserEvent(event)) return;
      const field = fieldOf(event);
      if (field && !(event instanceof InputEvent && event.isComposing)) field.noteChange();
    },
    options,
  );
  window.addEventListener('compositionstart', (event) => fieldOf(event)?.setComposing(true), options);
  window.addEventListener('compositionend', (event) => fieldOf(event)?.setComposing(false), options);

  // A click on a flagged passage's text opens its card; a click anywhere else closes it.
  window.addEventListener(
    'click',
    (event) => {
      if (fromUi(event) || !isUserEvent(event) || !(event instanceof MouseEvent)) return;
      const field = fieldOf(event);
      const { clientX, clientY } = event;
      // After the click's own effects (a caret move may scroll the field or redraw the editor).
      requestAnimationFrame(() => {
        const finding = field?.findingAt(clientX, clientY) ?? null;
        if (field && finding) {
          if (!ui().isOpenFor(field, finding)) ui().openCard(field, finding, false);
        } else ui().close(false);
      });
    },
    options,
  );

  window.addEventListener(
    'keydown',
    (event) => {
      if (!isUserEvent(event) || fromUi(event)) return;
      if (isNextFlagShortcut(event) && moveToNextFlag(registry, ui())) event.preventDefault();
      else if (event.key === 'Escape' && !event.isComposing && ui().isOpen()) {
        // Escape dismisses the card from the field too; it was meant for the card, not for the page.
        ui().close(false);
        event.preventDefault();
        event.stopPropagation();
      }
    },
    { capture: true, signal },
  );
}
