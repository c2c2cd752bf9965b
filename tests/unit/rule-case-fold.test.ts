/**
 * Every rule regex source must be written in lower case, and compiled without `i` must find on a lowered text
 * exactly what it finds with `i` on the text itself (src/engine/rules/case-fold.ts): here the corpus sentences in
 * several casings, with caseless characters (dashes, bullets, an emoji) mixed in.
 */
import { expect, test } from 'vitest';
import { readSentences } from '../../scripts/corpus';
import { mulberry32 } from '../../src/engine/model/rng';
import { isLowerCaseSource, lowerCaseSubject } from '../../src/engine/rules/case-fold';
import { bounded, compilePattern } from '../../src/engine/rules/compile';
import { RULES } from '../../src/engine/rules/data';

const CASELESS = ['—', '–', '•', '…', '😀', '№', '·'];

function mixedText(): string {
  const random = mulberry32(7);
  const sentences = readSentences('sentences.jsonl').map((row) => row.text);
  const variants = sentences.flatMap((sentence) => {
    const mixed = [...sentence]
      .map((char) => (random() < 0.3 ? char.toUpperCase() : char))
      .map((char) => (char === ' ' && random() < 0.05 ? ` ${CASELESS[Math.floor(random() * 7)]} ` : char))
      .join('');
    return [sentence, sentence.toUpperCase(), mixed];
  });
  // Only lowerable sentences: the others run the case-insensitive regex itself.
  return variants.filter((sentence) => lowerCaseSubject(sentence) !== null).join('\n');
}

function matches(regex: RegExp, text: string): string[] {
  const found: string[] = [];
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0] === '') regex.lastIndex += 1;
    found.push(`${match.index}+${match[0].length}`);
  }
  return found;
}

const SOURCES = RULES.flatMap((rule) => rule.patterns).map((pattern) => bounded(compilePattern(pattern)));

test('every rule regex source is written in lower case', () => {
  expect(SOURCES.filter((source) => !isLowerCaseSource(source))).toEqual([]);
});

test('without `i` on the lowered text, rule regexes find what they find with `i` on the text', () => {
  const text = mixedText();
  const lowered = lowerCaseSubject(text) ?? '';
  expect(lowered.length).toBe(text.length);
  const differ: string[] = [];
  let total = 0;
  for (const source of SOURCES) {
    const expected = matches(new RegExp(source, 'gi'), text);
    total += expected.length;
    if (matches(new RegExp(source, 'g'), lowered).join() !== expected.join()) differ.push(source);
  }
  expect(total).toBeGreaterThan(1000);
  expect(differ).toEqual([]);
});
