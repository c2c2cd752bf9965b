/**
 * Outlook on the web (RoosterJS editor): body `div[role=textbox]`; the quoted reply starts at `#divRplyFwdMsg` or
 * `#appendonsend` and runs to the end of the body; signatures sit in `#Signature`.
 */
import type { SiteAdapter } from '../contracts';
import { ancestorContaining, attributeValues, elementOf, emailsIn, isSearchBox } from './shared';

const HOSTS = ['outlook.office.com', 'outlook.live.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];
const SEND =
  'button[aria-label="Send"], button[title="Send"], button[aria-label^="Send "], button[title^="Send "]';
const QUOTE_START = '#divRplyFwdMsg, #appendonsend';
const EXCLUDED = '#divRplyFwdMsg, #appendonsend, #Signature, #signature, blockquote[type=cite]';

function editorRootOf(element: Element): Element | null {
  return element.closest('[role=textbox], [contenteditable=true], [contenteditable=""]');
}

export const outlook: SiteAdapter = {
  name: 'outlook',
  matches: (location) =>
    HOSTS.some((host) => location.hostname === host || location.hostname.endsWith(`.${host}`)),
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
    return ancestorContaining(element, SEND) ?? element.closest('form');
  },
  isSendControl(element, composeRoot) {
    const button = element.closest(SEND);
    return button !== null && composeRoot.contains(button);
  },
  recipients(composeRoot) {
    return emailsIn(
      attributeValues(
        composeRoot,
        '[role=listbox] [role=option], [role=listitem] span[title], [data-lpc-hover-target] span[title], span[title*="@"], input[type=email]',
        ['title', 'aria-label'],
      ),
    );
  },
  extraFields(composeRoot) {
    return [
      ...composeRoot.querySelectorAll<HTMLElement>(
        'input[aria-label*="subject" i], input[placeholder*="subject" i]',
      ),
    ];
  },
};
