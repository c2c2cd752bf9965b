/** The extension's requests to this frame (from the popup): jump to, replace or ignore a passage. */
import type { Finding } from '../../engine/types';
import { browser } from '../../shared/browser';
import type { ContentMessages } from '../../shared/messages';
import { FOCUSED_FRAME_MESSAGES } from '../../shared/messages';
import { handleMessages } from '../../shared/messaging';
import type { GuardUi, UiActions } from '../ui/controller';
import { deepActiveElement, moveToNextFlag } from './events';
import type { Field } from './field';
import type { Registry } from './registry';

/** Passage ids are `${fieldId}:${start}`, as in the findings report. */
function locate(registry: Registry, id: unknown): { field: Field; finding: Finding } | null {
  if (typeof id !== 'string') return null;
  const cut = id.lastIndexOf(':');
  const field = registry.byId(id.slice(0, cut));
  const start = Number(id.slice(cut + 1));
  const finding = field?.lastFindings().find((f) => f.start === start);
  return field && finding ? { field, finding } : null;
}

/** The writer's field in this frame still holds focus (as it does while the popup is open). */
function fieldHasFocus(registry: Registry): boolean {
  const active = deepActiveElement(document);
  return active !== null && registry.fieldFor(active) !== null;
}

/**
 * This frame is the one the writer is in. A template goes where a guarded field holds focus: the popup takes
 * the page's focus while open, so the document's focus cannot decide for it.
 */
function writerIsHere(registry: Registry, type: string): boolean {
  return type === 'templates/open' ? fieldHasFocus(registry) : document.hasFocus();
}

export interface MessageContext {
  registry: Registry;
  ui: () => GuardUi;
  actions: UiActions;
  paused: () => boolean;
  /** Opens the template form for the field the writer is in; false when no field has focus. */
  insertTemplate: () => boolean;
}

export function listenForMessages(
  { registry, ui, actions, paused, insertTemplate }: MessageContext,
  signal: AbortSignal,
): void {
  const listener = handleMessages<ContentMessages>(
    {
      'guard/jump': ({ id }) => {
        const found = locate(registry, id);
        if (!found) return false;
        found.field.element.scrollIntoView({ block: 'center' });
        found.field.element.focus({ preventScroll: true });
        if (!found.field.select(found.finding)) return false;
        // Focus stays in the field, on the selected passage, so the writer can type over it or use the card.
        ui().openCard(found.field, found.finding, false);
        return true;
      },
      'guard/replace': ({ id }) => {
        const found = locate(registry, id);
        return found ? actions.replace(found.field, found.finding) : false;
      },
      'guard/ignore': ({ id }) => {
        const found = locate(registry, id);
        if (found) actions.ignore(found.field, found.finding);
        return found !== null;
      },
      'guard/replace-all': ({ fieldId }) => {
        const field = typeof fieldId === 'string' ? registry.byId(fieldId) : null;
        return field ? actions.replaceAll(field) : false;
      },
      // Before the guard loads, the bootstrap answers this one (idle, loading, failed).
      'guard/status': () => ({ engine: paused() ? 'paused' : 'ready', host: location.hostname }),
      'guard/next-flag': () => moveToNextFlag(registry, ui()),
      'templates/open': () => insertTemplate(),
    },
    (sender, type) =>
      // Only the extension's own pages and worker, never a content script of some tab; commands go to the
      // frame the writer is in; status comes from the top frame.
      sender.id === browser.runtime.id &&
      sender.tab === undefined &&
      (!FOCUSED_FRAME_MESSAGES.has(type) || writerIsHere(registry, type)) &&
      (type !== 'guard/status' || window === window.top),
  );
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
