/**
 * Turns one sentence into a sparse, hashed feature vector: word unigrams and bigrams, character n-grams of each
 * word (with boundary markers, so "<used" differs from "abused"), and the cues of cues.ts. Every feature
 * remembers the span of the sentence that produced it, so the words that pushed the model towards a category
 * can be shown to the case manager as the trigger.
 *
 * This runs on every sentence the rules leave alone, so it allocates little: occurrences go into flat typed
 * arrays and repeated buckets are merged through a scratch table instead of a Map.
 */
import type { FeatureConfig } from './config';
import { wordCue } from './cues';
import { FNV_OFFSET, fnvStep, fnvString } from './hash';
import { type Token, tokenize } from './tokenize';

/** Where each feature came from, one entry per occurrence (parallel arrays of `length` entries). */
export interface Occurrences {
  length: number;
  bucket: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** The occurrence's group weight (before scaling). */
  weight: Float64Array;
}

export interface Features {
  tokens: Token[];
  /** Distinct buckets, in order of first occurrence. */
  indexes: Int32Array;
  /** The value of each bucket, the vector scaled to unit length. */
  values: Float64Array;
  /** What one unit of occurrence weight is worth after scaling: an occurrence adds `weight * scale`. */
  scale: number;
  occurrences: Occurrences;
}

/** One-letter namespaces keep a word, a bigram and an n-gram with the same letters apart. */
const WORD_SEED = fnvStep(FNV_OFFSET, 0x77); // 'w'
const BIGRAM_SEED = fnvStep(FNV_OFFSET, 0x62); // 'b'
const CHAR_SEED = fnvStep(FNV_OFFSET, 0x63); // 'c'
const CUE_SEED = fnvStep(FNV_OFFSET, 0x71); // 'q'
const QUESTION_HASH = fnvString(CUE_SEED, 'question');
const BOUNDARY_START = 0x3c; // '<'
const BOUNDARY_END = 0x3e; // '>'

/**
 * Collects occurrences; one instance is reused for every sentence (the engine is synchronous, so calls never
 * interleave), and it grows as needed: a very long "sentence" is still one segment.
 */
class Collector {
  length = 0;
  mask = 0;
  bucket = new Int32Array(512);
  start = new Int32Array(512);
  end = new Int32Array(512);
  weight = new Float64Array(512);

  reset(buckets: number): this {
    this.length = 0;
    this.mask = buckets - 1;
    return this;
  }

  push(hash: number, start: number, end: number, weight: number): void {
    if (this.length === this.bucket.length) this.grow();
    const i = this.length++;
    this.bucket[i] = hash & this.mask;
    this.start[i] = start;
    this.end[i] = end;
    this.weight[i] = weight;
  }

  private grow(): void {
    const size = this.bucket.length * 2;
    const copy = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.bucket = copy(this.bucket, new Int32Array(size));
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.weight = copy(this.weight, new Float64Array(size));
  }

  occurrences(): Occurrences {
    const n = this.length;
    return {
      length: n,
      bucket: this.bucket.slice(0, n),
      start: this.start.slice(0, n),
      end: this.end.slice(0, n),
      weight: this.weight.slice(0, n),
    };
  }
}

/** Character n-grams of "<word>", hashed incrementally so no substring is ever built. */
function addCharGrams(token: Token, config: FeatureConfig, out: Collector): void {
  const { word, start, end } = token;
  const length = word.length + 2;
  const weight = config.weights.char;
  for (let from = 0; from + config.charMin <= length; from++) {
    let hash = CHAR_SEED;
    const last = Math.min(length, from + config.charMax);
    for (let to = from; to < last; to++) {
      const code = to === 0 ? BOUNDARY_START : to === length - 1 ? BOUNDARY_END : word.charCodeAt(to - 1);
      hash = fnvStep(hash, code);
      if (to - from + 1 >= config.charMin) out.push(hash, start, end, weight);
    }
  }
}

const scratch = new Collector();

/** Fills the shared collector with the sentence's occurrences. */
function collect(sentence: string, config: FeatureConfig): { tokens: Token[]; out: Collector } {
  const tokens = tokenize(sentence);
  const out = scratch.reset(config.buckets);
  const { weights } = config;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    out.push(fnvString(WORD_SEED, token.word), token.start, token.end, weights.word);
    const next = tokens[i + 1];
    if (next) {
      const pair = fnvString(fnvStep(fnvString(BIGRAM_SEED, token.word), 0x20), next.word);
      out.push(pair, token.start, next.end, weights.bigram);
    }
    addCharGrams(token, config, out);
    const cue = wordCue(token);
    if (cue) out.push(fnvString(CUE_SEED, cue), token.start, token.end, weights.cue);
  }
  const question = sentence.indexOf('?');
  if (question >= 0) out.push(QUESTION_HASH, question, question + 1, weights.cue);
  return { tokens, out };
}

/** Everything about a sentence's features, spans included (for training and for explaining a finding). */
export function extractFeatures(sentence: string, config: FeatureConfig): Features {
  const { tokens, out } = collect(sentence, config);
  return { tokens, ...vectorOf(out, config.buckets), occurrences: out.occurrences() };
}

/** Only the vector: what scoring a sentence needs, without copying out the spans. */
export function vectorize(
  sentence: string,
  config: FeatureConfig,
): { indexes: Int32Array; values: Float64Array } {
  return vectorOf(collect(sentence, config).out, config.buckets);
}

/**
 * Scratch table, two entries per bucket: the call that last saw it (its stamp) and its slot in the vector, which
 * is valid only where the stamp is the current call. Side by side, a lookup touches one cache line, not two.
 */
let table = new Int32Array(0);
let call = 0;
/** The vector under construction, grown as needed and copied out at its final length. */
let scratchIndexes = new Int32Array(256);
let scratchValues = new Float64Array(256);

/** Sums occurrences per bucket and scales the vector to unit length, so long and short sentences weigh alike. */
function vectorOf(
  occurrences: Collector,
  buckets: number,
): { indexes: Int32Array; values: Float64Array; scale: number } {
  // Sized for the largest model seen: the sentence, act and naming models take turns on every sentence, and
  // a table resized to each would be zeroed again at every turn.
  if (table.length < 2 * buckets || call >= 0x7fffffff) {
    table = new Int32Array(Math.max(2 * buckets, table.length));
    call = 0;
  }
  call += 1;
  if (scratchIndexes.length < occurrences.length) {
    scratchIndexes = new Int32Array(occurrences.length * 2);
    scratchValues = new Float64Array(occurrences.length * 2);
  }
  const indexes = scratchIndexes;
  const values = scratchValues;
  let distinct = 0;
  for (let i = 0; i < occurrences.length; i++) {
    const bucket = occurrences.bucket[i] ?? 0;
    const weight = occurrences.weight[i] ?? 0;
    const entry = bucket * 2;
    if (table[entry] === call) {
      const at = table[entry + 1] ?? 0;
      values[at] = (values[at] ?? 0) + weight;
      continue;
    }
    table[entry] = call;
    table[entry + 1] = distinct;
    indexes[distinct] = bucket;
    values[distinct] = weight;
    distinct += 1;
  }
  let norm = 0;
  for (let i = 0; i < distinct; i++) norm += (values[i] ?? 0) ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < distinct; i++) values[i] = (values[i] ?? 0) * scale;
  return { indexes: indexes.slice(0, distinct), values: values.slice(0, distinct), scale };
}
