import { describe, expect, test } from 'vitest';
import { analyze } from '../engine/index';
import { DEFAULT_WORDING } from '../engine/types';
import { BUILT_IN_TEMPLATES } from './builtins';
import { templateCatalog, templateId } from './catalog';
import { fillTemplate, placeholdersIn } from './placeholders';

const VALUES = {
  initials: 'J.D.',
  date: 'March 3, 2026',
  'case number': '26-1-01234-5',
  recipient: 'Judge Rivera',
};

describe('built-in templates', () => {
  test.each(BUILT_IN_TEMPLATES.map((template) => [template.id, template.body] as const))(
    '%s: filled, it has no leftover placeholder and nothing flagged (both levels)',
    (_id, body) => {
      const text = fillTemplate(body, VALUES, DEFAULT_WORDING);
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(analyze(text, { level: 'standard' })).toEqual([]);
      expect(analyze(text, { level: 'strict' })).toEqual([]);
    },
  );

  test('the progress report has the four LEAD sections, each defaulting to the approved wording', () => {
    const body = BUILT_IN_TEMPLATES.find((template) => template.id === 'progress-report')?.body ?? '';
    const text = fillTemplate(body, VALUES, DEFAULT_WORDING);
    for (const heading of [
      'Engagement',
      'Progress shared per the release of information',
      'Barriers and resource limitations',
      'Prospects and interim goals',
    ]) {
      expect(text).toContain(`\n${heading}\n`);
    }
    expect(text.split(DEFAULT_WORDING)).toHaveLength(4);
  });

  test('the organization’s wording fills the sections', () => {
    const body = BUILT_IN_TEMPLATES[1]?.body ?? '';
    expect(fillTemplate(body, VALUES, 'No update at this time.')).toContain('\nNo update at this time.\n');
  });
});

describe('placeholders', () => {
  test.each([
    [
      'built-in fields, each once, wording never asked',
      '{{date}} {{ initials }} {{initials}} {{wording}}',
      ['date', 'initials'],
    ],
    ['spellings of one name', '{{Case Number}} {{case_number}} {{case-number}}', ['case number']],
    ['organization fields get a label from their name', '{{program name}}', ['program name']],
    ['not placeholders', '{{}} {single} {{ 1x }}', []],
  ])('%s', (_name, body, keys) => {
    expect(placeholdersIn(body).map((placeholder) => placeholder.key)).toEqual(keys);
  });

  test.each([
    [
      'values trimmed, names matched loosely',
      'Re: {{Case_Number}} for {{initials}}',
      { 'case number': ' 12 ', initials: 'AB' },
      'Re: 12 for AB',
    ],
    ['a field left empty leaves no braces', 'To: {{recipient}}.', {}, 'To: .'],
    ['values are inserted literally', 'Hi {{recipient}}', { recipient: '$& {{date}}' }, 'Hi $& {{date}}'],
  ])('%s', (_name, body, values, expected) => {
    expect(fillTemplate(body, values, DEFAULT_WORDING)).toBe(expected);
  });

  test('labels are what the form shows', () => {
    expect(placeholdersIn(BUILT_IN_TEMPLATES[0]?.body ?? '').map((placeholder) => placeholder.label)).toEqual(
      ['Date', 'Recipient', 'Participant initials', 'Case number'],
    );
  });
});

describe('templateCatalog', () => {
  test('organization templates are added after the built-in ones', () => {
    const catalog = templateCatalog([{ title: 'Court letter', body: 'Dear {{recipient}}' }]);
    expect(catalog.map((template) => [template.id, template.builtIn])).toEqual([
      ['assessment-confirmation', true],
      ['progress-report', true],
      ['court-letter', false],
    ]);
  });

  test('an organization template with a built-in title replaces it in place', () => {
    const catalog = templateCatalog([{ title: ' Progress REPORT ', body: 'Our own {{wording}}' }]);
    expect(catalog.map((template) => template.id)).toEqual(['assessment-confirmation', 'progress-report']);
    expect(catalog[1]).toEqual({
      id: 'progress-report',
      title: 'Progress REPORT',
      body: 'Our own {{wording}}',
      builtIn: false,
    });
  });

  test.each([
    ['Progress report', 'progress-report'],
    ['  Évaluation / confirmation ', 'évaluation-confirmation'],
    ['***', ''],
  ])('templateId(%j) = %j', (title, id) => {
    expect(templateId(title)).toBe(id);
  });
});
