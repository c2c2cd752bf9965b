import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type SendEffect, type SendInput, type SendState, transition } from './send-state';

describe('transition', () => {
  test.each<[SendState, SendInput, SendState, SendEffect]>([
    ['idle', { type: 'attempt', decision: 'pass', alreadyCancelled: false }, 'idle', 'pass'],
    ['idle', { type: 'attempt', decision: 'pass', alreadyCancelled: true }, 'replaying', 'replay'],
    ['idle', { type: 'attempt', decision: 'review', alreadyCancelled: false }, 'reviewing', 'show-review'],
    ['idle', { type: 'attempt', decision: 'wait', alreadyCancelled: false }, 'checking', 'check'],
    ['checking', { type: 'attempt', decision: 'pass', alreadyCancelled: false }, 'checking', 'swallow'],
    ['reviewing', { type: 'attempt', decision: 'pass', alreadyCancelled: false }, 'reviewing', 'swallow'],
    ['applying', { type: 'attempt', decision: 'review', alreadyCancelled: false }, 'applying', 'swallow'],
    ['replaying', { type: 'attempt', decision: 'pass', alreadyCancelled: false }, 'replaying', 'swallow'],
    ['checking', { type: 'checked', decision: 'send' }, 'replaying', 'replay'],
    ['checking', { type: 'checked', decision: 'review' }, 'reviewing', 'show-review'],
    ['checking', { type: 'checked', decision: 'unchecked' }, 'reviewing', 'show-unchecked'],
    ['idle', { type: 'checked', decision: 'send' }, 'idle', 'none'],
    ['reviewing', { type: 'choice', choice: 'replace-all' }, 'applying', 'apply'],
    ['reviewing', { type: 'choice', choice: 'send-anyway' }, 'replaying', 'replay'],
    ['reviewing', { type: 'choice', choice: 'keep-editing' }, 'idle', 'close'],
    ['idle', { type: 'choice', choice: 'send-anyway' }, 'idle', 'none'],
    ['replaying', { type: 'choice', choice: 'send-anyway' }, 'replaying', 'none'],
    ['reviewing', { type: 'choice', choice: 'remove-attachment' }, 'applying', 'remove'],
    ['applying', { type: 'applied' }, 'idle', 'none'],
    ['applying', { type: 'removed', sendOn: true }, 'replaying', 'replay'],
    ['applying', { type: 'removed', sendOn: false }, 'idle', 'none'],
    ['reviewing', { type: 'removed', sendOn: true }, 'reviewing', 'none'],
    ['idle', { type: 'removed', sendOn: true }, 'idle', 'none'],
    ['replaying', { type: 'replayed' }, 'idle', 'none'],
    ['reviewing', { type: 'replayed' }, 'reviewing', 'none'],
  ])('%s + %o → %s / %s', (state, input, nextState, effect) => {
    expect(transition(state, input)).toEqual({ state: nextState, effect });
  });
});

describe('no lost and no duplicated send', () => {
  const input: fc.Arbitrary<SendInput> = fc.oneof(
    fc.record({
      type: fc.constant('attempt' as const),
      decision: fc.constantFrom('pass' as const, 'review' as const, 'wait' as const),
      alreadyCancelled: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('checked' as const),
      decision: fc.constantFrom('send' as const, 'review' as const, 'unchecked' as const),
    }),
    fc.record({
      type: fc.constant('choice' as const),
      choice: fc.constantFrom(
        'replace-all' as const,
        'remove-attachment' as const,
        'send-anyway' as const,
        'keep-editing' as const,
      ),
    }),
    fc.constant({ type: 'applied' as const }),
    fc.record({ type: fc.constant('removed' as const), sendOn: fc.boolean() }),
    fc.constant({ type: 'replayed' as const }),
  );

  test('each replay needs its own attempt, and nothing else runs while one is pending', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 60 }), (inputs) => {
        let state: SendState = 'idle';
        let pendingSend = false;
        for (const next of inputs) {
          const result = transition(state, next);
          if (result.effect === 'replay' || result.effect === 'pass') {
            // A send happens only when no other send of this compose is in flight.
            expect(pendingSend).toBe(false);
            pendingSend = result.effect === 'replay';
          }
          if (next.type === 'replayed' && state === 'replaying') pendingSend = false;
          if (state !== 'idle' && next.type === 'attempt') expect(result.effect).toBe('swallow');
          state = result.state;
        }
      }),
    );
  });
});
