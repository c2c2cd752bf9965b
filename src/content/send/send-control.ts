/**
 * Which control sends a field's message: the site adapter's Send in the field's compose (by structure), else
 * a control named with a send verb that shares a compose region with the field. Used for Ctrl/Cmd+Enter in a
 * field and to keep the guard's card off the Send button.
 */
import type { SiteAdapter } from '../contracts';
import { sendControlNear } from './compose-region';
import { BUTTON_LIKE } from './replay';

/** The site's own Send inside a compose root, or null. */
export function siteSendControl(adapter: SiteAdapter, composeRoot: Element): Element | null {
  return (
    [...composeRoot.querySelectorAll(BUTTON_LIKE)].find((element) =>
      adapter.isSendControl(element, composeRoot),
    ) ?? null
  );
}

/** The control that sends `field`'s message, or null when none is known. */
export function sendControlFor(
  field: Element,
  adapter: SiteAdapter,
  isSend: (control: Element) => boolean,
): Element | null {
  const siteRoot = adapter.composeRootOf(field);
  const site = siteRoot ? siteSendControl(adapter, siteRoot) : null;
  return site ?? sendControlNear(field, isSend);
}
