/**
 * The learned half of reading conditions across sentences: given a condition the message names (a suspended
 * licence, a no-contact order) and another sentence of it, how likely is that sentence the act that breaks the
 * condition? The hand-written act patterns of conditions.ts are precise but cannot list every way of saying
 * "she drove her daughter to school"; this model, trained on whole messages, catches what they miss.
 *
 * A binary logistic regression over the sentence's hashed features (model/features.ts), each feature present
 * twice: once shared by every kind of condition (what an act sounds like) and once crossed with the condition's
 * kind (what breaks this one). The file stores the weight difference between "breaks" and "does not" as int8.
 */
import { decodeBase64 } from '../model/base64';
import { type FeatureConfig, isFeatureConfig } from '../model/config';
import { strongestRun } from '../model/explain';
import { extractFeatures, type Features } from '../model/features';
import { fnvStep } from '../model/hash';
import { CONDITION_RULES, type ConditionKind } from './conditions';

export const ACT_KINDS: readonly ConditionKind[] = CONDITION_RULES.map((rule) => rule.kind);

export interface ActHeader {
  format: 1;
  features: FeatureConfig;
  /** Weight of a kind-crossed feature relative to its shared twin. */
  crossWeight: number;
  /** A stored int8 `q` stands for the weight `q × scale`. */
  scale: number;
  bias: number;
  /** Smallest probability of "breaks the condition" that makes a finding. */
  threshold: number;
  /** Findings within this much above the threshold are `low` severity. */
  lowMargin: number;
  /**
   * A hand-written pattern's breach is dropped when the model's probability that the sentence breaks that kind
   * is below this (0: never). The patterns see a protected name or an area and an act word; the model has read
   * thousands of messages where such sentences were harmless ("Pt and Trevon grew up together").
   */
  veto: number;
  /** What the threshold was chosen on, with the figures, for the record. */
  calibration: string;
}

export interface ActModel {
  header: ActHeader;
  /** weights[bucket] */
  weights: Int8Array;
}

/** The bucket of a feature crossed with a condition kind: a second, kind-specific hash of the same feature. */
export function crossedBucket(bucket: number, kind: number, buckets: number): number {
  return (fnvStep(fnvStep(bucket, kind + 1), 0x6b) >>> 0) & (buckets - 1);
}

/** The sparse vector of a sentence read against one kind of condition (duplicate indexes add up). */
export function actVector(
  features: Features,
  kind: number,
  header: Pick<ActHeader, 'crossWeight' | 'features'>,
): { indexes: number[]; values: number[] } {
  const indexes: number[] = [];
  const values: number[] = [];
  features.indexes.forEach((bucket, i) => {
    const value = features.values[i] ?? 0;
    indexes.push(bucket, crossedBucket(bucket, kind, header.features.buckets));
    values.push(value, value * header.crossWeight);
  });
  return { indexes, values };
}

function weightOf(model: ActModel, bucket: number, kind: number): number {
  const { header, weights } = model;
  const shared = weights[bucket] ?? 0;
  const crossed = weights[crossedBucket(bucket, kind, header.features.buckets)] ?? 0;
  return (shared + crossed * header.crossWeight) * header.scale;
}

export interface ActVerdict {
  kind: ConditionKind;
  probability: number;
  /** The words that pulled most towards "breaks it" (offsets in the sentence). */
  trigger: { start: number; end: number };
}

/** Probability that `sentence` breaks a condition of `kind`. */
export function breakProbability(model: ActModel, sentence: string, kind: ConditionKind): number {
  return probabilityOf(model, extractFeatures(sentence, model.header.features), ACT_KINDS.indexOf(kind));
}

function probabilityOf(model: ActModel, features: Features, k: number): number {
  let score = model.header.bias;
  features.indexes.forEach((bucket, i) => {
    score += weightOf(model, bucket, k) * (features.values[i] ?? 0);
  });
  return 1 / (1 + Math.exp(-score));
}

/**
 * The kind among `kinds` that `sentence` most likely breaks, when that reaches the model's threshold and some
 * content word says so; null otherwise.
 */
export function judgeAct(
  model: ActModel,
  sentence: string,
  kinds: readonly ConditionKind[],
): ActVerdict | null {
  const features = extractFeatures(sentence, model.header.features);
  let best: { kind: ConditionKind; probability: number } | null = null;
  for (const kind of kinds) {
    const probability = probabilityOf(model, features, ACT_KINDS.indexOf(kind));
    if (!best || probability > best.probability) best = { kind, probability };
  }
  if (!best || best.probability < model.header.threshold) return null;
  const trigger = strongestRun(features.tokens, pullOfWords(model, features, ACT_KINDS.indexOf(best.kind)));
  return trigger ? { ...best, trigger } : null;
}

/** Each word's pull towards "breaks it": every feature's contribution shared among the words that made it. */
function pullOfWords(model: ActModel, features: Features, kind: number): Float64Array {
  const { tokens, occurrences, scale } = features;
  const first = new Map(tokens.map((token, i) => [token.start, i]));
  const last = new Map(tokens.map((token, i) => [token.end, i]));
  const pull = new Float64Array(tokens.length);
  for (let o = 0; o < occurrences.length; o++) {
    const from = first.get(occurrences.start[o] ?? -1);
    const to = last.get(occurrences.end[o] ?? -1);
    if (from === undefined || to === undefined) continue;
    const share =
      (weightOf(model, occurrences.bucket[o] ?? 0, kind) * (occurrences.weight[o] ?? 0) * scale) /
      (to - from + 1);
    for (let t = from; t <= to; t++) pull[t] = (pull[t] ?? 0) + share;
  }
  return pull;
}

function isActHeader(value: unknown): value is ActHeader {
  if (typeof value !== 'object' || value === null) return false;
  const header = value as Record<string, unknown>;
  const numbers = ['crossWeight', 'scale', 'bias', 'threshold', 'lowMargin', 'veto'].every(
    (key) => typeof header[key] === 'number' && Number.isFinite(header[key]),
  );
  return header.format === 1 && numbers && isFeatureConfig(header.features);
}

/** Reads the generated module's header and weights; throws on anything malformed. */
export function decodeActModel(headerJson: string, weightsBase64: string): ActModel {
  const header: unknown = JSON.parse(headerJson);
  if (!isActHeader(header)) throw new Error('LEAD Guard act model: the header is malformed.');
  const bytes = decodeBase64(weightsBase64);
  if (bytes.length !== header.features.buckets)
    throw new Error('LEAD Guard act model: the weights do not match the header.');
  return { header, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}
