/**
 * Which words made the model pick a category: each feature's pull towards the category (against "none") is
 * credited to the words that produced it, and the trigger is the shortest run of words that holds the
 * strongest of them. The case manager sees those words quoted, as with a rule's trigger.
 */
import { type ModelClass, NONE } from './classes';
import { extractFeatures, type Features } from './features';
import type { WeightFile } from './format';
import type { DenseModel } from './predict';
import type { Token } from './tokenize';

/** Words pulling at least this share of the strongest word's pull join the trigger... */
const JOIN_SHARE = 0.5;
/** ...as long as the trigger stays this many words or fewer. */
const MAX_WORDS = 4;

/**
 * Words that carry signal for the model (who is talking, that something was admitted) but tell the reader
 * nothing when quoted alone: they never start or end a trigger, though one may sit inside it. When only these
 * pull towards the category there is no reason to show, and the model makes no finding.
 */
const FRAME_WORDS = new Set(
  (
    'i we you he she they it him her them his their my our me us the a an this that to of in on at for and or but ' +
    'is was were are be been being has have had do does did so just really honestly also still again ' +
    'said says told tells reported reports mentioned mentions admitted admits stated states shared shares ' +
    "pt participant client mr ms mrs mx per lol he's she's they're it's i'm " +
    "not no never didn't don't doesn't won't wouldn't couldn't can't isn't wasn't hasn't haven't " +
    'would could should will can may might must think thought know knew want wanted like get got go went ' +
    'anyone anything anybody someone something somebody nobody nothing everyone any some all one ' +
    'if when then there here now up out about with from by as into over after before again ever even'
  ).split(' '),
);

/** Each token's pull towards `target` against "none", the model's first class (positive: towards `target`). */
export function wordContributions(
  model: Pick<DenseModel, 'header' | 'weights'>,
  features: Features,
  target: number,
): Float64Array {
  const { header, weights } = model;
  const k = header.classes.length;
  const { tokens, occurrences, scale } = features;
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  tokens.forEach((token, i) => {
    byStart.set(token.start, i);
    byEnd.set(token.end, i);
  });
  const targetScale = header.scales[target] ?? 0;
  const noneScale = header.scales[NONE] ?? 0;
  const pull = new Float64Array(tokens.length);
  for (let o = 0; o < occurrences.length; o++) {
    const bucket = occurrences.bucket[o] ?? 0;
    const weight = occurrences.weight[o] ?? 0;
    const first = byStart.get(occurrences.start[o] ?? -1);
    const last = byEnd.get(occurrences.end[o] ?? -1);
    // The question-mark cue belongs to no word.
    if (first === undefined || last === undefined) continue;
    const delta =
      (weights[bucket * k + target] ?? 0) * targetScale - (weights[bucket * k + NONE] ?? 0) * noneScale;
    const share = (delta * weight * scale) / (last - first + 1);
    for (let t = first; t <= last; t++) pull[t] = (pull[t] ?? 0) + share;
  }
  return pull;
}

/** The trigger span (offsets in the sentence) for `target`; null when no content word pulls towards it. */
export function triggerSpan(
  model: WeightFile,
  sentence: string,
  target: ModelClass,
): { start: number; end: number } | null {
  const features = extractFeatures(sentence, model.header.features);
  const index = model.header.classes.indexOf(target);
  return strongestRun(features.tokens, wordContributions(model, features, index));
}

/**
 * The shortest run of words holding the content word that pulls most (and those pulling at least half as much,
 * within MAX_WORDS); null when no content word pulls towards the finding.
 */
export function strongestRun(
  tokens: readonly Token[],
  pull: Float64Array,
): { start: number; end: number } | null {
  const positive = [...pull.keys()].filter((i) => (pull[i] ?? 0) > 0);
  const content = positive.filter((i) => !FRAME_WORDS.has(tokens[i]?.word ?? ''));
  const ranked = content.sort((a, b) => (pull[b] ?? 0) - (pull[a] ?? 0));
  const top = ranked[0];
  if (top === undefined) return null;
  let low = top;
  let high = top;
  const floor = (pull[top] ?? 0) * JOIN_SHARE;
  for (const i of ranked.slice(1)) {
    if ((pull[i] ?? 0) < floor) break;
    const from = Math.min(low, i);
    const to = Math.max(high, i);
    if (to - from + 1 > MAX_WORDS) continue;
    low = from;
    high = to;
  }
  return { start: tokens[low]?.start ?? 0, end: tokens[high]?.end ?? 0 };
}
