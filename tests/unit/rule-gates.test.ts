/**
 * The committed gates must be the ones the committed rules give: regenerating gives the same bytes, so rules and
 * gates never drift apart (after changing a rule or the lexicon, `npm run rules` and commit both). And the
 * required-word part of a gate must never keep a pattern from a sentence it matches.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readMessages, readPassages, readSentences } from '../../scripts/corpus';
import { GATES_MODULE, renderGatesModule } from '../../scripts/rule-gates';
import { normaliseSentence } from '../../src/engine/classify';
import { bounded, compilePattern } from '../../src/engine/rules/compile';
import { RULES } from '../../src/engine/rules/data';
import { requiredWordsPresent } from '../../src/engine/rules/gate';
import { ANCHOR_SETS, PATTERN_GATES } from '../../src/engine/rules/gates.generated';
import { segment } from '../../src/engine/segment';

const REGENERATE_TIMEOUT_MS = 60_000;

/** Every sentence of the labelled corpus files, as the classifier sees it, in upper case too. */
function corpusSentences(): string[] {
  const texts = [
    ...readSentences('sentences.jsonl'),
    ...readPassages('passages.jsonl'),
    ...readMessages('messages.jsonl'),
  ].map((row) => row.text);
  const sentences = texts.flatMap((text) =>
    segment(text).map((seg) => normaliseSentence(text.slice(seg.start, seg.end))),
  );
  return [...new Set([...sentences, ...sentences.map((sentence) => sentence.toUpperCase())])];
}

describe('rule gates', () => {
  test(
    'regenerating from the committed rules gives the committed gates module, byte for byte',
    () => {
      expect(
        renderGatesModule() === readFileSync(GATES_MODULE, 'utf8'),
        'a rule or the lexicon changed since the last `npm run rules`: regenerate and commit',
      ).toBe(true);
    },
    REGENERATE_TIMEOUT_MS,
  );

  test('there is one gate per pattern', () => {
    expect(PATTERN_GATES.length).toBe(RULES.flatMap((rule) => rule.patterns).length);
  });

  test('a pattern that matches a corpus sentence always has its required words there', () => {
    const sentences = corpusSentences();
    const separator = '\n\n';
    const starts: number[] = [];
    let offset = 0;
    for (const sentence of sentences) {
      starts.push(offset);
      offset += sentence.length + separator.length;
    }
    const joined = sentences.join(separator);
    const sentenceAt = (position: number): string => {
      let index = starts.findLastIndex((start) => start <= position);
      if (index < 0) index = 0;
      return sentences[index] ?? '';
    };
    const gatedOut: string[] = [];
    let matches = 0;
    RULES.flatMap((rule) => rule.patterns).forEach((pattern, index) => {
      // One scan of all sentences at once finds where to look; each hit is confirmed on its sentence alone.
      const source = bounded(compilePattern(pattern));
      const scan = new RegExp(source, 'gi');
      for (let found = scan.exec(joined); found !== null; found = scan.exec(joined)) {
        if (found[0] === '') scan.lastIndex += 1;
        const sentence = sentenceAt(found.index);
        if (!new RegExp(source, 'i').test(sentence)) continue;
        matches += 1;
        if (!requiredWordsPresent(sentence, index)) gatedOut.push(`${pattern} | ${sentence}`);
      }
    });
    expect(matches).toBeGreaterThan(500);
    expect(gatedOut).toEqual([]);
  });

  test('the trigram pre-check finds the same required words as a plain substring search', () => {
    const plain = (sentence: string, index: number): boolean => {
      const lower = sentence.toLowerCase();
      const [, ...required] = PATTERN_GATES[index] ?? [];
      return required.every((set) =>
        (ANCHOR_SETS[set] ?? '').split(' ').some((word) => lower.includes(word)),
      );
    };
    // Short, non-ASCII and anchor-dense sentences beside corpus ones: the pre-check must never skip a present word.
    const sentences = ['a', 'he', 'ok', 'Café – José’s pipe, “meth”', ...corpusSentences().slice(0, 400)];
    const disagreements: string[] = [];
    let present = 0;
    for (const sentence of sentences) {
      PATTERN_GATES.forEach((_, index) => {
        const expected = plain(sentence, index);
        if (expected) present += 1;
        if (requiredWordsPresent(sentence, index) !== expected) disagreements.push(`${index} | ${sentence}`);
      });
    }
    expect(present).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });
});
