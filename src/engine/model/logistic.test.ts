import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { toyEncoded, toyModel } from '../testing/toy-model';
import { classIndex } from './classes';
import { decodeWeights } from './format';
import { predictFloat, train } from './logistic';
import { predict } from './predict';
import { mulberry32 } from './rng';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('logistic regression', () => {
  test('the seeded generator repeats itself and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test('learns a separable toy problem', () => {
    const examples = [
      { indexes: [0, 1], values: [0.7, 0.7], label: 0 },
      { indexes: [2, 1], values: [0.7, 0.7], label: 1 },
      { indexes: [3], values: [1], label: 2 },
    ];
    const model = train(examples, {
      classes: 3,
      buckets: 4,
      epochs: 50,
      learningRate: 0.5,
      l2: 1e-4,
      seed: 1,
    });
    for (const example of examples) {
      const probabilities = predictFloat(model, example.indexes, example.values);
      expect(Math.max(...probabilities)).toBe(probabilities[example.label]);
    }
  });

  test('training is deterministic: the same data gives the same weight file, byte for byte', () => {
    expect(sha(toyEncoded())).toBe(sha(toyEncoded()));
  });

  test('the quantised toy model still tells its classes apart', () => {
    const model = decodeWeights(toyEncoded());
    expect(predict(model, 'Mr. Ochoa zorbled on Tuesday.').category).toBe('substance');
    expect(predict(model, 'She glimmed a man at the bus stop.').category).toBe('violence');
    const calm = predict(model, 'We met at the library on Tuesday.');
    expect(calm.probabilities[classIndex('none')]).toBeGreaterThan(calm.probability);
    expect(toyModel().header.calibratedOn).toBe('toy');
  });
});
