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
  expect(await store.report({ tabId: 1, frameId: 0 }, [finding('a:0'), finding('a:5')])).toBe(2);
  expect(await store.report({ tabId: 1, frameId: 3 }, [finding('b:0')])).toBe(3);
  expect(await store.report({ tabId: 2, frameId: 0 }, [finding('c:0')])).toBe(1);
  expect(await store.report({ tabId: 1, frameId: 0 }, [finding('a:5')])).toBe(2);
  expect(await store.report({ tabId: 1, frameId: 3 }, [])).toBe(1);
  await store.clearTab(1);
  expect(await store.get(1)).toEqual([]);
  expect((await store.get(2)).map((f) => f.id)).toEqual(['c:0']);
});

test('a report from a document the tab has left never brings its findings back', async () => {
  const store = new TabFindingsStore(memoryArea());
  const page = { tabId: 1, frameId: 0, documentId: 'doc-a' };
  await store.report(page, [finding('a:0')]);
  await store.clearTab(1);
  // The old page's last report, delivered after the navigation was seen.
  expect(await store.report(page, [finding('a:0')])).toBe(0);
  expect(await store.get(1)).toEqual([]);
  // The new document in the same frame reports as usual.
  expect(await store.report({ ...page, documentId: 'doc-b' }, [finding('b:0')])).toBe(1);
});

test('a clear that arrives while a report is being written runs after it, so nothing is left behind', async () => {
  const area = memoryArea();
  let releaseWrite: () => void = () => undefined;
  const slowArea: SessionArea = {
    ...area,
    set: async (items) => {
      await new Promise<void>((resolve) => {
        releaseWrite = resolve;
      });
      await area.set(items);
    },
  };
  const store = new TabFindingsStore(slowArea);
  const reported = store.report({ tabId: 1, frameId: 0, documentId: 'doc-a' }, [finding('a:0')]);
  const cleared = store.clearTab(1);
  await Promise.resolve();
  releaseWrite();
  await Promise.all([reported, cleared]);
  expect(await store.get(1)).toEqual([]);
});
