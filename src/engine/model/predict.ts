/**
 * Inference with a decoded weight file: features → class scores → probabilities. Scores are summed on the int8
 * values and scaled once per class, so a sentence costs one pass over its features.
 */
import type { Category } from '../types';
import { MODEL_CLASSES, NONE } from './classes';
import { vectorize } from './features';
import type { WeightFile } from './format';
import { softmaxInPlace } from './softmax';

export interface Prediction {
  /** The sentence, so its features (with their spans) can be extracted again if a finding needs explaining. */
  sentence: string;
  /** Probability of each class, in MODEL_CLASSES order. */
  probabilities: Float64Array;
  /** The most probable category (never "none") and its probability. */
  category: Category;
  probability: number;
  /**
   * How likely the sentence reveals anything: 1 − P(none). Compared with the threshold, it lets a sentence whose
   * probability is split between two categories (a fight while high) count as the flag it is.
   */
  flagProbability: number;
}

/** What scoring needs of a dense int8 model: weights[bucket × classes + class], one scale per class. */
export interface DenseModel {
  header: Pick<WeightFile['header'], 'features' | 'scales' | 'bias'> & { classes: readonly string[] };
  weights: Int8Array;
}

/** Probability of each of the model's classes for a sentence. */
export function classProbabilities(model: DenseModel, sentence: string): Float64Array {
  const { header, weights } = model;
  const k = header.classes.length;
  const sums = new Float64Array(k);
  const { indexes, values } = vectorize(sentence, header.features);
  for (let f = 0; f < indexes.length; f++) {
    const row = (indexes[f] ?? 0) * k;
    const value = values[f] ?? 0;
    for (let c = 0; c < k; c++) sums[c] = (sums[c] ?? 0) + value * (weights[row + c] ?? 0);
  }
  for (let c = 0; c < k; c++) sums[c] = (sums[c] ?? 0) * (header.scales[c] ?? 0) + (header.bias[c] ?? 0);
  return softmaxInPlace(sums);
}

/**
 * The last prediction made: a sentence is often asked about twice in a row (scored, then judged for a veto or a
 * category), and a prediction is never changed by its callers.
 */
let last: { model: WeightFile; prediction: Prediction } | null = null;

export function predict(model: WeightFile, sentence: string): Prediction {
  if (last !== null && last.model === model && last.prediction.sentence === sentence) return last.prediction;
  const prediction = freshPrediction(model, sentence);
  last = { model, prediction };
  return prediction;
}

function freshPrediction(model: WeightFile, sentence: string): Prediction {
  const probabilities = classProbabilities(model, sentence);
  const k = model.header.classes.length;
  let best = 1;
  for (let c = 2; c < k; c++) if ((probabilities[c] ?? 0) > (probabilities[best] ?? 0)) best = c;
  const category = MODEL_CLASSES[best] as Category;
  return {
    sentence,
    probabilities,
    category,
    probability: probabilities[best] ?? 0,
    flagProbability: 1 - (probabilities[NONE] ?? 0),
  };
}

/** The model's probability that the sentence reveals nothing. */
export function noneProbability(model: WeightFile, sentence: string): number {
  return 1 - predict(model, sentence).flagProbability;
}
