import { describe, expect, test } from 'vitest';
import { defaults } from './settings';
import { SETTINGS_VERSION } from './settings-migrations';
import { readUserValues, resolveSettings, toStored } from './settings-resolve';

describe('resolveSettings', () => {
  test('nothing stored and no policy: the defaults, nothing locked', () => {
    expect(resolveSettings(undefined, {})).toEqual({
      settings: defaults,
      locked: [],
      policyProblems: [],
      user: {},
    });
  });

  test('user values override defaults; policy values override both and are locked', () => {
    const loaded = resolveSettings(
      { version: SETTINGS_VERSION, wording: 'Mine.', level: 'strict' },
      { wording: 'Nothing to report per agency policy.' },
    );
    expect(loaded.settings.wording).toBe('Nothing to report per agency policy.');
    expect(loaded.settings.level).toBe('strict');
    expect(loaded.locked).toEqual(['wording']);
    expect(loaded.user).toEqual({ wording: 'Mine.', level: 'strict' });
  });

  test('invalid policy values are ignored and reported; valid ones still apply', () => {
    const loaded = resolveSettings(undefined, {
      level: 'lenient',
      reviewAll: false,
      wording: 'x'.repeat(400),
    });
    expect(loaded.settings.level).toBe('standard');
    expect(loaded.settings.wording).toBe(defaults.wording);
    expect(loaded.settings.reviewAll).toBe(false);
    expect(loaded.locked).toEqual(['reviewAll']);
    expect(loaded.policyProblems.map((problem) => [problem.key, problem.code])).toEqual([
      ['level', 'notLevel'],
      ['wording', 'tooLong'],
    ]);
  });

  test.each([null, 'garbage', 7, ['a']])(
    'a corrupt stored value (%j) falls back to the defaults',
    (stored) => {
      expect(resolveSettings(stored, stored).settings).toEqual(defaults);
    },
  );

  test('stored values from the pilot layout are migrated, invalid ones and unknown keys dropped', () => {
    expect(readUserValues({ strictMode: true, approvedWording: '', colour: 'red' })).toEqual({
      level: 'strict',
    });
  });

  test('toStored writes the current version', () => {
    expect(toStored({ level: 'strict' })).toEqual({ level: 'strict', version: SETTINGS_VERSION });
  });
});
