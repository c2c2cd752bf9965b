/**
 * Float weights → int8 with one scale per class. Per-class scales cost ten numbers in the header (per-row
 * scales would cost one per stored bucket); rounding to the nearest step also zeroes the many tiny weights of
 * rare features, which the file then does not store at all. Fewer levels than int8 allows make coarser steps:
 * more zeros and fewer distinct values, which gzip stores in far fewer bytes.
 */
import type { FloatModel } from './logistic';

/** Eight significant digits: plenty for a scale or a bias, and the same text on every run. */
const tidy = (value: number): number => Number(value.toPrecision(8));

export interface Quantised {
  weights: Int8Array;
  scales: number[];
  bias: number[];
}

/** Largest stored magnitude: weights are rounded to `levels` steps either side of zero (at most 127, int8). */
export const INT8_LEVELS = 127;

export function quantise(model: FloatModel, levels = INT8_LEVELS): Quantised {
  if (!Number.isInteger(levels) || levels < 1 || levels > INT8_LEVELS)
    throw new RangeError(`quantisation levels must be an integer from 1 to ${INT8_LEVELS}`);
  const k = model.classes;
  const max = new Float64Array(k);
  model.weights.forEach((value, i) => {
    const c = i % k;
    max[c] = Math.max(max[c] ?? 0, Math.abs(value));
  });
  const scales = Array.from(max, (value) => tidy(value > 0 ? value / levels : 1));
  const weights = new Int8Array(model.weights.length);
  model.weights.forEach((value, i) => {
    const q = Math.round(value / (scales[i % k] ?? 1));
    weights[i] = Math.max(-levels, Math.min(levels, q));
  });
  return { weights, scales, bias: Array.from(model.bias, tidy) };
}
