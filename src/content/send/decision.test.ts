import { describe, expect, test } from 'vitest';
import type { Finding } from '../../engine/types';
import { type AttachmentOutcome, decideAfterCheck, decideAtSend, type FieldOutcome } from './decision';

const finding: Finding = {
  start: 0,
  end: 10,
  category: 'substance',
  severity: 'high',
  trigger: 'used',
  triggerStart: 0,
  triggerEnd: 4,
  reason: 'Mentions drug use by the participant.',
  ruleId: 'substance.use',
};

describe('decideAtSend', () => {
  test.each([
    ['no fields', 'review', [], 'pass'],
    ['all clean', 'review', [[], []], 'pass'],
    ['one flagged', 'review', [[], [finding]], 'review'],
    ['one stale', 'review', [[], null], 'wait'],
    ['a stale field is waited for even when another is flagged', 'review', [null, [finding]], 'wait'],
    ['policy says no review', 'no-review', [[finding], null], 'pass'],
  ] as const)('%s', (_name, policy, current, expected) => {
    expect(decideAtSend(policy, current)).toBe(expected);
  });

  test.each<
    [string, 'review' | 'no-review', readonly (readonly Finding[] | null)[], AttachmentOutcome[], string]
  >([
    ['a clean attachment does not hold Send', 'review', [[]], ['clean'], 'pass'],
    [
      'an unreadable attachment (its notice said so) does not hold Send',
      'review',
      [[]],
      ['unreadable'],
      'pass',
    ],
    ['a flagged attachment holds Send like flagged text', 'review', [[]], ['clean', 'flagged'], 'review'],
    ['a flagged attachment with no field at all', 'review', [], ['flagged'], 'review'],
    ['a check still running is waited for', 'review', [[]], ['checking'], 'wait'],
    ['a running check is waited for even beside flagged text', 'review', [[finding]], ['checking'], 'wait'],
    [
      'a running check is waited for even beside a flagged attachment',
      'review',
      [],
      ['flagged', 'checking'],
      'wait',
    ],
    ['a failed check goes through the wait, to be reported', 'review', [[]], ['failed'], 'wait'],
    ['a stale field beside a flagged attachment', 'review', [null], ['flagged'], 'wait'],
    ['policy says no review', 'no-review', [[]], ['flagged', 'checking'], 'pass'],
  ])('%s', (_name, policy, current, attachments, expected) => {
    expect(decideAtSend(policy, current, attachments)).toBe(expected);
  });
});

describe('decideAfterCheck', () => {
  const clean: FieldOutcome = { kind: 'done', findings: [] };
  const flagged: FieldOutcome = { kind: 'done', findings: [finding] };
  const failed: FieldOutcome = { kind: 'failed' };
  test.each([
    ['nothing to check', [], 'send'],
    ['clean', [clean, clean], 'send'],
    ['flagged', [clean, flagged], 'review'],
    ['failed', [clean, failed], 'unchecked'],
    ['flagged passages are shown even if another field failed', [failed, flagged], 'review'],
  ] as const)('%s', (_name, outcomes, expected) => {
    expect(decideAfterCheck(outcomes)).toBe(expected);
  });

  test.each<[string, FieldOutcome[], AttachmentOutcome[], string]>([
    ['clean text, clean and unreadable files', [clean], ['clean', 'unreadable'], 'send'],
    ['a flagged file', [clean], ['flagged'], 'review'],
    ['a flagged file and no field', [], ['flagged'], 'review'],
    ['a check that did not finish in time', [clean], ['checking'], 'unchecked'],
    ['a check that could not run', [clean], ['failed'], 'unchecked'],
    [
      'a flagged file is shown even if another check did not finish',
      [clean],
      ['checking', 'flagged'],
      'review',
    ],
    ['flagged text is shown even if a check did not finish', [flagged], ['checking'], 'review'],
  ])('%s', (_name, outcomes, attachments, expected) => {
    expect(decideAfterCheck(outcomes, attachments)).toBe(expected);
  });
});
