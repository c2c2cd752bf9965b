/**
 * Outlook on the web (RoosterJS editor): body `div[role=textbox]`; the quoted reply starts at `#divRplyFwdMsg` or
 * `#appendonsend` and runs to the end of the body; signatures sit in `#Signature`.
 */
import type { SiteAdapter } from '../contracts';
import { ancestorContaining, elementOf, isSearchBox, recipientsFrom, sendControlMatching } from './shared';

const HOSTS = ['outlook.office.com', 'outlook.live.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];
const SEND =
  'button[aria-label="Send"], button[title="Send"], button[aria-label^="Send "], button[title^="Send "]';
const QUOTE_START = '#divRplyFwdMsg, #appendonsend';
const STRUCTURE = '[role=textbox] .elementToProof, #appendonsend, #divRplyFwdMsg';
const BODY = 'div[role=textbox][aria-label="Message body"]';
const EXCLUDED = '#divRplyFwdMsg, #appendonsend, #Signature, #signature, blockquote[type=cite]';

function editorRootOf(element: Element): Element | null {
  return element.closest('[role=textbox], [contenteditable=true], [contenteditable=""]');
}

export const outlook: SiteAdapter = {
  name: 'outlook',
  // Host first, then the path of on-premises Exchange (any host, under /owa/), then structure: Outlook's
  // RoosterJS paragraphs and reply markers, or its message body beside a Send button, wherever it is hosted.
  matches: (location, doc) =>
    HOSTS.some((host) => location.hostname === host || location.hostname.endsWith(`.${host}`)) ||
    /^\/owa(\/|$)/i.test(location.pathname) ||
    doc.querySelector(STRUCTURE) !== null ||
    (doc.querySelector(BODY) !== null && doc.querySelector(SEND) !== null),
  acceptsField: (element) => !isSearchBox(element),
  isExcluded(node) {
    const element = elementOf(node);
    if (!element) return false;
    if (element.closest(EXCLUDED)) return true;
    // Everything after the quote marker is the earlier message.
    const marker = editorRootOf(element)?.querySelector(QUOTE_START);
    return marker != null && (marker.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  },
  composeRootOf(element) {
    // The nearest ancestor holding both the send button and the message body (the toolbar alone holds
    // only the button), so a Send from the button and from the body find the same compose.
    let root = ancestorContaining(element, SEND);
    while (root && !root.querySelector('[role=textbox]')) {
      root = root.parentElement ? ancestorContaining(root.parentElement, SEND) : null;
    }
    return root ?? element.closest('form');
  },
  isSendControl: sendControlMatching(SEND),
  recipients: recipientsFrom(
    '[role=listbox] [role=option], [role=listitem] span[title], [data-lpc-hover-target] span[title], span[title*="@"], input[type=email]',
    ['title', 'aria-label', 'data-email'],
  ),
  extraFields(composeRoot) {
    return [
      ...composeRoot.querySelectorAll<HTMLElement>(
        'input[aria-label*="subject" i], input[placeholder*="subject" i]',
      ),
    ];
  },
};
