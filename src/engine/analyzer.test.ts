import { describe, expect, test, vi } from 'vitest';
import { type Classifier, createAnalyzer } from './analyzer';
import { keywordClassifier } from './testing/keyword-classifier';
import type { EngineOptions } from './types';

describe('analyze', () => {
  test('one finding per flagged segment, with absolute offsets', () => {
    const text = 'Met Tuesday.\r\n\r\n- ok\n- 😀 used meth Friday\n\nHe used meth. Again meth.';
    const findings = createAnalyzer({ classify: keywordClassifier() }).analyze(text);
    expect(
      findings.map((f) => [text.slice(f.start, f.end), f.trigger, text.slice(f.triggerStart, f.triggerEnd)]),
    ).toEqual([
      ['😀 used meth Friday', 'meth', 'meth'],
      ['He used meth.', 'meth', 'meth'],
      ['Again meth.', 'meth', 'meth'],
    ]);
    expect(findings[0]).toMatchObject({ category: 'substance', severity: 'high', ruleId: 'test.meth' });
  });

  test('passes merged options to the classifier', () => {
    const classify = vi.fn<Classifier>(() => null);
    createAnalyzer({ classify }).analyze('One.', { level: 'strict', allowPhrases: ['x'] });
    expect(classify).toHaveBeenCalledWith('One.', {
      level: 'strict',
      extraPhrases: [],
      allowPhrases: ['x'],
      wording: 'There is nothing helpful to report at this time.',
    } satisfies EngineOptions);
  });

  test('reuses cached classifications for unchanged segments', () => {
    const classify = vi.fn(keywordClassifier());
    const analyzer = createAnalyzer({ classify });
    analyzer.analyze('One. Two. Three meth.');
    classify.mockClear();
    const findings = analyzer.analyze('One. Two! Three meth.');
    expect(classify.mock.calls.map(([sentence]) => sentence)).toEqual(['Two!']);
    expect(findings).toHaveLength(1);
  });

  test('options that change classification use a separate cache; the wording does not', () => {
    const classify = vi.fn<Classifier>(() => null);
    const analyzer = createAnalyzer({ classify });
    analyzer.analyze('One.');
    analyzer.analyze('One.', { wording: 'Other.' });
    expect(classify).toHaveBeenCalledTimes(1);
    analyzer.analyze('One.', { level: 'strict' });
    expect(classify).toHaveBeenCalledTimes(2);
  });

  test('the cache stays bounded', () => {
    const classify = vi.fn<Classifier>(() => null);
    const analyzer = createAnalyzer({ classify, cacheSize: 2 });
    analyzer.analyze('A one. B two. C three. D four. E five.');
    classify.mockClear();
    analyzer.analyze('A one.');
    expect(classify).toHaveBeenCalledTimes(1);
  });

  test('a classifier that throws leaves that segment unflagged and the rest analysed', () => {
    const flagging = keywordClassifier();
    const classify: Classifier = (sentence, options) => {
      if (sentence.includes('boom')) throw new Error('bad rule');
      return flagging(sentence, options);
    };
    const findings = createAnalyzer({ classify }).analyze('It went boom. He used meth.');
    expect(findings.map((f) => f.trigger)).toEqual(['meth']);
  });

  test.each([
    ['out of range', 50, 90, 'He used meth.'],
    ['reversed', 8, 2, 'He used meth.'],
    ['not integers', Number.NaN, 3.5, 'He used meth.'],
  ])('a trigger %s falls back to the whole segment', (_name, triggerStart, triggerEnd, expected) => {
    const classify: Classifier = () => ({
      category: 'offense',
      severity: 'low',
      ruleId: 'r',
      reason: 'r',
      triggerStart,
      triggerEnd,
    });
    const [finding] = createAnalyzer({ classify }).analyze(' He used meth. ');
    expect(finding?.trigger).toBe(expected);
  });

  test('a trigger splitting a surrogate pair is widened to whole code points', () => {
    const classify: Classifier = () => ({
      category: 'offense',
      severity: 'low',
      ruleId: 'r',
      reason: 'r',
      triggerStart: 1,
      triggerEnd: 3,
    });
    const [finding] = createAnalyzer({ classify }).analyze('😀😀 ok');
    expect(finding).toMatchObject({ triggerStart: 0, triggerEnd: 4, trigger: '😀😀' });
  });

  test('a sentence with ligatures or invisible characters is read as plain text; its finding stays on the text as written', () => {
    const classify = vi.fn(keywordClassifier());
    const text = 'Fine. He used ﬁve grams of me\u200Bth.';
    const [finding] = createAnalyzer({ classify }).analyze(text);
    expect(classify.mock.calls.map(([sentence]) => sentence)).toEqual([
      'Fine.',
      'He used five grams of meth.',
    ]);
    expect(finding).toMatchObject({ start: 6, end: text.length, trigger: 'me\u200Bth' });
  });

  test('the shipped engine flags a report pasted from a PDF with ligatures', () => {
    const text = 'He ﬂed from the officers on Tuesday.';
    const [finding] = createAnalyzer().analyze(text);
    expect(finding).toMatchObject({ category: 'whereabouts', start: 0, end: text.length });
    expect(text.slice(finding?.triggerStart, finding?.triggerEnd)).toContain('ﬂed');
  });
});
