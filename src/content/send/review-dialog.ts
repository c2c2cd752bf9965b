/**
 * The modal review at Send: lists each flagged passage with its reason and a checkbox, then each flagged
 * attachment with its passages (`review-files.ts`), and offers Replace all (checked passages), Remove
 * attachment (those still in their file input), Send anyway and Keep editing. Focus stays inside; Escape
 * keeps editing. Built with DOM APIs only (no markup strings), inside the UI's shadow root (`ui/host.ts`).
 */
import { t } from '../../shared/i18n';
import { UI } from '../contracts';
import { type Press, shieldRestOfPress } from '../ui/gesture-shield';
import { isUserEvent } from '../ui/user-event';
import { askInBrowser, watchCover } from './review-cover';
import { attachmentSection, FILES_STYLE, type ReviewAttachment } from './review-files';
import type { ReviewChoice } from './send-state';

export type { ReviewAttachment } from './review-files';

export interface ReviewPassage {
  fieldLabel: string;
  text: string;
  reason: string;
}

export type ReviewContent =
  | { kind: 'flagged'; passages: readonly ReviewPassage[]; attachments: readonly ReviewAttachment[] }
  | { kind: 'unchecked' };

export interface ReviewResult {
  choice: ReviewChoice;
  /** For Replace all: whether each passage (same order as given) stays checked. */
  checked: boolean[];
}

/** Scoped to the review dialog: the shadow root also holds the guard's other UI. */
const STYLE = `
[data-lg-review] { font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; background: #fff;
  border: 1px solid #888; border-radius: 8px; padding: 20px 24px; width: min(560px, 92vw); max-height: 84vh;
  overflow: auto; box-shadow: 0 8px 32px rgb(0 0 0 / 30%); }
[data-lg-review]::backdrop { background: rgb(0 0 0 / 35%); }
[data-lg-review] h2 { font-size: 18px; margin: 0 0 8px; }
[data-lg-review] p { margin: 0 0 12px; }
[data-lg-review] ul { list-style: none; margin: 0 0 16px; padding: 0; }
[data-lg-review] li { border-left: 4px solid #b3261e; padding: 6px 10px; margin: 0 0 10px; background: #fdf3f2; }
[data-lg-review] label { display: flex; gap: 8px; align-items: flex-start; cursor: pointer; }
[data-lg-review] input { margin-top: 3px; }
[data-lg-review] .passage { font-style: italic; }
[data-lg-review] .reason, [data-lg-review] .field { display: block; margin: 4px 0 0 24px; font-size: 13px;
  color: #444; }
[data-lg-review] .actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
[data-lg-review] button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #555;
  background: #f4f4f4; color: #1b1b1b; cursor: pointer; }
[data-lg-review] button[data-action=replace-all] { background: #0b57d0; border-color: #0b57d0; color: #fff; }
[data-lg-review] button:disabled { opacity: 0.5; cursor: default; }
[data-lg-review] :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
${FILES_STYLE}`;

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function passageItem(doc: Document, passage: ReviewPassage, index: number): HTMLLIElement {
  const item = element(doc, 'li');
  const label = element(doc, 'label');
  const box = element(doc, 'input', undefined, { type: 'checkbox', 'data-passage': String(index) });
  box.checked = true;
  label.append(box, element(doc, 'span', `“${passage.text}”`, { class: 'passage' }));
  item.append(
    label,
    element(doc, 'span', passage.reason, { class: 'reason', [UI.reasonAttr]: '' }),
    element(doc, 'span', t('reviewPassageIn', passage.fieldLabel), { class: 'field' }),
  );
  return item;
}

/** Keeps Tab and Shift+Tab inside the dialog. */
function trapFocus(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('input, button:not(:disabled)')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const rootNode = dialog.getRootNode();
  const current =
    rootNode instanceof ShadowRoot || rootNode instanceof Document ? rootNode.activeElement : null;
  if (event.shiftKey && (current === first || !dialog.contains(current))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (current === last || !dialog.contains(current))) {
    event.preventDefault();
    first.focus();
  }
}

