import { describe, expect, test } from 'vitest';
import type { FloatModel } from './logistic';
import { quantise } from './quantise';

/** Two classes over four buckets: class 0 spans ±2, class 1 spans ±0.5. */
const model: FloatModel = {
  classes: 2,
  weights: Float64Array.from([2, 0.5, -1, 0.01, 0.2, -0.5, -2, 0.25]),
  bias: Float64Array.from([0.1, -0.1]),
};

describe('quantise', () => {
  test('rounds each class to its own scale and reads back close to the float weights', () => {
    const { weights, scales } = quantise(model);
    expect(scales[0]).toBeCloseTo(2 / 127, 8);
    expect(scales[1]).toBeCloseTo(0.5 / 127, 8);
    model.weights.forEach((value, i) => {
      const scale = scales[i % 2] ?? 0;
      expect(Math.abs((weights[i] ?? 0) * scale - value)).toBeLessThanOrEqual(scale / 2 + 1e-12);
    });
  });

  test('fewer levels keep every stored value within them and zero the small weights', () => {
    const { weights, scales } = quantise(model, 15);
    expect(scales[0]).toBeCloseTo(2 / 15, 8);
    expect(scales[1]).toBeCloseTo(0.5 / 15, 8);
    expect(Math.max(...Array.from(weights, Math.abs))).toBe(15);
    // 0.01 is under half a step of class 1 at 15 levels (0.0167), but not at 127 (0.002).
    expect(weights[3]).toBe(0);
    expect(quantise(model).weights[3]).not.toBe(0);
  });

  test('refuses levels an int8 cannot hold', () => {
    expect(() => quantise(model, 0)).toThrow(RangeError);
    expect(() => quantise(model, 128)).toThrow(RangeError);
    expect(() => quantise(model, 2.5)).toThrow(RangeError);
  });
});
