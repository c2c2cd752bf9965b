import { describe, expect, test } from 'vitest';
import { toyModel } from '../testing/toy-model';
import { classProbabilities, predict } from './predict';

describe('predict', () => {
  const model = toyModel();

  test('gives the probabilities classProbabilities gives, with the category and flag probability read off them', () => {
    const sentence = 'She relapsed on meth last weekend.';
    const prediction = predict(model, sentence);
    const fresh = classProbabilities(model, sentence);
    expect([...prediction.probabilities]).toEqual([...fresh]);
    expect(prediction.flagProbability).toBeCloseTo(1 - (fresh[0] ?? 0), 12);
  });

  test('answers a sentence asked twice in a row from the first answer, and any other question afresh', () => {
    const first = predict(model, 'He missed his check-in on Monday.');
    expect(predict(model, 'He missed his check-in on Monday.')).toBe(first);
    const other = predict(model, 'He started a new job on Monday.');
    expect(other).not.toBe(first);
    expect(other.sentence).toBe('He started a new job on Monday.');
    const secondModel = toyModel(0.9);
    expect(predict(secondModel, 'He started a new job on Monday.')).not.toBe(other);
  });
});
