import { describe, expect, test } from 'vitest';
import type { Finding } from '../../engine/types';
import { decideAfterCheck, decideAtSend, type FieldOutcome } from './decision';

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
});
