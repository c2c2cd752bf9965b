/**
 * From whole labelled messages to the act model (act-model.ts), deterministically. Pure, so `npm run train` and
 * the test that retrains and compares bytes build it the same way; the extension never imports it.
 *
 * Examples: in every training message that names a condition (as the engine reads it: the naming patterns, and
 * the naming model where they find none), each sentence that does not restate a condition (passage.ts) is read
 * against each kind its other sentences name. It breaks that kind when it is one of the message's flagged
 * sentences, the message is marked `cross` (the violation shows only with the condition), and its category is
 * the kind's. Flagged sentences of messages that are not `cross` are violations on their own and left out.
 *
 * The threshold is chosen on the calibration messages (never trained on), read by the model trained on all the
 * training messages: the lowest at which, and above which, the model's additions (breaches the engine did not
 * already flag) are right at the engine's target precision. A 5-fold cross-validation over the training
 * messages (folds split by message) guards it: there, where a quarter of the messages are traps written to look
 * like breaches, the additions may flag at most the engine's whole budget for the clean sentences of messages.
 * The veto over the hand-written act patterns is chosen on the calibration messages (chooseVeto): read across
 * validation folds, messages by the writers the model trained on made the veto look three times as good as it
 * was on messages by new writers. So the cross-validation only bounds it: no veto above the one that pays best
 * there, where it looks its best.
 */
import { DEFAULT_FEATURE_CONFIG, type FeatureConfig } from '../model/config';
import { extractFeatures, type Features } from '../model/features';
import { generatedModule } from '../model/generated-module';
import { type Example, train } from '../model/logistic';
import { quantise } from '../model/quantise';
import { segment } from '../segment';
import type { Category } from '../types';
import { ACT_KINDS, type ActHeader, type ActModel, actVector } from './act-model';
import { CONDITION_RULES, type ConditionKind } from './conditions';
import type { NamingModel } from './naming-model';
import { conditionKindsNamedIn, restatesConditionIn } from './passage';

export interface TrainingMessage {
  text: string;
  flag: readonly string[];
  categories: readonly Category[];
  cross: boolean;
}

/** One sentence of a condition message, ready to be read against the kinds its message names. */
export interface ActSentence {
  /** Which message it came from (folds split by message). */
  message: number;
  features: Features;
  named: readonly ConditionKind[];
  /** The kind it breaks, or null. */
  breaks: ConditionKind | null;
  /** A flagged sentence of a message that is not `cross`: it shows its violation on its own. */
  flaggedAlone: boolean;
  /** Whether the engine without this model already flags it (for the cross-validation's figures). */
  alreadyFlagged: boolean;
  /** The kind whose hand-written act patterns flag it (a `passage/<kind>` finding), or null. */
  patternKind: ConditionKind | null;
}

/**
 * By the cross-validation below, over the 2,332 training messages of `messages*.jsonl`: 2^14 buckets with
 * kind-crossed features at 0.7 of their shared twins added 205 of the 453 breaches the engine missed, against
 * 192 for 2^13 at 1.0, at the same false share
 * (context cues — whether the sentence names the protected person or place, comes before the condition, or
 * gives an hour past the curfew — added nothing).
 */
export const ACT_FEATURES: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, buckets: 1 << 14 };
const CROSS_WEIGHT = 0.7;
const HYPER = { epochs: 30, learningRate: 0.4, l2: 1e-5, seed: 20261206 };
const FOLDS = 5;
/** Candidate thresholds 0.30 … 0.95 in steps of 0.01: coarser steps jump past the best one. */
const CANDIDATES = Array.from({ length: 66 }, (_, i) => Number((0.3 + i / 100).toFixed(2)));
const LOW_MARGIN = 0.05;
/**
 * Weights are rounded to this many steps either side of zero, as the naming and veto models' are: 127 steps took
 * 15.7 kB gzipped, 31 took 12.6 kB and 15 took 10.2 kB, with the same whole-message figures on every message set
 * to within one sentence. The calibration messages are read by the rounded weights.
 */
const LEVELS = 15;
const CATEGORY_OF = new Map(CONDITION_RULES.map((rule) => [rule.kind, rule.category]));

