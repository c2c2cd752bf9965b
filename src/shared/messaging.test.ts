import { beforeEach, expect, test, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string; tab?: object }) => Promise<unknown> | undefined;
const listeners: Listener[] = [];

vi.mock('./browser', () => ({
  browser: { runtime: { onMessage: { addListener: (listener: Listener) => listeners.push(listener) } } },
}));

const { handleMessages } = await import('./messaging');

interface TestMessages {
  'math/double': { payload: { n: number }; result: number };
  'math/fail': { payload: Record<string, never>; result: null };
}

beforeEach(() => {
  listeners.length = 0;
  handleMessages<TestMessages>(
    {
      'math/double': ({ n }) => n * 2,
      'math/fail': () => {
        throw new Error('Nope.');
      },
    },
    (sender, type) => sender.id === 'self' && type !== 'math/secret',
  );
});

const deliver = (message: unknown, sender = { id: 'self' }) => listeners[0]?.(message, sender);

test.each([
  ['a known message', { type: 'math/double', payload: { n: 21 } }, { ok: true, value: 42 }],
  ['a failing handler', { type: 'math/fail', payload: {} }, { ok: false, error: 'Nope.' }],
  [
    'an unknown name',
    { type: 'math/halve', payload: {} },
    { ok: false, error: 'Unknown message: math/halve' },
  ],
])('answers %s', async (_name, message, expected) => {
  expect(await deliver(message)).toEqual(expected);
});

test.each([
  ['another sender', { type: 'math/double', payload: { n: 1 } }, { id: 'other' }],
  ['a name the receiver does not accept', { type: 'math/secret', payload: {} }, { id: 'self' }],
  ['something that is not an envelope', 'math/double', { id: 'self' }],
  ['an envelope without a string type', { type: 7 }, { id: 'self' }],
])('stays silent for %s', (_name, message, sender) => {
  expect(deliver(message, sender)).toBeUndefined();
});
