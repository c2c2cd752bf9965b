/**
 * Builds the act model shipped in src/engine/passage/act-weights.generated.ts from the training messages,
 * deterministically; its threshold, and its veto over the hand-written act patterns, are chosen on those
 * (cross-validated) and the calibration messages. Shared by `npm run train` and tests/unit/model-weights.test.ts. Which sentences the
 * engine already flags is read with the engine minus the act model itself, so the committed act model never
 * feeds into its own retraining, and with the sentence and naming models given (`npm run train` passes the ones
 * it has just trained: the modules it wrote are not the ones this process imported). Messages are read as the
 * engine reads them: a condition the naming model names makes a message one the act model learns from.
 */
import { createAnalyzer } from '../src/engine/analyzer';
import { combinedClassifier, shippedModel } from '../src/engine/combine';
import type { WeightFile } from '../src/engine/model/format';
import type { ActModel } from '../src/engine/passage/act-model';
import {
  type ActFigures,
  actModule,
  actSentences,
  chooseThreshold,
  chooseVeto,
  evaluateAct,
  trainActModel,
  type VetoFigures,
} from '../src/engine/passage/act-trainer';
import type { NamingModel } from '../src/engine/passage/naming-model';
import { shippedNamingModel } from '../src/engine/passage/shipped-naming-model';
import { CALIBRATION_MESSAGES_FILE, corpusHas, readMessages, trainingMessageFiles } from './corpus';

export interface BuiltActModel {
  module: string;
  model: ActModel;
  files: string[];
  sentences: number;
  figures: ActFigures[];
  chosen: ActFigures;
  vetoes: VetoFigures[];
  veto: VetoFigures;
}

export function buildActModel(
  sentenceModel: WeightFile | null = shippedModel.get(),
  namingModel: NamingModel | null = shippedNamingModel.get(),
): BuiltActModel {
  const files = trainingMessageFiles();
  const messages = files.flatMap(readMessages);
  const classify = combinedClassifier({ get: () => sentenceModel, error: () => null });
  const naming = { get: () => namingModel, error: () => null };
  const withoutActs = createAnalyzer({ classify, acts: null, naming });
  const flagged = (text: string) => withoutActs.analyze(text);
  const sentences = actSentences(messages, flagged, namingModel);
  const calibration = corpusHas(CALIBRATION_MESSAGES_FILE)
    ? actSentences(readMessages(CALIBRATION_MESSAGES_FILE), flagged, namingModel)
    : [];
  const { figures, vetoes } = evaluateAct(sentences, calibration);
  const chosen = chooseThreshold(figures);
  const veto = chooseVeto(vetoes);
  const model = trainActModel(sentences, chosen, veto);
  return {
    module: actModule(model),
    model,
    files,
    sentences: sentences.length,
    figures,
    chosen,
    vetoes,
    veto,
  };
}