/** Every sentence of the training messages that name a condition, with what it breaks. */
export function actSentences(
  messages: readonly TrainingMessage[],
  flaggedByEngine: (text: string) => readonly { start: number; end: number; ruleId: string }[],
  naming: NamingModel | null = null,
): ActSentence[] {
  const out: ActSentence[] = [];
  messages.forEach((message, index) => {
    const segments = segment(message.text);
    const kinds = segments.map((seg) =>
      conditionKindsNamedIn(message.text.slice(seg.start, seg.end), naming),
    );
    const named = [...new Set(kinds.flat())];
    if (named.length === 0) return;
    const found = flaggedByEngine(message.text);
    segments.forEach((seg, i) => {
      if (restatesConditionIn(message.text.slice(seg.start, seg.end), naming)) return;
      // A sentence naming the device only ("left her Soberlink at home") is read against the kinds named elsewhere.
      const namedElsewhere = [...new Set(kinds.flatMap((list, at) => (at === i ? [] : list)))];
      if (namedElsewhere.length === 0) return;
      const target = message.flag.findIndex((flagged) => {
        const start = message.text.indexOf(flagged);
        return start >= 0 && start < seg.end && start + flagged.length > seg.start;
      });
      const category = message.categories[target];
      const breaks =
        target >= 0 && message.cross
          ? (namedElsewhere.find((kind) => CATEGORY_OF.get(kind) === category) ?? namedElsewhere[0] ?? null)
          : null;
      out.push({
        message: index,
        features: extractFeatures(message.text.slice(seg.start, seg.end), ACT_FEATURES),
        named: namedElsewhere,
        breaks,
        flaggedAlone: target >= 0 && !message.cross,
        alreadyFlagged: found.some((finding) => finding.start < seg.end && finding.end > seg.start),
        patternKind: patternKindOf(found, seg),
      });
    });
  });
  return out;
}

/** The kind of a hand-written passage finding on the segment (`passage/<kind>`, not the model's), or null. */
function patternKindOf(
  found: readonly { start: number; end: number; ruleId: string }[],
  seg: { start: number; end: number },
): ConditionKind | null {
  for (const finding of found) {
    if (finding.start >= seg.end || finding.end <= seg.start) continue;
    const kind = /^passage\/([a-z-]+)$/.exec(finding.ruleId)?.[1] as ConditionKind | undefined;
    if (kind !== undefined && ACT_KINDS.includes(kind)) return kind;
  }
  return null;
}

const header = { features: ACT_FEATURES, crossWeight: CROSS_WEIGHT };

function examplesOf(sentences: readonly ActSentence[]): Example[] {
  return sentences
    .filter((sentence) => !sentence.flaggedAlone)
    .flatMap((sentence) =>
      sentence.named.map((kind) => ({
        ...actVector(sentence.features, ACT_KINDS.indexOf(kind), header),
        label: sentence.breaks === kind ? 1 : 0,
      })),
    );
}

/** The act model before quantisation. */
export interface FloatActModel {
  /** Weight difference per bucket ("breaks" minus "does not"). */
  weights: Float64Array;
  bias: number;
}

function trainFloat(sentences: readonly ActSentence[]): FloatActModel {
  const model = train(examplesOf(sentences), { classes: 2, buckets: ACT_FEATURES.buckets, ...HYPER });
  const weights = new Float64Array(ACT_FEATURES.buckets);
  for (let b = 0; b < weights.length; b++)
    weights[b] = (model.weights[b * 2 + 1] ?? 0) - (model.weights[b * 2] ?? 0);
  return { weights, bias: (model.bias[1] ?? 0) - (model.bias[0] ?? 0) };
}

function probability(model: FloatActModel, sentence: ActSentence, kind: ConditionKind): number {
  const { indexes, values } = actVector(sentence.features, ACT_KINDS.indexOf(kind), header);
  let score = model.bias;
  indexes.forEach((bucket, i) => {
    score += (model.weights[bucket] ?? 0) * (values[i] ?? 0);
  });
  return 1 / (1 + Math.exp(-score));
}

export interface ActFigures {
  threshold: number;
  /** Breaking sentences the engine missed, and how many of them the model adds. */
  missed: number;
  added: number;
  /** Clean sentences of condition messages, and how many the model's additions flag. */
  clean: number;
  falseAdded: number;
}

function emptyFigures(): ActFigures[] {
  return CANDIDATES.map((threshold) => ({ threshold, missed: 0, added: 0, clean: 0, falseAdded: 0 }));
}

