import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_FEATURE_CONFIG } from './config';
import { wordCue } from './cues';
import { extractFeatures, vectorize } from './features';
import { FNV_OFFSET, fnvString } from './hash';
import { tokenize } from './tokenize';

const config = DEFAULT_FEATURE_CONFIG;

describe('features', () => {
  test('FNV-1a gives the published 32-bit values', () => {
    expect(fnvString(FNV_OFFSET, '')).toBe(0x811c9dc5);
    expect(fnvString(FNV_OFFSET, 'a')).toBe(0xe40c292c);
    expect(fnvString(FNV_OFFSET, 'foobar')).toBe(0xbf9cf968);
  });

  test('tokens keep their spans in the sentence as written, whatever normalisation does', () => {
    const sentence = 'İSTANBUL: he didn\u2019t test on 12/3!';
    const tokens = tokenize(sentence);
    expect(tokens.map((t) => t.word)).toEqual(['i̇stanbul', 'he', "didn't", 'test', 'on', '00', '0']);
    for (const token of tokens) expect(sentence.slice(token.start, token.end).length).toBeGreaterThan(0);
    expect(sentence.slice(tokens[2]?.start, tokens[2]?.end)).toBe('didn\u2019t');
  });

  test.each([
    ['never', 'neg'],
    ["wasn't", 'neg'],
    ['drove', 'past'],
    ['skipped', 'past'],
    ['we', 'first'],
    ['she', 'third'],
    ['shelter', null],
  ])('%s carries the cue %s', (word, cue) => {
    expect(wordCue({ word, start: 0, end: word.length })).toBe(cue);
  });

  test('the same sentence always gives the same vector, and the vector has unit length', () => {
    const sentence = 'He told me he was picked up Friday and spent the night in lockup?';
    const a = extractFeatures(sentence, config);
    const b = extractFeatures(sentence, config);
    expect([...a.indexes]).toEqual([...b.indexes]);
    expect([...a.values]).toEqual([...b.values]);
    expect(vectorize(sentence, config)).toMatchObject({ indexes: a.indexes, values: a.values });
    const norm = a.values.reduce((sum, v) => sum + v * v, 0);
    expect(norm).toBeCloseTo(1, 10);
    expect(new Set(a.indexes).size).toBe(a.indexes.length);
    for (const index of a.indexes) expect(index >= 0 && index < config.buckets).toBe(true);
  });

  test('every feature comes from a valid span of the sentence, ordered and inside it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (sentence) => {
        const { occurrences } = extractFeatures(sentence, config);
        for (let i = 0; i < occurrences.length; i++) {
          const start = occurrences.start[i] ?? -1;
          const end = occurrences.end[i] ?? -1;
          expect(0 <= start && start < end && end <= sentence.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('an empty or wordless sentence has no features', () => {
    expect(extractFeatures('', config).indexes).toHaveLength(0);
    expect(extractFeatures(' -- ', config).indexes).toHaveLength(0);
  });
});
