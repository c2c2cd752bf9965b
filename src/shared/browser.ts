/**
 * The one seam to the WebExtension API. Every other module imports `browser` from here, so the
 * polyfill is loaded in exactly one place and tests can substitute this module.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Scripting, Storage, Tabs } from 'webextension-polyfill';
export { browser };
