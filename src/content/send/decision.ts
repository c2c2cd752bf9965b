/**
 * What to do with a Send, from plain data. Pure: unit-tested.
 */
import type { Finding } from '../../engine/types';
import type { SendPolicy } from './recipient-policy';

/**
 * At the first event of a Send, synchronously:
 * - `pass`: let the event through untouched (nothing to review, or every field is known clean);
 * - `review`: cancel and show the passages now (every field is analysed and one has passages);
 * - `wait`: cancel and wait for analysis that is not up to date yet.
 */
export type ImmediateDecision = 'pass' | 'review' | 'wait';

/** `current` holds each field's `currentFindings()`: null while its analysis is not up to date. */
export function decideAtSend(
  policy: SendPolicy,
  current: readonly (readonly Finding[] | null)[],
): ImmediateDecision {
  if (policy === 'no-review') return 'pass';
  // A field not analysed yet may hold passages too: the review waits for it rather than list fewer than exist.
  if (current.some((findings) => findings === null)) return 'wait';
  if (current.some((findings) => (findings?.length ?? 0) > 0)) return 'review';
  return 'pass';
}

/** The outcome of waiting for one field's analysis. */
export type FieldOutcome = { kind: 'done'; findings: readonly Finding[] } | { kind: 'failed' };

/** After waiting: send now, show the passages, or say the message could not be checked. */
export type CheckedDecision = 'send' | 'review' | 'unchecked';

export function decideAfterCheck(outcomes: readonly FieldOutcome[]): CheckedDecision {
  if (outcomes.some((outcome) => outcome.kind === 'done' && outcome.findings.length > 0)) return 'review';
  if (outcomes.some((outcome) => outcome.kind === 'failed')) return 'unchecked';
  return 'send';
}
