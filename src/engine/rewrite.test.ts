import { describe, expect, test } from 'vitest';
import { createAnalyzer } from './analyzer';
import { applyEdits, rewrite } from './rewrite';
import { keywordClassifier } from './testing/keyword-classifier';
import { DEFAULT_WORDING, type Finding } from './types';

const analyzer = createAnalyzer({ classify: keywordClassifier(['meth', 'cited']) });
const W = DEFAULT_WORDING;

function fix(text: string): string {
  const result = rewrite(text, analyzer.analyze(text));
  expect(applyEdits(text, result.edits)).toBe(result.text);
  return result.text;
}

describe('rewrite', () => {
  test.each([
    [
      'one flagged sentence in the middle',
      'Met Tuesday. He used meth. Goals next.',
      `Met Tuesday. ${W} Goals next.`,
    ],
    ['first sentence', 'He used meth. Goals next.', `${W} Goals next.`],
    ['last sentence', 'Met Tuesday. He used meth.', `Met Tuesday. ${W}`],
    [
      'two in one paragraph: wording once',
      'A ok. Used meth. B ok. More meth. C ok.',
      `A ok. ${W} B ok. C ok.`,
    ],
    ['adjacent flagged sentences', 'A ok. Used meth. More meth. C ok.', `A ok. ${W} C ok.`],
    ['whole paragraph flagged', 'meth one. meth two.', W],
    ['paragraph already says it', `${W} He used meth. Goals next.`, `${W} Goals next.`],
    [
      'already says it across a soft wrap',
      `There is nothing helpful\nto report at this time. Used meth.`,
      `There is nothing helpful\nto report at this time.`,
    ],
    [
      'each paragraph gets its own wording',
      'Used meth. Fine.\n\nFine too. More meth.',
      `${W} Fine.\n\nFine too. ${W}`,
    ],
    [
      'clean paragraphs untouched',
      'Fine.\n\n  Indented  spacing  kept.\n\nmeth.',
      `Fine.\n\n  Indented  spacing  kept.\n\n${W}`,
    ],
    ['CRLF kept', 'Hi,\r\nHe used meth.\r\nThanks.\r\n', `Hi,\r\n${W}\r\nThanks.\r\n`],
    [
      'line-first removal keeps the next line intact',
      'Hi.\r\nmeth one.\r\n  meth two.\r\n  Bye.',
      `Hi.\r\n${W}\r\n  Bye.`,
    ],
    [
      'mid-line sentence before a line break',
      'Hi. Used meth.\nBye. More meth.\n\nX.',
      `Hi. ${W}\nBye.\n\nX.`,
    ],
    ['list item keeps its marker', '- met twice\n- used meth\n- enrolled', `- met twice\n- ${W}\n- enrolled`],
    [
      'a line typed without a full stop is replaced alone',
      'quick one re tasha\nshe used meth on friday\nanyway her ID came',
      `quick one re tasha\n${W}\nanyway her ID came`,
    ],
    ['second flagged item removed with its line', '- meth a\n- ok\n- meth b\n- fine', `- ${W}\n- ok\n- fine`],
    [
      'last item removed without an empty bullet',
      '- ok\n- meth a\n- meth b\n\nNext.',
      `- ok\n- ${W}\n\nNext.`,
    ],
    [
      'a bare marker line is left alone',
      '- ok\n-\n- meth a\n- meth b\n-\n- fine',
      `- ok\n-\n- ${W}\n-\n- fine`,
    ],
    ['a bare marker line before a last removed item', '- meth a\n- ok\n-\n- meth b', `- ${W}\n- ok\n-`],
    ['numbered items', '1. ok\r\n2. cited Friday\r\n3. meth\r\n', `1. ok\r\n2. ${W}\r\n`],
    ['soft-wrapped sentence replaced whole', 'He was\ncited for camping. Fine.', `${W} Fine.`],
    ['emoji around', '😀 meth. 😀 ok.', `${W} 😀 ok.`],
  ])('%s', (_name, text, expected) => {
    expect(fix(text)).toBe(expected);
  });

  test('edits are minimal, sorted and non-overlapping', () => {
    const text = 'Met. Used meth. Bye.\n\nHi. More meth.';
    const { edits } = rewrite(text, analyzer.analyze(text));
    expect(edits).toEqual([
      { start: 5, end: 15, insert: W },
      { start: 26, end: 36, insert: W },
    ]);
  });

  test('a subset of findings replaces only those passages', () => {
    const text = 'meth one. Ok. More meth.';
    const [first] = analyzer.analyze(text);
    expect(first).toBeDefined();
    expect(rewrite(text, first ? [first] : []).text).toBe(`${W} Ok. More meth.`);
  });

  test.each<[string, Partial<Finding>]>([
    ['out of bounds', { start: 5, end: 500 }],
    ['negative', { start: -3, end: 4 }],
    ['empty', { start: 4, end: 4 }],
    ['not a segment (stale)', { start: 1, end: 6 }],
  ])('ignores a finding that is %s', (_name, range) => {
    const text = 'He used meth. Fine.';
    const [finding] = analyzer.analyze(text);
    if (finding === undefined) throw new Error('expected a finding');
    expect(rewrite(text, [{ ...finding, ...range }])).toEqual({ text, edits: [] });
  });

  test('uses the configured wording', () => {
    const text = 'Fine. Used meth.';
    expect(rewrite(text, analyzer.analyze(text), { wording: 'No update.' }).text).toBe('Fine. No update.');
  });
});

describe('applyEdits', () => {
  test('applies edits in any order', () => {
    expect(
      applyEdits('abcdef', [
        { start: 4, end: 5, insert: 'E' },
        { start: 0, end: 1, insert: '' },
      ]),
    ).toBe('bcdEf');
  });

  test.each([
    [
      'overlapping',
      [
        { start: 0, end: 3, insert: '' },
        { start: 2, end: 4, insert: '' },
      ],
    ],
    ['past the end', [{ start: 2, end: 9, insert: '' }]],
    ['reversed', [{ start: 3, end: 2, insert: '' }]],
  ])('rejects %s edits', (_name, edits) => {
    expect(() => applyEdits('abcdef', edits)).toThrow(RangeError);
  });
});