/** Counts one held-out sentence, read by `model`, into the figures of every candidate threshold. */
function tally(figures: ActFigures[], model: FloatActModel, sentence: ActSentence): void {
  if (sentence.flaggedAlone) return;
  const best = Math.max(...sentence.named.map((kind) => probability(model, sentence, kind)));
  for (const f of figures) {
    if (sentence.breaks !== null) {
      if (sentence.alreadyFlagged) continue;
      f.missed += 1;
      if (best >= f.threshold) f.added += 1;
    } else {
      f.clean += 1;
      if (!sentence.alreadyFlagged && best >= f.threshold) f.falseAdded += 1;
    }
  }
}

/** What a veto would remove from the hand-written passage findings: true and false ones. */
export interface VetoFigures {
  veto: number;
  /** Pattern findings on sentences that are violations (a breach, or flagged on their own). */
  rightFlags: number;
  rightRemoved: number;
  /** Pattern findings on clean sentences. */
  falseFlags: number;
  falseRemoved: number;
}

/** Candidate vetoes: a pattern finding is dropped when the model's probability that it breaks is below. */
const VETO_CANDIDATES = Array.from({ length: 31 }, (_, i) => Number((i / 100).toFixed(2)));

/**
 * A false flag removed is worth this many true ones lost: the veto may only cost a breach where it spares
 * several clean sentences (a missed breach can cost the participant far more than a review at Send).
 */
export const VETO_COST = 3;

function emptyVetoFigures(): VetoFigures[] {
  return VETO_CANDIDATES.map((veto) => ({
    veto,
    rightFlags: 0,
    rightRemoved: 0,
    falseFlags: 0,
    falseRemoved: 0,
  }));
}

function tallyVeto(figures: VetoFigures[], model: FloatActModel, sentence: ActSentence): void {
  const kind = sentence.patternKind;
  if (kind === null || !sentence.named.includes(kind)) return;
  const p = probability(model, sentence, kind);
  const right = sentence.breaks !== null || sentence.flaggedAlone;
  for (const f of figures) {
    if (right) f.rightFlags += 1;
    else f.falseFlags += 1;
    if (p >= f.veto) continue;
    if (right) f.rightRemoved += 1;
    else f.falseRemoved += 1;
  }
}

export interface ActEvaluation {
  /** The model's additions at each candidate threshold: on the training messages, cross-validated… */
  trained: ActFigures[];
  /** …and on the held-out calibration messages. */
  held: ActFigures[];
  /** What each candidate veto would drop of the hand-written patterns' findings: cross-validated… */
  trainedVetoes: VetoFigures[];
  /** …and on the calibration messages, where the veto is chosen. */
  heldVetoes: VetoFigures[];
  /** The model trained on all of the training messages, its weights rounded: the one that ships. */
  model: FloatActModel;
}

/**
 * Every sentence read once by a model that never saw it: the training messages by a 5-fold cross-validation
 * (folds split by message), the held-out calibration messages by the model trained on all of `train`.
 */
export function evaluateAct(train: readonly ActSentence[], held: readonly ActSentence[]): ActEvaluation {
  const trained = emptyFigures();
  const heldFigures = emptyFigures();
  const trainedVetoes = emptyVetoFigures();
  const heldVetoes = emptyVetoFigures();
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainFloat(train.filter((sentence) => sentence.message % FOLDS !== fold));
    for (const sentence of train) {
      if (sentence.message % FOLDS !== fold) continue;
      tally(trained, model, sentence);
      tallyVeto(trainedVetoes, model, sentence);
    }
  }
  // The calibration messages are read by the weights as they ship, rounded, so the threshold and the veto are
  // chosen for the model the extension runs.
  const model = rounded(trainFloat(train));
  for (const sentence of held) {
    tally(heldFigures, model, sentence);
    tallyVeto(heldVetoes, model, sentence);
  }
  return { trained, held: heldFigures, trainedVetoes, heldVetoes, model };
}

const vetoGain = (f: VetoFigures) => f.falseRemoved - VETO_COST * f.rightRemoved;

/** The figures with the best gain, false flags removed net of VETO_COST per true one lost; on a tie the lowest. */
function bestVeto(figures: readonly VetoFigures[]): VetoFigures {
  let chosen = figures[0] as VetoFigures;
  for (const f of figures) if (vetoGain(f) > vetoGain(chosen)) chosen = f;
  return chosen;
}

