import { describe, expect, test } from 'vitest';
import { positionsOf, snippet } from './format';

describe('positionsOf', () => {
  test.each([
    ['LF', 'ab\ncd', 4, { line: 2, column: 2 }],
    ['CRLF', 'ab\r\ncd', 5, { line: 2, column: 2 }],
    ['lone CR', 'ab\rcd', 4, { line: 2, column: 2 }],
    ['emoji counts one column', '😀😀x', 4, { line: 1, column: 3 }],
    ['start of text', 'abc', 0, { line: 1, column: 1 }],
  ])('%s', (_name, text, offset, expected) => {
    expect(positionsOf(text, [offset])).toEqual([expected]);
  });

  test('walks the text once for ascending offsets', () => {
    expect(positionsOf('a\nb\nc', [0, 2, 4])).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
    ]);
  });
});

describe('snippet', () => {
  test('flattens line breaks and control characters', () => {
    expect(snippet('He was\r\n  cited\u0007 today.')).toBe('He was cited today.');
  });

  test('shortens past 80 code points with an ellipsis', () => {
    const long = '😀'.repeat(100);
    expect(Array.from(snippet(long))).toHaveLength(80);
    expect(snippet(long).endsWith('…')).toBe(true);
    expect(snippet('a'.repeat(80))).toBe('a'.repeat(80));
  });
});
