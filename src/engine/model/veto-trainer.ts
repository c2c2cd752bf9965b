/**
 * From the training sentences to the veto model (veto-model.ts), deterministically. Pure, so `npm run train` and
 * the test that retrains and compares bytes build it the same way; the extension never imports it.
 *
 * It learns from the sentences the rules flag and the model may overrule, read as the model reads them, each
 * labelled harmless or not by the corpus. Its threshold is chosen with the sentence model's on the calibration
 * set (scripts/train-model.ts), so it is trained with a placeholder and given its threshold afterwards.
 */
import { rulesVerdict } from '../classify';
import { modelView, overrulable } from '../combine';
import type { EngineOptions } from '../types';
import type { ModelClass } from './classes';
import { DEFAULT_FEATURE_CONFIG, type FeatureConfig } from './config';
import { generatedModule } from './generated-module';
import { train } from './logistic';
import { quantise } from './quantise';
import { examples } from './trainer';
import { VETO_CLASSES, type VetoModel } from './veto-model';

/**
 * When the veto model was introduced (first three calibration sets, "none" veto 0.6), 2^13 buckets did as well
 * there as 2^15 (best precision 0.953 at recall 0.951, against 0.952 at 0.951) in a quarter of the bytes; the
 * rest as for the sentence model (scripts/train-model.ts).
 */
export const VETO_FEATURES: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, buckets: 1 << 13 };
const HYPER = { epochs: 45, learningRate: 0.4, l2: 3e-7, seed: 20261207 };
const MIN_COUNT = 2;
const LEVELS = 15;

export interface VetoRow {
  text: string;
  harmless: boolean;
}

/** The sentences the rules flag and the model may overrule, as the model reads them, labelled. */
export function vetoRows(
  items: readonly { text: string; label: ModelClass }[],
  options: EngineOptions,
): VetoRow[] {
  return items.flatMap(({ text, label }) =>
    overrulable(rulesVerdict(text, options))
      ? [{ text: modelView(text, options), harmless: label === 'none' }]
      : [],
  );
}

/** Trained with a threshold no probability reaches; `withThreshold` gives it the chosen one. */
export function trainVetoModel(rows: readonly VetoRow[]): VetoModel {
  const labelled = examples(rows, VETO_FEATURES, MIN_COUNT, (row) => (row.harmless ? 0 : 1));
  const float = train(labelled, { classes: VETO_CLASSES.length, buckets: VETO_FEATURES.buckets, ...HYPER });
  const { weights, scales, bias } = quantise(float, LEVELS);
  return {
    header: {
      format: 1,
      features: VETO_FEATURES,
      classes: [...VETO_CLASSES],
      scales,
      bias,
      threshold: 0,
      calibration: 'not calibrated',
    },
    weights,
  };
}

export function withThreshold(model: VetoModel, threshold: number, calibration: string): VetoModel {
  return { header: { ...model.header, threshold, calibration }, weights: model.weights };
}

/** The generated module: the header as JSON and the int8 weights as base64. */
export const vetoModule = (model: VetoModel): string =>
  generatedModule({
    prefix: 'VETO',
    title: `veto model: ${model.header.features.buckets} buckets, threshold ${model.header.threshold}`,
    header: model.header,
    weights: model.weights,
  });
