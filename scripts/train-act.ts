/**
 * Builds the act model shipped in src/engine/passage/act-weights.generated.ts from the training messages and the
 * messages written for reading across sentences (across-messages*.jsonl), deterministically; its threshold is chosen on the calibration messages, guarded by a cross-validation over the
 * training messages, and its veto over the hand-written act patterns on the calibration messages (act-trainer.ts). Shared by `npm run train` and tests/unit/model-weights.test.ts. Which sentences the
 * engine already flags is read with the engine minus the act model itself, so the committed act model never
 * feeds into its own retraining, and with the sentence, veto and naming models given (`npm run train` passes the ones
 * it has just trained: the modules it wrote are not the ones this process imported). Messages are read as the
 * engine reads them: a condition the naming model names makes a message one the act model learns from.
 */
import { createAnalyzer } from '../src/engine/analyzer';
import { combinedClassifier, shippedModel } from '../src/engine/combine';
import type { WeightFile } from '../src/engine/model/format';
import { shippedVetoModel } from '../src/engine/model/shipped-veto-model';
import type { VetoModel } from '../src/engine/model/veto-model';
import type { ActModel } from '../src/engine/passage/act-model';
import {
  type ActChoice,
  type ActFigures,
  actModule,
  actSentences,
  chooseThreshold,
  chooseVeto,
  evaluateAct,
  quantiseActModel,
  type VetoFigures,
} from '../src/engine/passage/act-trainer';
import type { NamingModel } from '../src/engine/passage/naming-model';
import { shippedNamingModel } from '../src/engine/passage/shipped-naming-model';
import { acrossMessageFiles, calibrationMessageFiles, readMessages, trainingMessageFiles } from './corpus';
import { MAX_CLEAN_SHARE, TARGET_PRECISION } from './train-model';

export interface BuiltActModel {
  module: string;
  model: ActModel;
  files: string[];
  sentences: number;
  /** The additions at each candidate threshold, cross-validated on the training messages… */
  trained: ActFigures[];
  /** …and on the calibration messages. */
  held: ActFigures[];
  chosen: ActChoice;
  /** What each candidate veto drops, cross-validated on the training messages and on the calibration messages. */
  trainedVetoes: VetoFigures[];
  heldVetoes: VetoFigures[];
  veto: VetoFigures;
}

export function buildActModel(
  sentenceModel: WeightFile | null = shippedModel.get(),
  namingModel: NamingModel | null = shippedNamingModel.get(),
  vetoModel: VetoModel | null = shippedVetoModel.get(),
): BuiltActModel {
  const files = [...trainingMessageFiles(), ...acrossMessageFiles()];
  const messages = files.flatMap(readMessages);
  const classify = combinedClassifier(
    { get: () => sentenceModel, error: () => null },
    { get: () => vetoModel, error: () => null },
  );
  const naming = { get: () => namingModel, error: () => null };
  const withoutActs = createAnalyzer({ classify, acts: null, naming });
  const flagged = (text: string) => withoutActs.analyze(text);
  const sentences = actSentences(messages, flagged, namingModel);
  const calibration = actSentences(calibrationMessageFiles().flatMap(readMessages), flagged, namingModel);
  const {
    trained,
    held,
    trainedVetoes,
    heldVetoes,
    model: trainedModel,
  } = evaluateAct(sentences, calibration);
  const chosen = chooseThreshold(trained, held, { precision: TARGET_PRECISION, falseShare: MAX_CLEAN_SHARE });
  const veto = chooseVeto(heldVetoes, trainedVetoes);
  const model = quantiseActModel(trainedModel, chosen, veto);
  return {
    module: actModule(model),
    model,
    files,
    sentences: sentences.length,
    trained,
    held,
    chosen,
    trainedVetoes,
    heldVetoes,
    veto,
  };
}
