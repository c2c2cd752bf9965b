/**
 * The second opinion before the model overrules a rule: of sentences the rules flag, how likely is this one
 * harmless? The sentence model answers "does this reveal anything" for every sentence, and learns much of its
 * "none" from sentences the rules never flag: other people's conduct, the participant as a victim ("his roommate
 * was arrested for selling drugs"). That leaves it sure that a plain report ("He sold drugs downtown.") is
 * harmless. This binary logistic regression learns only from sentences the rules flag, labelled by whether they
 * really reveal something, so it knows what makes a rule's finding wrong ("a shot at the job") and little else.
 * A rule's finding is overruled only when both models say harmless (combine.ts).
 *
 * Dense int8 weights over the sentence's hashed features (features.ts), shipped like the naming model (dense.ts).
 */
import { type DenseHeader, decodeDenseModel } from './dense';
import { classProbabilities } from './predict';

export const VETO_CLASSES = ['harmless', 'reveals'] as const;
const HARMLESS = 0;

/** Its threshold: a rule's finding may be overruled only when the probability that it is harmless reaches it. */
export interface VetoHeader extends DenseHeader<(typeof VETO_CLASSES)[number]> {
  /** What the threshold was chosen on, with the figures, for the record. */
  calibration: string;
}

export interface VetoModel {
  header: VetoHeader;
  /** weights[bucket × 2 + class] */
  weights: Int8Array;
}

/** The probability that a sentence the rules flag is harmless. */
export function harmlessProbability(model: VetoModel, sentence: string): number {
  return classProbabilities(model, sentence)[HARMLESS] ?? 0;
}

/** Reads the generated module's header and weights; throws on anything malformed. */
export function decodeVetoModel(headerJson: string, weightsBase64: string): VetoModel {
  return decodeDenseModel('veto model', VETO_CLASSES, headerJson, weightsBase64);
}
