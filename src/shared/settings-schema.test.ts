import { describe, expect, test } from 'vitest';
import { defaults, SETTING_KEYS, type SettingKey } from './settings';
import { LIMITS, validatePartial, validateSetting, withoutDefaults } from './settings-schema';

const long = (length: number) => 'x'.repeat(length);

describe('every default is valid and unchanged by validation', () => {
  test.each(SETTING_KEYS)('%s', (key) => {
    expect(validateSetting(key, defaults[key])).toEqual({ ok: true, value: defaults[key] });
  });
});

describe('invalid values are rejected with a named problem', () => {
  test.each<[SettingKey, unknown, string, string[]]>([
    ['level', 'lenient', 'notLevel', []],
    ['level', undefined, 'notLevel', []],
    ['wording', 42, 'notText', []],
    ['wording', '   ', 'empty', []],
    ['wording', long(LIMITS.textLength + 1), 'tooLong', ['301', '300']],
    ['extraPhrases', 'bench warrant', 'notList', []],
    ['extraPhrases', ['ok', 7], 'entryNotText', ['2']],
    ['allowPhrases', [long(301)], 'entryTooLong', ['1', '301', '300']],
    [
      'allowPhrases',
      Array.from({ length: LIMITS.listEntries + 1 }, (_, i) => `p${i}`),
      'tooManyEntries',
      ['501', '500'],
    ],
    ['pausedSites', ['https://mail.agency.org/'], 'notDomain', ['https://mail.agency.org/']],
    ['reviewDomains', ['courts gov'], 'notDomain', ['courts gov']],
    ['internalDomains', ['*'], 'notDomain', ['*']],
    ['reviewAll', 'yes', 'notSwitch', []],
    ['sendVerbs', 'Send', 'notList', []],
    ['sendVerbs', ['Send', 3], 'entryNotText', ['2']],
    ['templates', {}, 'notList', []],
    ['templates', [{ title: 'A' }], 'templateShape', ['1']],
    ['templates', [{ title: ' ', body: 'x' }], 'templateTitleEmpty', ['1']],
    ['templates', [{ title: long(101), body: 'x' }], 'templateTitleTooLong', ['1', '101', '100']],
    [
      'templates',
      [
        { title: 'A', body: 'x' },
        { title: 'B', body: '\n' },
      ],
      'templateBodyEmpty',
      ['2'],
    ],
    ['templates', [{ title: 'A', body: long(10_001) }], 'templateBodyTooLong', ['1', '10001', '10000']],
  ])('%s = %j → %s', (key, value, code, subs) => {
    const result = validateSetting(key, value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ key, code, subs });
  });
});

describe('valid values are normalized', () => {
  test.each<[SettingKey, unknown, unknown]>([
    ['wording', '  Nothing to report.  ', 'Nothing to report.'],
    [
      'extraPhrases',
      ['  bench   warrant ', '', 'bench warrant', 'missed curfew'],
      ['bench warrant', 'missed curfew'],
    ],
    ['reviewDomains', ['@Courts.WA.gov', 'courts.wa.gov', ' '], ['courts.wa.gov']],
    [
      'templates',
      [{ title: ' Progress ', body: 'Line 1\n', id: 'x' }],
      [{ title: 'Progress', body: 'Line 1\n' }],
    ],
    ['level', 'strict', 'strict'],
    ['reviewAll', false, false],
  ])('%s = %j → %j', (key, value, expected) => {
    expect(validateSetting(key, value)).toEqual({ ok: true, value: expected });
  });
});

test('validatePartial keeps valid values and reports unknown names and invalid values', () => {
  expect(validatePartial({ level: 'strict', wording: '', colour: 'red' })).toEqual({
    values: { level: 'strict' },
    problems: [
      { key: 'wording', code: 'empty', subs: [] },
      { key: null, code: 'unknownSetting', subs: ['colour'] },
    ],
  });
});

test('withoutDefaults keeps only what differs from the defaults', () => {
  expect(
    withoutDefaults({ level: 'standard', wording: 'Other.', reviewDomains: [...defaults.reviewDomains] }),
  ).toEqual({ wording: 'Other.' });
});
