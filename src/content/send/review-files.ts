/**
 * The flagged attachments in the review at Send: one section per file, listing its passages with where they
 * are and why (as the document notice does), the corrected copy to download, and, when the page has already
 * taken the file in, a plain word that LEAD Guard cannot remove it. Built with DOM APIs only.
 */
import type { FlaggedPassage } from '../../documents/index';
import { t } from '../../shared/i18n';
import { UI } from '../contracts';
import { flaggedPassageItem } from '../documents/passage-item';
import { DOCUMENT_UI } from '../documents/ui-contract';
import { element } from '../ui/element';
import { onUserEvent } from '../ui/user-event';

export interface ReviewAttachment {
  name: string;
  passages: readonly FlaggedPassage[];
  /** Still in the file input it was chosen in, so the guard can take it out; else the page has it. */
  removable: boolean;
  /** Builds and downloads the corrected copy; resolves to a line telling the writer what happened. */
  download: () => Promise<string>;
}

/** Passages listed per file; the corrected copy replaces them all. */
const LISTED_PASSAGES = 10;

export const FILES_STYLE = `
[data-lg-review] section { margin: 0 0 16px; }
[data-lg-review] h3 { font-size: 15px; margin: 0 0 6px; overflow-wrap: anywhere; }
[data-lg-review] .where { font-weight: 600; }
[data-lg-review] .file-passage { display: block; margin-top: 4px; font-style: italic; }
[data-lg-review] .taken { padding: 6px 10px; background: #fff4e5; border-radius: 4px; }
[data-lg-review] .status { min-height: 1em; margin: 6px 0 0; font-size: 13px; color: #444; }
`;

let nextId = 0;

export function attachmentSection(doc: Document, attachment: ReviewAttachment): HTMLElement {
  const id = `lg-review-file-${++nextId}`;
  const section = element(doc, 'section');
  section.setAttribute(UI.reviewFileAttr, attachment.name);
  section.setAttribute('aria-labelledby', id);
  const heading = element(doc, 'h3', t('reviewFileHeading', attachment.name));
  heading.id = id;
  const list = element(doc, 'ul');
  for (const passage of attachment.passages.slice(0, LISTED_PASSAGES))
    list.append(flaggedPassageItem(doc, passage, 'file-passage'));
  const unlisted = attachment.passages.length - LISTED_PASSAGES;
  const more = unlisted > 0 ? element(doc, 'p', t('noticeMore', unlisted, attachment.passages.length)) : null;
  const taken = attachment.removable ? null : element(doc, 'p', t('reviewFileTaken'), 'taken');
  const status = element(doc, 'p', '', 'status');
  status.setAttribute('role', 'status');
  const download = element(doc, 'button', t('noticeDownload'));
  download.type = 'button';
  download.setAttribute(UI.actionAttr, DOCUMENT_UI.download);
  // Only the writer's own click downloads (see ui/user-event.ts); the dialog stays open.
  onUserEvent(download, 'click', () => {
    download.disabled = true;
    status.textContent = t('noticePreparing');
    void attachment.download().then((line) => {
      status.textContent = line;
      download.disabled = false;
    });
  });
  section.append(...[heading, list, more, taken, download, status].filter((part) => part !== null));
  return section;
}
