import { describe, expect, test } from 'vitest';
import type { Finding } from '../../engine/types';
import { analyzeInSlices, paragraphSlices } from './slices';

describe('paragraphSlices', () => {
  test.each([
    ['empty', '', 10, []],
    ['short text is one slice', 'abc', 10, [[0, 3]]],
    [
      'cuts after the blank line past the size',
      'aaaa\n\nbbbb\n\ncc',
      3,
      [
        [0, 6],
        [6, 12],
        [12, 14],
      ],
    ],
    ['no blank line: one slice', 'aaaa\nbbbb\ncccc', 3, [[0, 14]]],
  ])('%s', (_name, text, size, expected) => {
    expect(paragraphSlices(text, size)).toEqual(expected);
  });

  test('slices cover the text exactly', () => {
    const text = 'One.\n\nTwo two.\n\n\nThree.\n\nFour'.repeat(500);
    const slices = paragraphSlices(text, 100);
    expect(slices.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
  });
});

describe('analyzeInSlices', () => {
  const finder = (slice: string): Finding[] => {
    const at = slice.indexOf('bad');
    if (at === -1) return [];
    return [
      {
        start: at,
        end: at + 3,
        triggerStart: at,
        triggerEnd: at + 3,
        trigger: 'bad',
        category: 'offense',
        severity: 'high',
        reason: 'r',
        ruleId: 'x',
      },
    ];
  };

  test('offsets are relative to the whole text', async () => {
    const text = `${'ok.\n\n'.repeat(2000)}bad`;
    const findings = await analyzeInSlices(text, finder, () => false);
    expect(findings?.map((f) => text.slice(f.start, f.end))).toEqual(['bad']);
  });
});
