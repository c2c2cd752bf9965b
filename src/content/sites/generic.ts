/** Any other page: forms (court e-filing portals), comment boxes and rich editors. */
import type { SiteAdapter } from '../contracts';
import { elementOf, isSearchBox, recipientsFrom } from './shared';

const SUBMIT = 'button:not([type]), button[type=submit], input[type=submit], input[type=image]';

export const generic: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  acceptsField: (element) => !isSearchBox(element),
  isExcluded: (node) => elementOf(node)?.closest('blockquote[type=cite]') != null,
  composeRootOf: (element) => element.closest('form') ?? element.closest('[role=dialog]'),
  isSendControl(element, composeRoot) {
    const control = element.closest(SUBMIT);
    if (!control) return false;
    const form =
      control instanceof HTMLButtonElement || control instanceof HTMLInputElement ? control.form : null;
    return form === composeRoot || composeRoot.contains(control);
  },
  recipients: recipientsFrom('input[type=email], input[name*=email i], input[name=to], input[name=cc]', []),
  extraFields(composeRoot) {
    return [...composeRoot.querySelectorAll<HTMLElement>('input[name*=subject i], input[id*=subject i]')];
  },
};
