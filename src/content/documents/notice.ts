/**
 * The notices shown after a chosen file was checked: the flagged passages with where they are and why,
 * or why the file could not be checked. Built with createElement/textContent only; lives in the UI shadow root.
 */
import type { FlaggedPassage } from '../../documents/index';
import { t } from '../../shared/i18n';
import { UI } from '../contracts';
import { element } from '../ui/element';
import type { UiRoot } from '../ui/host';
import { onUserEvent } from '../ui/user-event';
import { flaggedPassageItem } from './passage-item';
import { DOCUMENT_UI, type NoticeState } from './ui-contract';

const STACK_CSS = `
.lg-documents { position: fixed; right: 16px; bottom: 16px; display: flex; flex-direction: column; gap: 8px;
  align-items: flex-end; }
.lg-documents .panel { position: static; width: 380px; }
.lg-documents .list li { margin: 6px 0; }
.lg-documents .where { font-weight: 600; }
.lg-documents .passage { display: block; color: #5f6368; }
.lg-documents .status { min-height: 1em; font-size: 13px; color: #5f6368; }
.lg-documents button[data-action=${DOCUMENT_UI.download}] { background: #1a73e8; border-color: #1a73e8; color: #fff; }
`;

const stacks = new WeakMap<UiRoot, HTMLElement>();

/** The bottom-right column that holds document notices (one per file, newest last). */
function stackOf(ui: UiRoot): HTMLElement {
  const existing = stacks.get(ui);
  if (existing?.isConnected) return existing;
  const doc = ui.layer.ownerDocument;
  const stack = doc.createElement('div');
  stack.className = 'lg-documents';
  stack.setAttribute('aria-live', 'polite');
  const style = doc.createElement('style');
  style.textContent = STACK_CSS;
  stack.append(style);
  ui.layer.append(stack);
  stacks.set(ui, stack);
  return stack;
}

function button(doc: Document, action: string, text: string, onClick: () => void): HTMLButtonElement {
  const created = element(doc, 'button', text);
  created.type = 'button';
  created.setAttribute(UI.actionAttr, action);
  onUserEvent(created, 'click', onClick);
  return created;
}

let nextId = 0;

/** Passages listed in a notice; a long report's notice stays readable and quick to draw. */
const LISTED_PASSAGES = 25;

function notice(ui: UiRoot, state: NoticeState, fileName: string, title: string): HTMLElement {
  const doc = ui.layer.ownerDocument;
  const id = `lg-document-${++nextId}`;
  const panel = element(doc, 'section', undefined, 'panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', id);
  panel.setAttribute(DOCUMENT_UI.noticeAttr, '');
  panel.dataset.state = state;
  panel.dataset.fileName = fileName;
  const heading = element(doc, 'h2', title);
  heading.id = id;
  panel.append(heading);
  stackOf(ui).append(panel);
  return panel;
}

export interface FlaggedNoticeContent {
  fileName: string;
  passages: readonly FlaggedPassage[];
  /** Builds and downloads the corrected copy; resolves to a line telling the writer what happened. */
  download: () => Promise<string>;
}

export function showFlaggedNotice(ui: UiRoot, content: FlaggedNoticeContent): HTMLElement {
  const count = content.passages.length;
  const panel = notice(
    ui,
    'flagged',
    content.fileName,
    count === 1 ? t('noticeFlaggedOne', content.fileName) : t('noticeFlaggedMany', content.fileName, count),
  );
  const doc = panel.ownerDocument;
  const intro = element(doc, 'p', t('noticeIntro'));
  const list = element(doc, 'ul', undefined, 'list');
  for (const passage of content.passages.slice(0, LISTED_PASSAGES))
    list.append(flaggedPassageItem(doc, passage, 'passage'));
  const unlisted = count - LISTED_PASSAGES;
  const more = unlisted > 0 ? element(doc, 'p', t('noticeMore', unlisted, count)) : null;
  const status = element(doc, 'p', '', 'status');
  status.setAttribute('role', 'status');
  const actions = element(doc, 'div', undefined, 'actions');
  const download = button(doc, DOCUMENT_UI.download, t('noticeDownload'), () => {
    download.disabled = true;
    status.textContent = t('noticePreparing');
    void content.download().then((line) => {
      status.textContent = line;
      download.disabled = false;
    });
  });
  actions.append(
    download,
    button(doc, DOCUMENT_UI.keep, t('noticeKeep'), () => panel.remove()),
  );
  panel.append(...[intro, list, more, status, actions].filter((part) => part !== null));
  return panel;
}

export function showUnreadableNotice(ui: UiRoot, fileName: string, why: string): HTMLElement {
  const panel = notice(ui, 'unreadable', fileName, t('noticeUnreadableTitle', fileName));
  const doc = panel.ownerDocument;
  const reason = element(doc, 'p', `${why} ${t('noticeUnreadableAdvice')}`);
  reason.setAttribute(UI.reasonAttr, '');
  const actions = element(doc, 'div', undefined, 'actions');
  actions.append(button(doc, DOCUMENT_UI.keep, t('noticeOk'), () => panel.remove()));
  panel.append(reason, actions);
  return panel;
}
