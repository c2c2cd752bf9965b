/**
 * Multi-class logistic regression (softmax, L2) trained by plain stochastic gradient descent. Chosen over
 * anything fancier because it is small, fast to train on a few thousand sentences, explains itself (a weight
 * per feature and class, which gives the trigger words), and, with a seeded shuffle and plain JS numbers,
 * gives the same weights on every run.
 */
import { mulberry32, shuffle } from './rng';
import { softmaxInPlace } from './softmax';

export interface Example {
  indexes: ArrayLike<number>;
  values: ArrayLike<number>;
  label: number;
}

export interface TrainOptions {
  classes: number;
  buckets: number;
  epochs: number;
  /** Initial step size; it decays as 1 / (1 + rate · l2 · step), the schedule that suits L2-regularised SGD. */
  learningRate: number;
  l2: number;
  seed: number;
}

export interface FloatModel {
  classes: number;
  /** weights[bucket * classes + class] */
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * Trains on `examples` (left unchanged). L2 shrinks every weight at every step; storing the weights as
 * `scale · raw` makes that shrink one multiplication instead of a pass over all of them.
 */
export function train(examples: readonly Example[], options: TrainOptions): FloatModel {
  const { classes: k, buckets, epochs, learningRate, l2 } = options;
  const raw = new Float64Array(buckets * k);
  const bias = new Float64Array(k);
  const logits = new Float64Array(k);
  const order = examples.map((_, i) => i);
  const random = mulberry32(options.seed);
  let scale = 1;
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const example = examples[index] as Example;
      const rate = learningRate / (1 + learningRate * l2 * step);
      step += 1;
      forward(raw, bias, scale, k, example, logits);
      softmaxInPlace(logits);
      logits[example.label] = (logits[example.label] ?? 0) - 1;
      // logits now holds the gradient of the loss with respect to each class's score.
      const stepOverScale = rate / scale;
      const { indexes, values } = example;
      for (let f = 0; f < indexes.length; f++) {
        const row = (indexes[f] ?? 0) * k;
        const value = (values[f] ?? 0) * stepOverScale;
        for (let c = 0; c < k; c++) raw[row + c] = (raw[row + c] ?? 0) - value * (logits[c] ?? 0);
      }
      for (let c = 0; c < k; c++) bias[c] = (bias[c] ?? 0) - rate * (logits[c] ?? 0);
      scale *= 1 - rate * l2;
      if (scale < 1e-6) {
        // Fold the scale back in before the raw weights grow large enough to lose precision.
        for (let i = 0; i < raw.length; i++) raw[i] = (raw[i] ?? 0) * scale;
        scale = 1;
      }
    }
  }
  for (let i = 0; i < raw.length; i++) raw[i] = (raw[i] ?? 0) * scale;
  return { classes: k, weights: raw, bias };
}

function forward(
  raw: Float64Array,
  bias: Float64Array,
  scale: number,
  k: number,
  example: Example,
  out: Float64Array,
): void {
  for (let c = 0; c < k; c++) out[c] = 0;
  const { indexes, values } = example;
  for (let f = 0; f < indexes.length; f++) {
    const row = (indexes[f] ?? 0) * k;
    const value = values[f] ?? 0;
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) + value * (raw[row + c] ?? 0);
  }
  for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) * scale + (bias[c] ?? 0);
}

/** Class probabilities of a float model, for the trainer's own checks. */
export function predictFloat(model: FloatModel, indexes: ArrayLike<number>, values: ArrayLike<number>) {
  const out = new Float64Array(model.classes);
  forward(model.weights, model.bias, 1, model.classes, { indexes, values, label: 0 }, out);
  return softmaxInPlace(out);
}
