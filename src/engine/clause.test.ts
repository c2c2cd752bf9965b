import { describe, expect, test } from 'vitest';
import { createAnalyzer } from './analyzer';
import { clauseSpans, RUN_ON_LENGTH, replacementUnit } from './clause';
import { applyEdits, rewrite } from './rewrite';
import { keywordClassifier } from './testing/keyword-classifier';
import { DEFAULT_WORDING } from './types';

const W = DEFAULT_WORDING;
/** Filler clause with no trigger and no clause break inside; repeated to pass the run-on bound. */
const FILL = 'we went over the housing forms together at the office';
/** Enough filler clauses joined by `joiner` to make a run-on sentence on their own. */
function filler(joiner: string): string {
  return Array.from({ length: Math.ceil(RUN_ON_LENGTH / FILL.length) + 1 }, () => FILL).join(joiner);
}
const analyzer = createAnalyzer({ classify: keywordClassifier(['meth', 'used meth, then']) });

function unitOf(text: string, trigger: string): string {
  const at = text.indexOf(trigger);
  const unit = replacementUnit(text, { start: 0, end: text.length }, at, at + trigger.length);
  return text.slice(unit.start, unit.end);
}

describe('replacementUnit', () => {
  test.each([
    ['an ordinary sentence stays whole', 'He said he used meth on Friday, and then left.', 'meth', null],
    ['a sentence at the bound stays whole', `${'x'.repeat(RUN_ON_LENGTH - 5)} meth`, 'meth', null],
    [
      'run-on: the comma clause',
      `${filler(', ')}, he used meth again, ${filler(', ')}`,
      'meth',
      'he used meth again,',
    ],
    [
      'run-on: the semicolon clause',
      `${filler('; ')}; he used meth; ${filler('; ')}`,
      'meth',
      'he used meth;',
    ],
    [
      'run-on: cut before a conjunction',
      `${filler(' and ')} and he used meth and ${filler(' and ')}`,
      'meth',
      'and he used meth',
    ],
    ['run-on: em dash', `${filler('—')}—he used meth—${filler('—')}`, 'meth', 'he used meth—'],
    [
      'run-on: spaced en dash',
      `${filler(' – ')} – he used meth – ${filler(' – ')}`,
      'meth',
      'he used meth –',
    ],
    [
      'run-on: a time and a number are not breaks',
      `${filler(', ')}, at 10:30 he used 1,000 meth, ${FILL}`,
      'meth',
      'at 10:30 he used 1,000 meth,',
    ],
    [
      'run-on: a line that fits is the unit',
      `${filler(', ')}\nhe used meth, and left\n${filler(', ')}`,
      'meth',
      'he used meth, and left',
    ],
    [
      'run-on: a trigger across a break keeps both clauses',
      `${filler(', ')}, he used meth, then slept, ${FILL}`,
      'used meth, then',
      'he used meth, then slept,',
    ],
    [
      'run-on with no break anywhere stays whole',
      `${'x'.repeat(RUN_ON_LENGTH)} meth ${'y'.repeat(20)}`,
      'meth',
      null,
    ],
  ])('%s', (_name, text, trigger, expected) => {
    expect(unitOf(text, trigger)).toBe(expected ?? text);
  });

  test('a 26,000-character run-on is cut to the clause, never shorter than the trigger', () => {
    const text = `${'we talked about his housing, '.repeat(900)}he used meth, ${FILL}`;
    expect(text.length).toBeGreaterThan(26_000);
    expect(unitOf(text, 'meth')).toBe('he used meth,');
  });

  test('pieces are trimmed and hold every non-space character in order', () => {
    const text = `  ${filler(', ')},\r\n  second line — ok\n\n${filler('; ')}  `;
    const spans = clauseSpans(text, 0, text.length);
    const joined = spans.map((s) => text.slice(s.start, s.end)).join('');
    expect(joined.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });
});

describe('analyze and rewrite a run-on sentence', () => {
  test.each([
    [
      'the clause goes, the rest stays',
      `${filler(', ')}, he used meth, ${FILL}.`,
      `${filler(', ')}, ${W} ${FILL}.`,
    ],
    [
      'a flagged line goes with its line break',
      `${filler(', ')}\nhe used meth\n${FILL}.`,
      `${filler(', ')}\n${W}\n${FILL}.`,
    ],
    [
      'an ordinary sentence still goes whole',
      `Met Tuesday. He used meth, then left. Goals next.`,
      `Met Tuesday. ${W} Goals next.`,
    ],
  ])('%s', (_name, text, expected) => {
    const result = rewrite(text, analyzer.analyze(text));
    expect(applyEdits(text, result.edits)).toBe(result.text);
    expect(result.text).toBe(expected);
  });

  test('two flagged clauses in one paragraph: the wording once, where the first was', () => {
    // The classifier gives one hit per sentence, so two findings come from two classifiers here.
    const text = `${filler(', ')}, he used meth, ${FILL}, more meth, ${FILL}.`;
    const findings = [
      ...createAnalyzer({ classify: keywordClassifier(['he used']) }).analyze(text),
      ...createAnalyzer({ classify: keywordClassifier(['more meth']) }).analyze(text),
    ];
    expect(rewrite(text, findings).text).toBe(`${filler(', ')}, ${W} ${FILL}, ${FILL}.`);
  });

  test('a clause range from an older text is ignored', () => {
    const text = `${filler(', ')}, he used meth, ${FILL}.`;
    const [finding] = analyzer.analyze(text);
    if (finding === undefined) throw new Error('expected a finding');
    expect(rewrite(text, [{ ...finding, start: finding.start + 1 }]).edits).toEqual([]);
  });
});
