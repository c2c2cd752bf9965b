/**
 * Gmail compose (see research.md): body is `div[contenteditable][role=textbox][g_editable]`; a hidden decoy
 * `textarea.Ak[form=nosend]` carries the same label; quoted text and signatures are not the writer's words.
 */
import type { SiteAdapter } from '../contracts';
import { ancestorContaining, elementOf, isSearchBox, recipientsFrom, sendControlMatching } from './shared';

/** Send is a `[role=button]` whose tooltip starts with "Send"; `T-I aoO` is the long-stable structural class. */
const SEND = '[role=button][data-tooltip^="Send"], [role=button].T-I.aoO';
const EXCLUDED = '.gmail_quote, .gmail_signature, .gmail_extra, blockquote[type=cite]';

export const gmail: SiteAdapter = {
  name: 'gmail',
  // Host first, then structure: Gmail's editable body carries the non-standard `g_editable` attribute.
  matches: (location, doc) =>
    location.hostname === 'mail.google.com' || doc.querySelector('[g_editable]') !== null,
  acceptsField(element) {
    const decoy =
      element instanceof HTMLTextAreaElement &&
      (element.classList.contains('Ak') || element.getAttribute('form') === 'nosend');
    if (decoy) return false;
    return !isSearchBox(element);
  },
  isExcluded(node) {
    return elementOf(node)?.closest(EXCLUDED) != null;
  },
  composeRootOf(element) {
    return element.closest('[role=dialog]') ?? ancestorContaining(element, SEND);
  },
  isSendControl: sendControlMatching(SEND),
  recipients: recipientsFrom(
    '[role=option][data-hovercard-id], [role=option][data-name], [email], textarea[name=to], textarea[name=cc], textarea[name=bcc], input[name=to], input[name=cc], input[name=bcc]',
    ['data-hovercard-id', 'data-name', 'email'],
  ),
  extraFields(composeRoot) {
    return [...composeRoot.querySelectorAll<HTMLElement>('input[name=subjectbox]')];
  },
};
