/**
 * From sentences labelled with the condition they name (tests/corpus/conditions.jsonl) to the naming model
 * (naming-model.ts), deterministically. Pure, so `npm run train` and the test that retrains and compares bytes
 * build it the same way; the extension never imports it.
 *
 * The threshold is chosen by a 5-fold cross-validation: the lowest at which at least NAMING_PRECISION of the
 * conditions the model adds to the patterns' (sentences where the patterns name none) are the right kind.
 */
import { DEFAULT_FEATURE_CONFIG, type FeatureConfig } from '../model/config';
import { vectorize } from '../model/features';
import { generatedModule } from '../model/generated-module';
import { type Example, type FloatModel, train } from '../model/logistic';
import { quantise } from '../model/quantise';
import type { ConditionKind } from './conditions';
import { NAMING_CLASSES, type NamingModel, nameCondition } from './naming-model';

export interface NamingRow {
  text: string;
  condition: ConditionKind | null;
}

/**
 * Chosen by the cross-validation below on the 3,300 condition rows: at precision 0.95, 2^12 buckets rounded to 15
 * levels name 336 of the 739 conditions the patterns miss, against 224 with 2^10 at full int8; the module grows
 * from 11.3 to 22.9 kB gzipped.
 */
export const NAMING_FEATURES: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, buckets: 1 << 12 };
const LEVELS = 15;
const HYPER = { epochs: 20, learningRate: 0.4, l2: 1e-5, seed: 20261207 };
const FOLDS = 5;
/**
 * Of the conditions the model adds to the patterns', at least this share must be right in the cross-validation.
 * Real mail holds far more sentences that name no condition than the conditions files do, and a condition named
 * wrongly sends every act word of the message to the passage patterns ("the bus pass ran out" read as a licence
 * at 0.90 made "I drove Tanya to the library" a breach).
 */
export const NAMING_PRECISION = 0.95;
const CANDIDATES = Array.from({ length: 10 }, (_, i) => 0.5 + i * 0.05);

function examples(rows: readonly NamingRow[]): Example[] {
  return rows.map((row) => {
    const { indexes, values } = vectorize(row.text, NAMING_FEATURES);
    return { indexes, values, label: NAMING_CLASSES.indexOf(row.condition ?? 'none') };
  });
}

const trainFloat = (rows: readonly NamingRow[]): FloatModel =>
  train(examples(rows), { classes: NAMING_CLASSES.length, buckets: NAMING_FEATURES.buckets, ...HYPER });

function toModel(float: FloatModel, threshold: number, calibration: string): NamingModel {
  const { weights, scales, bias } = quantise(float, LEVELS);
  return {
    header: {
      format: 1,
      features: NAMING_FEATURES,
      classes: [...NAMING_CLASSES],
      scales,
      bias,
      threshold,
      calibration,
    },
    weights,
  };
}

export interface NamingFigures {
  threshold: number;
  /** Sentences naming a condition the patterns miss, and how many of them the model names right. */
  missed: number;
  added: number;
  /** Conditions the model adds that are wrong: the sentence names none, or another kind. */
  wrong: number;
}

/** `namedByPatterns(text)` says whether the hand-written patterns already name a condition in a sentence. */
export function crossValidateNaming(
  rows: readonly NamingRow[],
  namedByPatterns: (text: string) => boolean,
): NamingFigures[] {
  const figures = CANDIDATES.map((threshold) => ({ threshold, missed: 0, added: 0, wrong: 0 }));
  const covered = rows.map((row) => namedByPatterns(row.text));
  for (let fold = 0; fold < FOLDS; fold++) {
    const float = trainFloat(rows.filter((_, index) => index % FOLDS !== fold));
    for (const f of figures) {
      const model = toModel(float, f.threshold, '');
      rows.forEach((row, index) => {
        if (index % FOLDS !== fold || covered[index]) return;
        if (row.condition !== null) f.missed += 1;
        const named = nameCondition(model, row.text);
        if (named === null) return;
        if (named.kind === row.condition) f.added += 1;
        else f.wrong += 1;
      });
    }
  }
  return figures;
}

/** The lowest candidate whose additions are right often enough; the highest if none is. */
export function chooseNamingThreshold(figures: readonly NamingFigures[]): NamingFigures {
  const within = figures.find((f) => f.added >= NAMING_PRECISION * (f.added + f.wrong));
  return within ?? (figures[figures.length - 1] as NamingFigures);
}

export function trainNamingModel(rows: readonly NamingRow[], chosen: NamingFigures): NamingModel {
  return toModel(
    trainFloat(rows),
    chosen.threshold,
    `${FOLDS}-fold cross-validation over labelled sentences the patterns miss: names ${chosen.added} of ` +
      `${chosen.missed} conditions right, ${chosen.wrong} wrongly`,
  );
}

/** The generated module: the header as JSON and the int8 weights as base64. */
export const namingModule = (model: NamingModel): string =>
  generatedModule({
    prefix: 'NAMING',
    title: `naming model: ${model.header.features.buckets} buckets, threshold ${model.header.threshold}`,
    header: model.header,
    weights: model.weights,
  });
