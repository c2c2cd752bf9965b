/**
 * Every rule regex, lowered and case-sensitive (src/engine/rules/case-fold.ts), must find exactly what the
 * case-insensitive one finds on a lowerable text: the corpus sentences in several casings, with caseless
 * characters (dashes, bullets, an emoji) mixed in.
 */
import { expect, test } from 'vitest';
import { readSentences } from '../../scripts/corpus';
import { mulberry32 } from '../../src/engine/model/rng';
import { lowerCaseSource, lowerCaseSubject } from '../../src/engine/rules/case-fold';
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

test('lowered rule regexes on the lowered text find what the case-insensitive ones find', () => {
  const text = mixedText();
  const lowered = lowerCaseSubject(text) ?? '';
  expect(lowered.length).toBe(text.length);
  const differ: string[] = [];
  let total = 0;
  for (const pattern of RULES.flatMap((rule) => rule.patterns)) {
    const source = bounded(compilePattern(pattern));
    const expected = matches(new RegExp(source, 'gi'), text);
    total += expected.length;
    if (matches(new RegExp(lowerCaseSource(source), 'g'), lowered).join() !== expected.join())
      differ.push(pattern);
  }
  expect(total).toBeGreaterThan(1000);
  expect(differ).toEqual([]);
});
