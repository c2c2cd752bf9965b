import { describe, expect, test } from 'vitest';
import { lineSpecs, type TextMark } from './mirror';

const mark = (start: number, end: number): TextMark => ({ start, end, severity: 'high' });

describe('lineSpecs', () => {
  test.each([
    ['no text', '', [], []],
    ['one line, one mark', 'ab cd', [mark(3, 5)], [['ab cd', [[3, 5, 0]]]]],
    [
      'empty middle line',
      'a\n\nb',
      [],
      [
        ['a', []],
        ['', []],
        ['b', []],
      ],
    ],
    [
      'mark across a line break is clipped per line',
      'ab\ncd',
      [mark(1, 4)],
      [
        ['ab', [[1, 2, 0]]],
        ['cd', [[0, 1, 0]]],
      ],
    ],
    [
      'marks keep their index',
      'x\ny z',
      [mark(0, 1), mark(4, 5)],
      [
        ['x', [[0, 1, 0]]],
        ['y z', [[2, 3, 1]]],
      ],
    ],
  ])('%s', (_name, text, marks, expected) => {
    const specs = lineSpecs(text, marks);
    expect(specs.map((s) => [s.text, s.pieces.map((p) => [p.start, p.end, p.index])])).toEqual(expected);
  });

  test('equal lines have equal keys, so unchanged lines are reused', () => {
    const before = lineSpecs('one\ntwo\nthree', [mark(4, 7)]);
    const after = lineSpecs('one\ntwo\nthree!', [mark(4, 7)]);
    expect(before.map((s) => s.key === after[before.indexOf(s)]?.key)).toEqual([true, true, false]);
  });
});
