import { beforeEach, describe, expect, test, vi } from 'vitest';
import { SETTINGS_VERSION } from './settings-migrations';

const local = new Map<string, unknown>();
let managed: Record<string, unknown> | Error = {};

vi.mock('./browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (local.has(key) ? { [key]: local.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) local.set(key, structuredClone(value));
        },
      },
      managed: {
        get: async () => {
          if (managed instanceof Error) throw managed;
          return managed;
        },
      },
    },
  },
}));

const { loadSettings, saveSettings, SettingsRejected, migrateStoredSettings } = await import(
  './settings-store'
);

beforeEach(() => {
  local.clear();
  managed = {};
});

describe('loadSettings', () => {
  test('survives a browser without managed storage (Firefox without a policy)', async () => {
    managed = new Error('Managed storage manifest not found');
    expect((await loadSettings()).locked).toEqual([]);
  });

  test('applies and locks policy values', async () => {
    managed = { level: 'strict' };
    const loaded = await loadSettings();
    expect(loaded.settings.level).toBe('strict');
    expect(loaded.locked).toEqual(['level']);
  });
});

describe('saveSettings', () => {
  test('stores only what differs from the defaults, with the version', async () => {
    await saveSettings({ level: 'strict', reviewAll: true });
    expect(local.get('settings')).toEqual({ level: 'strict', version: SETTINGS_VERSION });
    await saveSettings({ level: 'standard' });
    expect(local.get('settings')).toEqual({ version: SETTINGS_VERSION });
  });

  test.each([
    ['an invalid value', { wording: '' }, {}],
    ['an unknown name', { colour: 'red' }, {}],
    ['a locked key', { level: 'strict' }, { level: 'standard' }],
  ])('rejects %s and writes nothing', async (_name, patch, policy) => {
    managed = policy;
    await expect(saveSettings(patch)).rejects.toBeInstanceOf(SettingsRejected);
    expect(local.has('settings')).toBe(false);
  });
});

test('migrateStoredSettings rewrites a pilot-layout object in the current layout', async () => {
  local.set('settings', { strictMode: true, approvedWording: 'Nothing to report.', playSound: true });
  await migrateStoredSettings();
  expect(local.get('settings')).toEqual({
    level: 'strict',
    wording: 'Nothing to report.',
    version: SETTINGS_VERSION,
  });
});
