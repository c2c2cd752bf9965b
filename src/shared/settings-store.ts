/**
 * Reads and writes settings through browser storage.
 *
 * The user's values live in `storage.local` under one key, `settings` (see docs/privacy.md for why
 * not `storage.sync`: synced data leaves the machine). Only settings are stored there, never page
 * text. Organization values come from `storage.managed` and override the user's.
 */
import { browser } from './browser';
import type { SettingKey } from './settings';
import { type LoadedSettings, readUserValues, resolveSettings, toStored } from './settings-resolve';
import { type Problem, validatePartial, withoutDefaults } from './settings-schema';

export type { LoadedSettings } from './settings-resolve';

const STORAGE_KEY = 'settings';

/** Managed storage rejects when no policy is configured (Firefox) or the area is unavailable. */
async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

async function readStoredUser(): Promise<unknown> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return stored[STORAGE_KEY];
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [storedUser, managed] = await Promise.all([readStoredUser(), readManaged()]);
  return resolveSettings(storedUser, managed);
}

/** Thrown by `saveSettings` when a value is invalid or locked; nothing is written then. */
export class SettingsRejected extends Error {
  constructor(
    readonly problems: Problem[],
    readonly lockedKeys: SettingKey[],
  ) {
    super('Settings were not saved: some values are invalid or set by your organization.');
    this.name = 'SettingsRejected';
  }
}

/**
 * Validates `patch` and merges it into the user's stored values. Rejects, writing nothing, if any
 * value is invalid or locked by policy. Values equal to the default are not stored.
 */
export async function saveSettings(patch: Readonly<Record<string, unknown>>): Promise<LoadedSettings> {
  const { values, problems } = validatePartial(patch);
  const current = await loadSettings();
  const lockedKeys = current.locked.filter((key) => Object.hasOwn(patch, key));
  if (problems.length > 0 || lockedKeys.length > 0) throw new SettingsRejected(problems, lockedKeys);
  const user = withoutDefaults({ ...current.user, ...values });
  await browser.storage.local.set({ [STORAGE_KEY]: toStored(user) });
  return loadSettings();
}

/** Rewrites stored values in the current version's layout (run once after an update). */
export async function migrateStoredSettings(): Promise<void> {
  const stored = await readStoredUser();
  if (stored === undefined) return;
  await browser.storage.local.set({ [STORAGE_KEY]: toStored(readUserValues(stored)) });
}

/** Calls `onChange` with fresh settings whenever the user's or the organization's values change. */
export function watchSettings(onChange: (loaded: LoadedSettings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && Object.hasOwn(changes, STORAGE_KEY))) {
      void loadSettings().then((loaded) => {
        if (!signal.aborted) onChange(loaded);
      });
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
