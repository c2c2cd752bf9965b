import { expect, test } from 'vitest';
import { parseReport, REPORT_LIMITS } from './report';

const good = {
  id: 'f1:0',
  fieldId: 'f1',
  fieldLabel: 'Message body',
  category: 'substance',
  severity: 'high',
  reason: 'Mentions drug use by the participant.',
  snippet: 'He used meth on Friday.',
};

test('keeps well-formed findings and only their known fields', () => {
  expect(parseReport({ frameUrl: 'https://x.org', findings: [{ ...good, extra: 'dropped' }] })).toEqual([
    good,
  ]);
});

test.each([
  ['no findings list', { findings: 'x' }],
  ['not an object', 'x'],
  ['unknown category', { findings: [{ ...good, category: 'gossip' }] }],
  ['unknown severity', { findings: [{ ...good, severity: 'extreme' }] }],
  ['missing snippet', { findings: [{ ...good, snippet: undefined }] }],
  ['empty id', { findings: [{ ...good, id: '' }] }],
  ['null entry', { findings: [null] }],
])('drops malformed input: %s', (_name, payload) => {
  expect(parseReport(payload)).toEqual([]);
});

test('caps long strings and the number of findings', () => {
  const many = Array.from({ length: REPORT_LIMITS.findings + 5 }, (_, i) => ({
    ...good,
    id: `f1:${i}`,
    snippet: 'y'.repeat(999),
  }));
  const parsed = parseReport({ findings: many });
  expect(parsed).toHaveLength(REPORT_LIMITS.findings);
  expect(parsed[0]?.snippet).toHaveLength(REPORT_LIMITS.snippet);
  expect(parsed[0]?.snippet.endsWith('…')).toBe(true);
});
