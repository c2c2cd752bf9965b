/**
 * The popup: what is flagged in the current tab, with actions that the tab's content script
 * carries out. It re-renders when the worker's per-tab list or the settings change.
 */
import { browser, type Tabs } from '../shared/browser';
import { t, uiLanguage } from '../shared/i18n';
import type { TabFinding } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/messaging';
import { loadSettings, saveSettings, watchSettings } from '../shared/settings-store';
import { guardableHost, togglePausedSite } from './model';
import { type PopupActions, type PopupState, renderPopup } from './view';

const root = document.getElementById('app');

/**
 * The tab to review: the active tab when opened from the toolbar, or `?tab=ID` when the review is
 * opened in a window of its own (where the active tab would be the review itself).
 */
async function targetTab(): Promise<Tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab') ?? Number.NaN);
  if (Number.isInteger(requested) && requested >= 0)
    return browser.tabs.get(requested).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}
const notice = document.getElementById('notice');

/** Actions for a popup with no tab to act on (nothing is listed, so only the options link is live). */
type AllowActions = Pick<PopupActions, 'confirmAllow' | 'dismissAllow' | 'undoAllow'>;

/**
 * Answers to "Always allow" requests: the worker writes the allow-list only on these, from this page. The worker
 * keeps the requests in session storage, whose change re-renders the popup.
 */
function allowActions(say: (text: string) => void): AllowActions {
  const run = (type: 'allow/confirm' | 'allow/dismiss' | 'allow/undo') => (phrase: string) => {
    say('');
    sendToBackground(type, { phrase }).catch((error: unknown) =>
      say(error instanceof Error ? error.message : String(error)),
    );
  };
  return {
    confirmAllow: run('allow/confirm'),
    dismissAllow: run('allow/dismiss'),
    undoAllow: run('allow/undo'),
  };
}

const inert: Omit<PopupActions, keyof AllowActions> = {
  jump: () => undefined,
  replace: () => undefined,
  ignore: () => undefined,
  replaceAll: () => undefined,
  setPaused: () => undefined,
  insertTemplate: () => undefined,
  openOptions: () => void browser.runtime.openOptionsPage(),
};

async function start(main: HTMLElement, status: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLanguage();
  document.title = t('popupTitle');
  const tab = await targetTab();
  const state: PopupState = {
    host: guardableHost(tab?.url),
    engine: 'unknown',
    findings: [],
    loaded: await loadSettings(),
    allow: { requested: [], recent: [] },
  };
  const say = (text: string) => {
    status.textContent = text;
  };
  const refreshAllow = async () => {
    state.allow = await sendToBackground('allow/state', {}).catch(() => state.allow);
  };
  await refreshAllow();
  const tabId = tab?.id;
  if (tabId === undefined) {
    const actions: PopupActions = { ...inert, ...allowActions(say) };
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'session') void refreshAllow().then(() => renderPopup(main, state, actions));
    });
    renderPopup(main, state, actions);
    return;
  }

  let reads = 0;
  /** Reads the tab's list from the worker; a read overtaken by a later one is dropped, so an older list never wins. */
  const refreshFindings = async () => {
    const read = ++reads;
    try {
      const { findings } = await sendToBackground('findings/get', { tabId });
      if (read === reads) state.findings = findings;
    } catch {
      say(t('popupListUnavailable'));
    }
  };
  const refreshStatus = async () => {
    const reply = await sendToTab(tabId, 'guard/status', {}, 0).catch(() => null);
    state.engine = reply?.engine ?? 'unknown';
    state.host ??= reply?.host ? guardableHost(`https://${reply.host}/`) : null;
  };
  const render = () => renderPopup(main, state, actions);

  /** Runs a page action; `false` means the passage changed under it, a rejection that the page is gone. */
  const act = async (run: () => Promise<boolean>, after?: () => void) => {
    say('');
    try {
      if (await run()) after?.();
      else say(t('popupActionFailed'));
    } catch {
      say(t('popupPageUnreachable'));
    }
    await refreshFindings();
    render();
  };
  const onPassage = (type: 'guard/replace' | 'guard/ignore') => (finding: TabFinding) =>
    act(() => sendToTab(tabId, type, { id: finding.id }, finding.frameId));

  const actions: PopupActions = {
    ...allowActions(say),
    jump: (finding) =>
      void act(
        () => sendToTab(tabId, 'guard/jump', { id: finding.id }, finding.frameId),
        // The passage is selected in the page; close so the writer can go on typing there.
        () => window.close(),
      ),
    replace: (finding) => void onPassage('guard/replace')(finding),
    ignore: (finding) => void onPassage('guard/ignore')(finding),
    replaceAll: (group) =>
      void act(() => sendToTab(tabId, 'guard/replace-all', { fieldId: group.fieldId }, group.frameId)),
    setPaused: (paused) => {
      const host = state.host;
      if (host === null) return;
      const pausedSites = togglePausedSite(state.loaded.settings.pausedSites, host, paused);
      saveSettings({ pausedSites }).then(
        (loaded) => {
          state.loaded = loaded;
          render();
        },
        (error: unknown) => say(error instanceof Error ? error.message : String(error)),
      );
    },
    openOptions: () => void browser.runtime.openOptionsPage().then(() => window.close()),
    insertTemplate: () => {
      say('');
      // Only a frame whose field has focus answers; no answer means the writer is not in a field.
      sendToTab(tabId, 'templates/open', {}).then(
        (opened) => (opened ? window.close() : say(t('popupTemplateNoField'))),
        () => say(t('popupTemplateNoField')),
      );
    },
  };

  // Listen before the first read: a report that lands while the popup opens must still show.
  let ready = false;
  const renderWhenReady = () => {
    if (ready) render();
  };
  // The worker rewrites the tab's entries in session storage whenever the page reports.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'session') void Promise.all([refreshFindings(), refreshAllow()]).then(renderWhenReady);
  });
  watchSettings((loaded) => {
    state.loaded = loaded;
    void refreshStatus().then(renderWhenReady);
  }, new AbortController().signal);

  await Promise.all([refreshFindings(), refreshStatus()]);
  ready = true;
  render();
}

if (root && notice) void start(root, notice);
