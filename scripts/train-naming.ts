/**
 * Builds the naming model shipped in src/engine/passage/naming-weights.generated.ts from
 * tests/corpus/conditions*.jsonl, deterministically. Shared by `npm run train` and tests/unit/model-weights.test.ts.
 */
import type { NamingModel } from '../src/engine/passage/naming-model';
import {
  chooseNamingThreshold,
  crossValidateNaming,
  type NamingFigures,
  namingModule,
  trainNamingModel,
} from '../src/engine/passage/naming-trainer';
import { conditionKindsNamedIn } from '../src/engine/passage/passage';
import { conditionFiles, readConditions } from './corpus';

export interface BuiltNamingModel {
  module: string;
  model: NamingModel;
  rows: number;
  figures: NamingFigures[];
  chosen: NamingFigures;
}

export function buildNamingModel(): BuiltNamingModel {
  const rows = conditionFiles().flatMap(readConditions);
  const figures = crossValidateNaming(rows, (text) => conditionKindsNamedIn(text).length > 0);
  const chosen = chooseNamingThreshold(figures);
  const model = trainNamingModel(rows, chosen);
  return { module: namingModule(model), model, rows: rows.length, figures, chosen };
}
