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
import { type FeatureConfig, isFeatureConfig } from './config';
import { decodeDenseModel, numbersPerClass } from './dense';
import { classProbabilities } from './predict';

export const VETO_CLASSES = ['harmless', 'reveals'] as const;
const HARMLESS = 0;

export interface VetoHeader {
  format: 1;
  features: FeatureConfig;
  classes: (typeof VETO_CLASSES)[number][];
  /** Per class: a stored int8 `q` stands for the weight `q × scale`. */
  scales: number[];
  bias: number[];
  /** A rule's finding may be overruled only when the probability that it is harmless reaches this. */
  threshold: number;
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

function isVetoHeader(value: unknown): value is VetoHeader {
  if (typeof value !== 'object' || value === null) return false;
  const header = value as Record<string, unknown>;
  const { classes, scales, bias, threshold } = header;
  return (
    header.format === 1 &&
    isFeatureConfig(header.features) &&
    Array.isArray(classes) &&
    classes.join(' ') === VETO_CLASSES.join(' ') &&
    numbersPerClass(scales, VETO_CLASSES.length) &&
    numbersPerClass(bias, VETO_CLASSES.length) &&
    typeof threshold === 'number' &&
    Number.isFinite(threshold)
  );
}

/** Reads the generated module's header and weights; throws on anything malformed. */
export function decodeVetoModel(headerJson: string, weightsBase64: string): VetoModel {
  return decodeDenseModel('veto model', headerJson, weightsBase64, isVetoHeader);
}
