/**
 * The feature configuration travels in the weight file's header: the extension must hash features exactly as
 * the trainer did, so a model is only ever read with the configuration it was trained with.
 */
export interface FeatureConfig {
  /** Hash buckets, a power of two: fewer means a smaller file and more collisions. */
  buckets: number;
  /** Character n-gram lengths, counted with the word-boundary markers. */
  charMin: number;
  charMax: number;
  /** Relative weight of each feature group before the vector is scaled to unit length. */
  weights: { word: number; bigram: number; char: number; cue: number };
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  buckets: 1 << 15,
  charMin: 3,
  charMax: 5,
  weights: { word: 1, bigram: 1, char: 0.5, cue: 1 },
};

export function isFeatureConfig(value: unknown): value is FeatureConfig {
  if (typeof value !== 'object' || value === null) return false;
  const { buckets, charMin, charMax, weights } = value as Record<string, unknown>;
  const power = typeof buckets === 'number' && buckets > 0 && Number.isInteger(Math.log2(buckets));
  const lengths =
    typeof charMin === 'number' && typeof charMax === 'number' && charMin >= 1 && charMax >= charMin;
  if (!power || !lengths || typeof weights !== 'object' || weights === null) return false;
  const w = weights as Record<string, unknown>;
  return ['word', 'bigram', 'char', 'cue'].every((key) => typeof w[key] === 'number');
}
