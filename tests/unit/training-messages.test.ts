/** How a whole labelled message becomes labelled sentences for the sentence model and its calibration. */
import { describe, expect, test } from 'vitest';
import { messageSentences } from '../../scripts/train-model';

const text =
  'Hi Officer Lane,\n\nAs you know, her licence is suspended until March. She drove her son to school on Monday. ' +
  'She starts at the bakery next week.\n\nThanks,\nDana';
const act = 'She drove her son to school on Monday.';

describe('messageSentences', () => {
  test('a message whose violation shows on its own labels that sentence with its category', () => {
    const sentences = messageSentences({
      id: 'm',
      text,
      flag: [act],
      categories: ['driving'],
      cross: false,
    });
    expect(sentences).toContainEqual({ text: act, label: 'driving' });
    expect(sentences).toContainEqual({ text: 'She starts at the bakery next week.', label: 'none' });
  });

  test('an across-sentence message keeps its clean sentences and leaves out the act, harmless alone', () => {
    const sentences = messageSentences({ id: 'm', text, flag: [act], categories: ['driving'], cross: true });
    expect(sentences.map((s) => s.text)).not.toContain(act);
    expect(sentences).toContainEqual({ text: 'She starts at the bakery next week.', label: 'none' });
    expect(sentences.every((s) => s.label === 'none')).toBe(true);
  });
});
