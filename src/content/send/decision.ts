/**
 * What to do with a Send, from plain data. Pure: unit-tested.
 */
import type { Finding } from '../../engine/types';
import type { SendPolicy } from './recipient-policy';

/**
 * At the first event of a Send, synchronously:
 * - `pass`: let the event through untouched (nothing to review, or every field and file is known clean);
 * - `review`: cancel and show the passages now (everything is checked and something has passages);
 * - `wait`: cancel and wait for analysis or a file's check that is not finished yet.
 */
export type ImmediateDecision = 'pass' | 'review' | 'wait';

/**
 * Where the check of a file attached to the message stands. `unreadable`: its text could not be read (its
 * notice already told the writer to read it themselves), which does not hold Send; `failed`: the check
 * itself could not run, so the file is as unchecked as a field whose analysis failed.
 */
export type AttachmentOutcome = 'checking' | 'clean' | 'flagged' | 'unreadable' | 'failed';

/**
 * `current` holds each field's `currentFindings()`: null while its analysis is not up to date; `attachments`
 * the outcome of each file the Send carries.
 */
export function decideAtSend(
  policy: SendPolicy,
  current: readonly (readonly Finding[] | null)[],
  attachments: readonly AttachmentOutcome[] = [],
): ImmediateDecision {
  if (policy === 'no-review') return 'pass';
  // A field not analysed yet may hold passages too: the review waits for it rather than list fewer than exist.
  // So does a file still being checked; one whose check failed goes the same way, to be reported after the wait.
  if (current.some((findings) => findings === null)) return 'wait';
  if (attachments.some((outcome) => outcome === 'checking' || outcome === 'failed')) return 'wait';
  if (current.some((findings) => (findings?.length ?? 0) > 0)) return 'review';
  if (attachments.includes('flagged')) return 'review';
  return 'pass';
}

/** The outcome of waiting for one field's analysis. */
export type FieldOutcome = { kind: 'done'; findings: readonly Finding[] } | { kind: 'failed' };

/** After waiting: send now, show the passages, or say the message could not be checked. */
export type CheckedDecision = 'send' | 'review' | 'unchecked';

/** `attachments` as they stand after the wait: a file still `checking` did not finish in time. */
export function decideAfterCheck(
  outcomes: readonly FieldOutcome[],
  attachments: readonly AttachmentOutcome[] = [],
): CheckedDecision {
  if (outcomes.some((outcome) => outcome.kind === 'done' && outcome.findings.length > 0)) return 'review';
  if (attachments.includes('flagged')) return 'review';
  if (outcomes.some((outcome) => outcome.kind === 'failed')) return 'unchecked';
  if (attachments.some((outcome) => outcome === 'checking' || outcome === 'failed')) return 'unchecked';
  return 'send';
}
