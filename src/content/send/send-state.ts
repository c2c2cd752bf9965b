/**
 * One state machine per compose window or form, so a message is never sent twice or lost: while a
 * check, the review dialog, an edit or a replay is in progress, further Sends of that compose are
 * swallowed. Pure: unit-tested.
 */
import type { CheckedDecision, ImmediateDecision } from './decision';

export type SendState = 'idle' | 'checking' | 'reviewing' | 'applying' | 'replaying';

export type ReviewChoice = 'replace-all' | 'remove-attachment' | 'send-anyway' | 'keep-editing';

export type SendInput =
  /** A Send by the writer. `alreadyCancelled`: the event was stopped before it could be judged. */
  | { type: 'attempt'; decision: ImmediateDecision; alreadyCancelled: boolean }
  | { type: 'checked'; decision: CheckedDecision }
  | { type: 'choice'; choice: ReviewChoice }
  | { type: 'applied' }
  /** The flagged attachments were taken out; `sendOn` when nothing else in the message is flagged. */
  | { type: 'removed'; sendOn: boolean }
  | { type: 'replayed' };

export type SendEffect =
  /** Let the event reach the page untouched. */
  | 'pass'
  /** Cancel the event and do nothing else. */
  | 'swallow'
  /** Cancel the event and wait for analysis. */
  | 'check'
  | 'show-review'
  | 'show-unchecked'
  /** Send the original once, as the page expects it. */
  | 'replay'
  /** Apply the approved wording to the chosen passages. */
  | 'apply'
  /** Take the flagged attachments out of the file inputs they were chosen in. */
  | 'remove'
  | 'close'
  /** Stale input (e.g. a late analysis result): nothing to do. */
  | 'none';

export interface Transition {
  state: SendState;
  effect: SendEffect;
}

function onAttempt(decision: ImmediateDecision, alreadyCancelled: boolean): Transition {
  switch (decision) {
    case 'pass':
      return alreadyCancelled ? { state: 'replaying', effect: 'replay' } : { state: 'idle', effect: 'pass' };
    case 'review':
      return { state: 'reviewing', effect: 'show-review' };
    case 'wait':
      return { state: 'checking', effect: 'check' };
  }
}

function onChecked(decision: CheckedDecision): Transition {
  switch (decision) {
    case 'send':
      return { state: 'replaying', effect: 'replay' };
    case 'review':
      return { state: 'reviewing', effect: 'show-review' };
    case 'unchecked':
      return { state: 'reviewing', effect: 'show-unchecked' };
  }
}

function onChoice(choice: ReviewChoice): Transition {
  switch (choice) {
    case 'replace-all':
      return { state: 'applying', effect: 'apply' };
    case 'remove-attachment':
      return { state: 'applying', effect: 'remove' };
    case 'send-anyway':
      return { state: 'replaying', effect: 'replay' };
    case 'keep-editing':
      return { state: 'idle', effect: 'close' };
  }
}

export function transition(state: SendState, input: SendInput): Transition {
  const stay: Transition = { state, effect: 'none' };
  switch (input.type) {
    case 'attempt':
      return state === 'idle'
        ? onAttempt(input.decision, input.alreadyCancelled)
        : { state, effect: 'swallow' };
    case 'checked':
      return state === 'checking' ? onChecked(input.decision) : stay;
    case 'choice':
      return state === 'reviewing' ? onChoice(input.choice) : stay;
    case 'applied':
      return state === 'applying' ? { state: 'idle', effect: 'none' } : stay;
    case 'removed':
      if (state !== 'applying') return stay;
      // What is left goes out only when nothing else was flagged, as after Send anyway; else back to editing.
      return input.sendOn ? { state: 'replaying', effect: 'replay' } : { state: 'idle', effect: 'none' };
    case 'replayed':
      return state === 'replaying' ? { state: 'idle', effect: 'none' } : stay;
  }
}