/** Shows the review in the UI's shadow root and resolves with the writer's choice; the dialog is gone by then. */
export function showReview(root: ShadowRoot, content: ReviewContent): Promise<ReviewResult> {
  const doc = root.ownerDocument;
  const flagged = content.kind === 'flagged';
  const passages = flagged ? content.passages : [];
  const attachments = flagged ? content.attachments : [];
  const removable = attachments.filter((attachment) => attachment.removable).length;
  const intro = attachments.length > 0 ? t('reviewIntroFiles') : t('reviewIntro');
  const dialog = element(doc, 'dialog', undefined, {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'lg-review-title',
    'aria-describedby': 'lg-review-intro',
    [UI.reviewAttr]: content.kind,
  });
  dialog.append(
    element(doc, 'style', STYLE),
    element(doc, 'h2', t(flagged ? 'reviewTitle' : 'reviewUncheckedTitle'), { id: 'lg-review-title' }),
    element(doc, 'p', flagged ? intro : t('reviewUncheckedIntro'), { id: 'lg-review-intro' }),
  );
  const list = element(doc, 'ul', undefined, { 'aria-label': t('reviewPassages') });
  passages.forEach((passage, index) => {
    list.append(passageItem(doc, passage, index));
  });
  if (passages.length > 0) dialog.append(list);
  for (const attachment of attachments) dialog.append(attachmentSection(doc, attachment));
  const button = (action: ReviewChoice, label: string) =>
    element(doc, 'button', label, { type: 'button', [UI.actionAttr]: action });
  const replaceAll = passages.length > 0 ? button('replace-all', t('reviewReplaceAll')) : null;
  const remove =
    removable > 0
      ? button('remove-attachment', t(removable === 1 ? 'reviewRemoveFile' : 'reviewRemoveFiles'))
      : null;
  const sendAnyway = button('send-anyway', t('reviewSendAnyway'));
  const keepEditing = button('keep-editing', t('reviewKeepEditing'));
  const actions = element(doc, 'div', undefined, { class: 'actions' });
  actions.append(...[replaceAll, remove, sendAnyway, keepEditing].filter((action) => action !== null));
  dialog.append(actions);
  root.append(dialog);

  const boxes = [...list.querySelectorAll('input')];
  return new Promise((resolve) => {
    let done = false;
    const finish = (choice: ReviewChoice, press?: Press) => {
      if (done) return;
      done = true;
      const checked = boxes.map((box) => box.checked);
      if (dialog.open) dialog.close();
      dialog.remove();
      // The rest of the press that chose (a double-click's second press) must not reach the page.
      if (press && doc.defaultView) shieldRestOfPress(doc.defaultView, press);
      resolve({ choice, checked });
    };
    list.addEventListener('change', () => {
      if (replaceAll) replaceAll.disabled = !boxes.some((box) => box.checked);
    });
    actions.addEventListener('click', (event) => {
      // Only the writer chooses: a script's click() or dispatched click is ignored (see ui/user-event.ts).
      if (!isUserEvent(event) || !(event instanceof MouseEvent)) return;
      const target = event.target instanceof Element ? event.target.closest(`[${UI.actionAttr}]`) : null;
      const action = target?.getAttribute(UI.actionAttr);
      if (
        action === 'replace-all' ||
        action === 'remove-attachment' ||
        action === 'send-anyway' ||
        action === 'keep-editing'
      )
        finish(action, event);
    });
    dialog.addEventListener('keydown', (event) => {
      // The page must not act on keys meant for the dialog (e.g. Escape closing the compose).
      event.stopPropagation();
      if (!isUserEvent(event)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        finish('keep-editing');
      } else if (event.key === 'Tab') {
        trapFocus(dialog, event);
      }
    });
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (isUserEvent(event)) finish('keep-editing');
    });
    dialog.addEventListener('close', () => finish('keep-editing'));
    dialog.showModal();
    (replaceAll ?? remove ?? keepEditing).focus();
    // A page that covers the review gets the browser's own prompt instead, which it cannot cover or answer.
    watchCover(
      dialog,
      () => !done,
      () => {
        const items = [
          ...passages.map((passage) => `“${passage.text}”`),
          ...attachments.map((attachment) => t('reviewFileHeading', attachment.name)),
        ];
        const view = doc.defaultView;
        finish(view && askInBrowser(view, flagged, items) ? 'send-anyway' : 'keep-editing');
      },
    );
  });
}
