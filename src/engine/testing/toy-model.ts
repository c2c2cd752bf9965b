/**
 * A small model trained in the test itself, so tests of combining, vetoes and explanations do not depend on the
 * shipped weights (which change with every retrain). It learns made-up words: "zorbled" is drug use, "glimmed"
 * is a fight, anything else is "none".
 */
import { DEFAULT_FEATURE_CONFIG } from '../model/config';
import { encodeWeights, ROW_LEVELS, type WeightFile } from '../model/format';
import {
  ALWAYS_CHECKED,
  type Hyper,
  type LabelledText,
  NEVER_RECATEGORISE,
  NEVER_VETO,
  sameThreshold,
  trainWeightFile,
} from '../model/trainer';

const NONE_SENTENCES = [
  'We met at the office on Tuesday.',
  'She finished her housing application.',
  'He is on the waitlist for a shelter bed.',
  'Her next step is applying for SSI.',
  'They enrolled in classes this spring.',
  'The family shelter is full this week.',
  'He lost his ID and is waiting on a new one.',
  'Her hearing is set for next month.',
  'We talked about his goals for the summer.',
  'She called to reschedule our meeting.',
];

const SUBJECTS = ['He', 'She', 'They', 'My client', 'The participant'];
const TIMES = ['last night', 'on Friday', 'again', 'over the weekend', 'yesterday'];

export const TOY_ITEMS: readonly LabelledText[] = [
  ...NONE_SENTENCES.map((text) => ({ text, label: 'none' as const })),
  ...SUBJECTS.flatMap((subject) =>
    TIMES.flatMap((time) => [
      { text: `${subject} zorbled ${time}.`, label: 'substance' as const },
      { text: `${subject} glimmed a man ${time}.`, label: 'violence' as const },
    ]),
  ),
];

/** Training settings for models made in tests: every feature kept, the finest steps the file stores, a fixed seed. */
export const TOY_HYPER: Hyper = {
  epochs: 30,
  learningRate: 0.5,
  l2: 1e-6,
  seed: 7,
  minCount: 1,
  levels: ROW_LEVELS,
};

/**
 * `noneVeto` 0 lets the model overrule every rule finding it may overrule, so tests can see which those are;
 * `checksVetoBelow` 0 puts every model finding past the rules' leave-alone checks.
 */
export function toyModel(
  threshold = 0.5,
  noneVeto = NEVER_VETO,
  checksVetoBelow = ALWAYS_CHECKED,
): WeightFile {
  return trainWeightFile(TOY_ITEMS, { ...DEFAULT_FEATURE_CONFIG, buckets: 1 << 12 }, TOY_HYPER, {
    thresholds: sameThreshold(threshold),
    lowMargin: 0.05,
    noneVeto,
    checksVetoBelow,
    categoryOverrule: NEVER_RECATEGORISE,
    calibratedOn: 'toy',
  });
}

export const toyEncoded = (threshold?: number, noneVeto?: number, checksVetoBelow?: number): string =>
  encodeWeights(toyModel(threshold, noneVeto, checksVetoBelow));
