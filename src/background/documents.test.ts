import { describe, expect, test } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS } from '../engine/types';
import { analyzeDocumentText, optionsFrom } from './documents';

describe('documents/analyze in the service worker', () => {
  test.each([
    ['missing', undefined, DEFAULT_ENGINE_OPTIONS],
    [
      'valid',
      { level: 'strict', allowPhrases: ['a'], extraPhrases: [], wording: 'No.' },
      { ...DEFAULT_ENGINE_OPTIONS, level: 'strict', allowPhrases: ['a'], wording: 'No.' },
    ],
    [
      'malformed values fall back to defaults',
      { level: 'loud', allowPhrases: [1], wording: ' ' },
      DEFAULT_ENGINE_OPTIONS,
    ],
  ])('options: %s', (_name, value, expected) => {
    expect(optionsFrom(value)).toEqual(expected);
  });

  test('a text that is not a string is refused', () => {
    expect(() => analyzeDocumentText({ text: 42, options: {} })).toThrow('A document text is required.');
  });

  test('a clean text has no findings', () => {
    expect(analyzeDocumentText({ text: 'We met twice this week.', options: {} })).toEqual({ findings: [] });
  });
});
