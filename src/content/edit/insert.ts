/**
 * Replaces text the way a user edit would, so the editor's own model, its undo stack and frameworks such as
 * React all see the change: select the range, then `execCommand('insertText')` (which fires beforeinput/input
 * and records one native undo step). Fallbacks only where the command is refused.
 */

/** Lets editors that track the selection asynchronously (Lexical, ProseMirror) see the new selection first. */
function selectionSettled(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView ?? window;
    const done = (): void => {
      doc.removeEventListener('selectionchange', done);
      view.clearTimeout(timer);
      resolve();
    };
    const timer = view.setTimeout(done, 50);
    doc.addEventListener('selectionchange', done, { once: true });
  });
}

function insertCommand(doc: Document, insert: string): boolean {
  return insert === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, insert);
}

/** textarea / input: native undo through execCommand, else `setRangeText` plus the input event React needs. */
export function replaceInTextControl(
  field: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
  insert: string,
): void {
  const doc = field.ownerDocument;
  if (doc.activeElement !== field) field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  if (insertCommand(doc, insert) && field.value.slice(start, start + insert.length) === insert) return;
  field.setRangeText(insert, start, end, 'end');
  field.dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertReplacementText',
      data: insert,
    }),
  );
}

/**
 * Rich editors: select the DOM range, then offer the edit as a `beforeinput` first. Editors that keep their own
 * model (CKEditor 5, Lexical, Quill) take it from there and cancel the event; Chrome's `execCommand` fires no
 * `beforeinput`, and those editors would revert its DOM change. Editors that leave the event alone (ProseMirror,
 * Gmail, RoosterJS) get `execCommand`, which edits the DOM natively with one undo step.
 */
export async function replaceInEditable(host: HTMLElement, range: Range, insert: string): Promise<void> {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) throw new Error('No selection in this document.');
  if (!host.contains(doc.activeElement) && doc.activeElement !== host) host.focus({ preventScroll: true });
  const before = range.toString();
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  await selectionSettled(doc);
  const offered = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: insert === '' ? 'deleteContent' : 'insertReplacementText',
    data: insert === '' ? null : insert,
    targetRanges: [new StaticRange(range)],
  });
  eventTarget(selection, host).dispatchEvent(offered);
  if (offered.defaultPrevented || range.toString() !== before) return;
  // Editors with their own undo stack take checkpoints on events, not on execCommand: RoosterJS snapshots on a key
  // press over a selection (the state before) and marks new content on one at a caret (so Undo snapshots the state
  // after); TinyMCE adds a level on a replacement input. These events carry no character and change nothing.
  undoCheckpoint(selection, host);
  if (!insertCommand(doc, insert)) throw new Error('The editor refused the replacement.');
  undoCheckpoint(selection, host);
  eventTarget(selection, host).dispatchEvent(
    new InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertReplacementText',
      data: insert,
    }),
  );
}

function eventTarget(selection: Selection, host: HTMLElement): Element {
  const anchor = selection.anchorNode;
  const element = anchor instanceof Element ? anchor : anchor?.parentElement;
  return element && host.contains(element) ? element : host;
}

function undoCheckpoint(selection: Selection, host: HTMLElement): void {
  eventTarget(selection, host).dispatchEvent(
    new KeyboardEvent('keypress', { bubbles: true, cancelable: true, key: 'Unidentified' }),
  );
}
