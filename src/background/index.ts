/**
 * The service worker. Every listener is registered synchronously at the top level so the browser
 * can wake the worker for any of them; handlers wait for settings before acting on a message.
 * It keeps what is flagged per tab in session storage and shows the count on the badge.
 */
import { browser, type Runtime } from '../shared/browser';
import { matchesAny } from '../shared/domain-patterns';
import type { BackgroundMessages } from '../shared/messages';
import { handleMessages, sendToTab } from '../shared/messaging';
import {
  type LoadedSettings,
  loadSettings,
  migrateStoredSettings,
  saveSettings,
  watchSettings,
} from '../shared/settings-store';
import { AllowRequests } from './allow-requests';
import { showCount } from './badge';
import { COMMAND_MESSAGES } from './commands';
import { analyzeDocumentText } from './documents';
import { injectPart } from './inject-part';
import { parseReport } from './report';
import { acceptsMessage, type Self } from './senders';
import { type ReportSource, TabFindingsStore } from './tab-findings';

const self: Self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
const findings = new TabFindingsStore(browser.storage.session);
const allowRequests = new AllowRequests(browser.storage.session, {
  read: async () => (await loadSettings()).settings.allowPhrases,
  // Rejects when the organization's policy sets the list; the popup then says so.
  write: async (allowPhrases) => {
    await saveSettings({ allowPhrases });
  },
});

let settings: Promise<LoadedSettings> = loadSettings();
watchSettings((loaded) => {
  settings = Promise.resolve(loaded);
}, new AbortController().signal);

/** Chrome's `storage.session.setAccessLevel`, which the polyfill's types do not describe. */
interface AccessLevelArea {
  setAccessLevel(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
}
const hasAccessLevel = (area: object): area is AccessLevelArea =>
  typeof Reflect.get(area, 'setAccessLevel') === 'function';

/** Session storage readable by the extension's pages only, never by content scripts (Chrome's default, stated so it stays so). */
if (hasAccessLevel(browser.storage.session)) {
  void browser.storage.session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** The frame and document a report comes from (`documentId` is Chrome's; other browsers leave it out). */
function reportSource(sender: Runtime.MessageSender): ReportSource | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined) return null;
  const documentId: unknown = Reflect.get(sender, 'documentId');
  return typeof documentId === 'string' ? { tabId, frameId, documentId } : { tabId, frameId };
}

/** A document being unloaded or kept in the back/forward cache no longer shows what it reports. */
function isActiveDocument(sender: Runtime.MessageSender): boolean {
  const lifecycle: unknown = Reflect.get(sender, 'documentLifecycle');
  return lifecycle === undefined || lifecycle === 'active';
}

handleMessages<BackgroundMessages>(
  {
    'findings/report': async (payload, sender: Runtime.MessageSender) => {
      const source = reportSource(sender);
      if (source === null) throw new Error('Findings come from a tab.');
      if (!isActiveDocument(sender)) return null;
      const { settings: current } = await settings;
      const paused = matchesAny(hostOf(sender.tab?.url ?? sender.url), current.pausedSites);
      const tabId = source.tabId;
      const count = await findings.report(source, paused ? [] : parseReport(payload));
      await showCount(tabId, count);
      return null;
    },
    'findings/get': async ({ tabId }) => {
      await settings;
      if (!Number.isInteger(tabId)) throw new Error('A tab id is required.');
      return { findings: await findings.get(tabId) };
    },
    'documents/analyze': (payload) => analyzeDocumentText(payload),
    'allow/request': async ({ phrase }, sender) => {
      await settings;
      await allowRequests.request(phrase, hostOf(sender.tab?.url ?? sender.url));
      return null;
    },
    'allow/state': () => allowRequests.state(),
    'allow/confirm': async ({ phrase }) => {
      await settings;
      await allowRequests.confirm(phrase);
      return null;
    },
    'allow/dismiss': async ({ phrase }) => {
      await allowRequests.dismiss(phrase);
      return null;
    },
    'allow/undo': async ({ phrase }) => {
      await settings;
      await allowRequests.undo(phrase);
      return null;
    },
    'parts/inject': ({ part }, sender) => injectPart(part, sender, browser.scripting),
  },
  (sender, type) => acceptsMessage(sender, type, self),
);

/** A new document in the tab: what was flagged on the old one no longer exists. */
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void findings.clearTab(tabId).then(() => showCount(tabId, 0));
});
browser.tabs.onRemoved.addListener((tabId) => void findings.clearTab(tabId));
browser.tabs.onReplaced.addListener((_added, removed) => void findings.clearTab(removed));

browser.commands.onCommand.addListener((command, tab) => {
  const type = COMMAND_MESSAGES.get(command);
  const tabId = tab?.id;
  if (type === undefined || tabId === undefined) return;
  // No frame answering (a page without a guarded field, or a browser page) is not an error.
  sendToTab(tabId, type, {}).catch(() => undefined);
});

browser.runtime.onInstalled.addListener(() => void migrateStoredSettings());
