/**
 * The learned half of finding the conditions a message names: which supervision condition, if any, a sentence
 * names as binding the participant now. The hand-written naming patterns of conditions.ts are precise but miss
 * informal wording ("the judge told her to keep away from the Safeway on Pine", "DOL still has him as revoked");
 * where they find nothing, this model may, and the sentences after it are then read against that condition.
 *
 * A multi-class logistic regression ("none" and each condition kind) over the sentence's hashed features
 * (model/features.ts), dense int8 weights with one scale per class, shipped as base64 beside a JSON header.
 */
import { type DenseHeader, decodeDenseModel } from '../model/dense';
import { strongestRun, wordContributions } from '../model/explain';
import { extractFeatures } from '../model/features';
import { classProbabilities } from '../model/predict';
import { ACT_KINDS } from './act-model';
import type { ConditionKind } from './conditions';

export const NAMING_CLASSES: readonly ('none' | ConditionKind)[] = ['none', ...ACT_KINDS];

/** Its threshold is the smallest probability of a kind that names it. */
export interface NamingHeader extends DenseHeader<'none' | ConditionKind> {
  /** What the threshold was chosen on, with the figures, for the record. */
  calibration: string;
}

export interface NamingModel {
  header: NamingHeader;
  /** weights[bucket × classes + class] */
  weights: Int8Array;
}

export interface Naming {
  kind: ConditionKind;
  probability: number;
  /** The words that say so (offsets in the sentence). */
  start: number;
  end: number;
}

/** The condition the sentence names, when the model is sure enough and some content word says so. */
export function nameCondition(model: NamingModel, sentence: string): Naming | null {
  const probabilities = classProbabilities(model, sentence);
  let best = 1;
  for (let c = 2; c < probabilities.length; c++)
    if ((probabilities[c] ?? 0) > (probabilities[best] ?? 0)) best = c;
  const probability = probabilities[best] ?? 0;
  const kind = model.header.classes[best];
  if (probability < model.header.threshold || kind === undefined || kind === 'none') return null;
  const features = extractFeatures(sentence, model.header.features);
  const words = strongestRun(features.tokens, wordContributions(model, features, best));
  return words ? { kind, probability, ...words } : null;
}

/** Reads the generated module's header and weights; throws on anything malformed. */
export function decodeNamingModel(headerJson: string, weightsBase64: string): NamingModel {
  return decodeDenseModel('naming model', NAMING_CLASSES, headerJson, weightsBase64);
}
