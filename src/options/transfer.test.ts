import { describe, expect, test } from 'vitest';
import { defaults } from '../shared/settings';
import { SETTINGS_VERSION } from '../shared/settings-migrations';
import { resolveSettings } from '../shared/settings-resolve';
import { EXPORT_FORMAT, exportSettings, parseImport } from './transfer';

describe('exportSettings', () => {
  test('writes every setting the user controls, never the locked ones', () => {
    const loaded = resolveSettings(
      { version: SETTINGS_VERSION, level: 'strict' },
      { wording: 'Per policy.' },
    );
    const file = exportSettings(loaded);
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(SETTINGS_VERSION);
    expect(file.settings.level).toBe('strict');
    expect(file.settings).not.toHaveProperty('wording');
    expect(Object.keys(file.settings)).toHaveLength(Object.keys(defaults).length - 1);
  });

  test('round-trips through parseImport', () => {
    const loaded = resolveSettings({ version: SETTINGS_VERSION, extraPhrases: ['bench warrant'] }, {});
    const result = parseImport(JSON.stringify(exportSettings(loaded)), []);
    expect(result).toEqual({ ok: true, values: loaded.settings, skippedLocked: [] });
  });
});

describe('parseImport', () => {
  test.each([
    ['not JSON', '{level: strict', { ok: false, reason: 'notJson' }],
    ['an array', '[1,2]', { ok: false, reason: 'notSettings' }],
    ['an empty object', '{}', { ok: false, reason: 'notSettings' }],
    [
      'a wrapper without settings',
      `{"format":"${EXPORT_FORMAT}","version":2}`,
      { ok: false, reason: 'notSettings' },
    ],
  ])('rejects %s', (_name, text, expected) => {
    expect(parseImport(text, [])).toEqual(expected);
  });

  test('rejects the whole file when one value is invalid or a name is unknown', () => {
    const result = parseImport(JSON.stringify({ level: 'strict', wording: '', colour: 'red' }), []);
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === 'invalid') {
      expect(result.problems.map((problem) => problem.code)).toEqual(['empty', 'unknownSetting']);
    }
  });

  test('accepts a bare settings object and migrates an old export', () => {
    expect(parseImport('{"level":"strict"}', [])).toEqual({
      ok: true,
      values: { level: 'strict' },
      skippedLocked: [],
    });
    expect(
      parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 0, settings: { strictMode: true } }), []),
    ).toEqual({ ok: true, values: { level: 'strict' }, skippedLocked: [] });
  });

  test('skips values the organization locked', () => {
    expect(parseImport('{"level":"strict","wording":"Mine."}', ['wording'])).toEqual({
      ok: true,
      values: { level: 'strict' },
      skippedLocked: ['wording'],
    });
  });
});
