import { expect, test } from 'vitest';
import type { FindingSummary } from '../shared/messages';
import { frameKey, type SessionArea, TabFindingsStore, tabFindings } from './tab-findings';

const finding = (id: string): FindingSummary => ({
  id,
  fieldId: id.split(':')[0] ?? id,
  fieldLabel: 'Message body',
  category: 'offense',
  severity: 'high',
  reason: 'Mentions a new arrest.',
  snippet: 'He was arrested.',
});

/** An in-memory stand-in for `storage.session` with the calls the store uses. */
function memoryArea(): SessionArea {
  const data = new Map<string, unknown>();
  return {
    get: async () => Object.fromEntries(data),
    set: async (items: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(items)) data.set(key, value);
    },
    remove: async (keys: string | string[]) => {
      for (const key of [keys].flat()) data.delete(key);
    },
  };
}

test('tabFindings flattens one tab, top frame first, with frame ids', () => {
  const snapshot = {
    [frameKey(1, 7)]: [finding('b:0')],
    [frameKey(1, 0)]: [finding('a:0'), finding('a:9')],
    [frameKey(11, 0)]: [finding('other:0')],
    unrelated: 1,
  };
  expect(tabFindings(snapshot, 1).map((f) => [f.frameId, f.id])).toEqual([
    [0, 'a:0'],
    [0, 'a:9'],
    [7, 'b:0'],
  ]);
});

test('reports replace a frame, an empty report clears it, clearTab forgets only that tab', async () => {
  const store = new TabFindingsStore(memoryArea());
  expect(await store.report(1, 0, [finding('a:0'), finding('a:5')])).toBe(2);
  expect(await store.report(1, 3, [finding('b:0')])).toBe(3);
  expect(await store.report(2, 0, [finding('c:0')])).toBe(1);
  expect(await store.report(1, 0, [finding('a:5')])).toBe(2);
  expect(await store.report(1, 3, [])).toBe(1);
  await store.clearTab(1);
  expect(await store.get(1)).toEqual([]);
  expect((await store.get(2)).map((f) => f.id)).toEqual(['c:0']);
});