/**
 * The veto that pays best on the calibration messages (`held`), no higher than the one that pays best in the
 * cross-validation over the training messages (`trained`, the same candidates in the same order), which
 * overstates what a veto is worth; 0 is off.
 */
export function chooseVeto(
  held: readonly VetoFigures[],
  trained: readonly VetoFigures[] = held,
): VetoFigures {
  const ceiling = bestVeto(trained).veto;
  return bestVeto(held.filter((f) => f.veto <= ceiling));
}

/** What the chosen threshold must keep. */
export interface ActLimits {
  /** Share of the additions on the calibration messages that must be right. */
  precision: number;
  /** Largest share of the clean sentences of the training messages the additions may flag. */
  falseShare: number;
}

/** The threshold chosen, with its figures on both readings. */
export interface ActChoice {
  threshold: number;
  trained: ActFigures;
  held: ActFigures;
}

const additionsPrecision = (f: ActFigures): number =>
  f.added + f.falseAdded === 0 ? 1 : f.added / (f.added + f.falseAdded);

/**
 * The lowest candidate at which, and at every candidate above it, both limits hold (so one lucky candidate
 * among failing ones is never taken); the highest candidate if even that one fails. `trained` and `held` are
 * indexed alike (evaluateAct); without calibration messages, `held` counts nothing and the guard alone decides.
 */
export function chooseThreshold(
  trained: readonly ActFigures[],
  held: readonly ActFigures[],
  limits: ActLimits,
): ActChoice {
  const holds = (i: number) => {
    const t = trained[i] as ActFigures;
    const h = held[i] as ActFigures;
    return additionsPrecision(h) >= limits.precision && t.falseAdded <= limits.falseShare * t.clean;
  };
  let chosen = trained.length - 1;
  if (holds(chosen)) while (chosen > 0 && holds(chosen - 1)) chosen -= 1;
  return {
    threshold: (trained[chosen] as ActFigures).threshold,
    trained: trained[chosen] as ActFigures,
    held: held[chosen] as ActFigures,
  };
}

const tidy = (value: number): number => Number(value.toPrecision(8));

/** Weights as int8 steps of one scale, LEVELS either side of zero (the act model is one class of weights). */
function quantised(model: FloatActModel): { weights: Int8Array; scale: number } {
  const { weights, scales } = quantise(
    { classes: 1, weights: model.weights, bias: Float64Array.of(model.bias) },
    LEVELS,
  );
  return { weights, scale: scales[0] ?? 1 };
}

/** The model with its weights rounded as the shipped file stores them (and its bias as the header does). */
function rounded(model: FloatActModel): FloatActModel {
  const { weights, scale } = quantised(model);
  return { weights: Float64Array.from(weights, (q) => q * scale), bias: tidy(model.bias) };
}

/**
 * The shipped act model: `model` (evaluateAct's, trained on every training message, already rounded) quantised,
 * with its limits.
 */
export function quantiseActModel(
  model: FloatActModel,
  chosen: ActChoice,
  veto: VetoFigures | null = null,
): ActModel {
  const { weights, scale } = quantised(model);
  const actHeader: ActHeader = {
    format: 1,
    features: ACT_FEATURES,
    crossWeight: CROSS_WEIGHT,
    scale,
    bias: tidy(model.bias),
    threshold: tidy(chosen.threshold),
    lowMargin: LOW_MARGIN,
    veto: veto?.veto ?? 0,
    calibration:
      `calibration messages: adds ${chosen.held.added} of ${chosen.held.missed} missed breaches, wrongly flags ` +
      `${chosen.held.falseAdded} of ${chosen.held.clean} clean sentences; ${FOLDS}-fold cross-validation over ` +
      `training messages: adds ${chosen.trained.added} of ${chosen.trained.missed}, wrongly flags ` +
      `${chosen.trained.falseAdded} of ${chosen.trained.clean}` +
      (veto
        ? `; veto ${veto.veto} removes ${veto.falseRemoved} of ${veto.falseFlags} false pattern findings on the calibration messages, ${veto.rightRemoved} of ${veto.rightFlags} right ones`
        : ''),
  };
  return { header: actHeader, weights };
}

/** The generated module: the header as JSON and the int8 weights as base64. */
export const actModule = (model: ActModel): string =>
  generatedModule({
    prefix: 'ACT',
    title: `act model: ${model.header.features.buckets} buckets, threshold ${model.header.threshold}`,
    header: model.header,
    weights: model.weights,
  });
