import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { defaults, SETTING_KEYS } from '../shared/settings';
import { FIELDS, SECTIONS, sectionHeading } from './fields';

const en: Record<string, { message: string }> = JSON.parse(
  readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
);

test('the options form edits every setting exactly once', () => {
  expect(FIELDS.map((field) => field.key).sort()).toEqual([...SETTING_KEYS].sort());
});

test.each(SETTING_KEYS)('%s has a default, a label and help text', (key) => {
  expect(defaults[key]).toBeDefined();
  expect(en[`setting_${key}`]?.message).toBeTruthy();
  expect(en[`help_${key}`]?.message).toBeTruthy();
});

test.each(SECTIONS)('section %s has a heading', (section) => {
  expect(en[sectionHeading[section]]?.message).toBeTruthy();
});
