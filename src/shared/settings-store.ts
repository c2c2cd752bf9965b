/**
 * Reads and writes settings through browser storage. Managed (policy) values override the user's.
 */
import { browser } from './browser';
import { defaults, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get('settings');
  return { ...defaults, ...((stored.settings as Partial<Settings> | undefined) ?? {}) };
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const current = await loadSettings();
  await browser.storage.local.set({ settings: { ...current, ...patch } });
}

export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local' || area === 'managed') void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
