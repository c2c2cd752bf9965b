import { expect, test } from 'vitest';
import { RecentCache } from './recent-cache';

test('keeps at least the most recent `capacity` entries and forgets older ones', () => {
  const cache = new RecentCache<string, number>(2);
  for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) cache.set(key, i);
  expect([cache.get('d'), cache.get('e')]).toEqual([3, 4]);
  expect([cache.get('a'), cache.get('b')]).toEqual([undefined, undefined]);
});

test('a hit in the older generation survives the next rollover', () => {
  const cache = new RecentCache<string, number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  cache.set('c', 3);
  expect(cache.get('a')).toBe(1);
  cache.set('d', 4);
  cache.set('e', 5);
  expect(cache.get('a')).toBe(1);
});

test('capacity 0 caches nothing', () => {
  const cache = new RecentCache<string, number>(0);
  cache.set('a', 1);
  expect(cache.get('a')).toBeUndefined();
});
