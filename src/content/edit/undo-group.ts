/**
 * Closes a rich editor's pending undo group before the guard edits it, so one Ctrl+Z undoes the guard's edit
 * alone however soon after the writer's last keystroke it comes.
 *
 * Quill merges every change made within a second of a group's first change, and ProseMirror (Tiptap) merges
 * adjacent changes made within half a second. Their own commands close the group through their APIs
 * (`history.cutoff()`, `closeHistory`), which a content script cannot reach. Both also start a new group after
 * an undo or a redo, and both take the standard `historyUndo` / `historyRedo` input events: an undo followed at
 * once by the redo of the same step closes the group and leaves the document as it was. This is done only on
 * editors known to take both events; elsewhere an undo without its redo would lose the writer's words.
 */
const EDITORS_WITH_HISTORY_INPUT = '.ql-editor, .ProseMirror';

function historyInput(host: HTMLElement, inputType: 'historyUndo' | 'historyRedo'): void {
  host.dispatchEvent(
    new InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType }),
  );
}

export function closeUndoGroup(host: HTMLElement): void {
  if (!host.matches(EDITORS_WITH_HISTORY_INPUT)) return;
  const view = host.ownerDocument.defaultView ?? window;
  // Both editors redraw synchronously on undo, so the observer's pending records say whether anything changed.
  const changes = new view.MutationObserver(() => undefined);
  changes.observe(host, { childList: true, characterData: true, attributes: true, subtree: true });
  historyInput(host, 'historyUndo');
  const undone = changes.takeRecords().length > 0;
  changes.disconnect();
  // Nothing was undone (an empty history): a redo now would replay a step the writer undid on purpose.
  if (undone) historyInput(host, 'historyRedo');
}
