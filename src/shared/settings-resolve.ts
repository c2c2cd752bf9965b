/**
 * Effective settings from what is stored: defaults, then the user's values (migrated and
 * validated; invalid ones fall back to the default), then the organization's policy values, which
 * win and lock their keys. An invalid policy value is ignored and reported, never fatal.
 */
import { defaults, SETTING_KEYS, type SettingKey, type Settings } from './settings';
import { migrate, SETTINGS_VERSION } from './settings-migrations';
import { type Problem, validatePartial, withoutDefaults } from './settings-schema';

export interface LoadedSettings {
  /** What every part of LEAD Guard uses. */
  settings: Settings;
  /** Keys the organization set: shown locked, never written by the user. */
  locked: SettingKey[];
  /** Organization values that were ignored because they are invalid. */
  policyProblems: Problem[];
  /** The user's own values that differ from the defaults (what storage holds after migration). */
  user: Partial<Settings>;
}

/** The object written to storage: the user's values and the version that wrote them. */
export type StoredSettings = Partial<Settings> & { version: number };

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};
}

/** Migrated and validated user values; unknown and invalid values are dropped. */
export function readUserValues(stored: unknown): Partial<Settings> {
  return withoutDefaults(validatePartial(migrate(asRecord(stored))).values);
}

export function toStored(user: Partial<Settings>): StoredSettings {
  return { ...user, version: SETTINGS_VERSION };
}

export function resolveSettings(storedUser: unknown, managed: unknown): LoadedSettings {
  const user = readUserValues(storedUser);
  const policy = validatePartial(asRecord(managed));
  const settings: Settings = { ...defaults, ...user, ...policy.values };
  const locked = SETTING_KEYS.filter((key) => policy.values[key] !== undefined);
  return { settings, locked, policyProblems: policy.problems, user };
}
