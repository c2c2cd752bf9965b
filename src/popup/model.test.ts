import { describe, expect, test } from 'vitest';
import type { TabFinding } from '../shared/messages';
import { groupByField, guardableHost, togglePausedSite } from './model';

const finding = (frameId: number, fieldId: string, start: number): TabFinding => ({
  id: `${fieldId}:${start}`,
  frameId,
  fieldId,
  fieldLabel: `Field ${fieldId}`,
  category: 'substance',
  severity: 'high',
  reason: 'Mentions drug use by the participant.',
  snippet: 'He used.',
});

test('groupByField keeps fields of different frames apart and keeps order', () => {
  const groups = groupByField([
    finding(0, 'a', 0),
    finding(2, 'a', 5),
    finding(0, 'b', 0),
    finding(0, 'a', 9),
  ]);
  expect(groups.map((group) => [group.key, group.findings.map((f) => f.id)])).toEqual([
    ['0/a', ['a:0', 'a:9']],
    ['2/a', ['a:5']],
    ['0/b', ['b:0']],
  ]);
});

test.each([
  ['https://mail.agency.org/inbox', 'mail.agency.org'],
  ['http://127.0.0.1:8080/form.html', '127.0.0.1'],
  ['chrome://extensions/', null],
  ['file:///tmp/a.html', null],
  [undefined, null],
  ['not a url', null],
])('guardableHost(%j) = %j', (url, expected) => {
  expect(guardableHost(url)).toBe(expected);
});

describe('togglePausedSite', () => {
  test.each([
    [[], 'mail.agency.org', true, ['mail.agency.org']],
    [['mail.agency.org'], 'mail.agency.org', true, ['mail.agency.org']],
    [['*.agency.org'], 'mail.agency.org', true, ['*.agency.org']],
    [['mail.agency.org', 'other.org'], 'mail.agency.org', false, ['other.org']],
    [['*.agency.org', 'agency.org', 'other.org'], 'mail.agency.org', false, ['other.org']],
  ])('%j, %s, pause=%s → %j', (sites, host, pause, expected) => {
    expect(togglePausedSite(sites, host, pause)).toEqual(expected);
  });
});
