/**
 * Import and export of settings as a JSON file. An import is all or nothing: any invalid value or
 * unknown name rejects the whole file and nothing changes. Values the organization locked are
 * neither exported nor imported.
 */
import { SETTING_KEYS, type SettingKey, type Settings } from '../shared/settings';
import { migrate, SETTINGS_VERSION } from '../shared/settings-migrations';
import type { LoadedSettings } from '../shared/settings-resolve';
import { type Problem, validatePartial } from '../shared/settings-schema';

export const EXPORT_FORMAT = 'lead-guard-settings';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  settings: Partial<Settings>;
}

export function exportSettings(loaded: LoadedSettings): ExportFile {
  const settings: Partial<Settings> = {};
  const copy = <K extends SettingKey>(key: K) => {
    if (!loaded.locked.includes(key)) settings[key] = loaded.settings[key];
  };
  for (const key of SETTING_KEYS) copy(key);
  return { format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings };
}

export type ImportResult =
  | { ok: true; values: Partial<Settings>; skippedLocked: SettingKey[] }
  | { ok: false; reason: 'notJson' | 'notSettings' }
  | { ok: false; reason: 'invalid'; problems: Problem[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses an exported file (or a bare settings object, as an administrator might write one). */
export function parseImport(text: string, locked: readonly SettingKey[]): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (!isObject(parsed)) return { ok: false, reason: 'notSettings' };
  const wrapped = parsed.format === EXPORT_FORMAT;
  const body = wrapped ? parsed.settings : parsed;
  if (!isObject(body) || Object.keys(body).length === 0) return { ok: false, reason: 'notSettings' };
  const version = wrapped ? parsed.version : body.version;
  const { values, problems } = validatePartial(migrate({ ...body, version: version ?? SETTINGS_VERSION }));
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  const skippedLocked = SETTING_KEYS.filter((key) => values[key] !== undefined && locked.includes(key));
  for (const key of skippedLocked) delete values[key];
  return { ok: true, values, skippedLocked };
}
