/**
 * From labelled sentences to a weight file: features (dropping buckets too rare to generalise), training,
 * int8 quantisation and the header. Pure, so the trainer script and tests build models the same way; the
 * extension never imports it.
 */
import type { Category } from '../types';
import { CATEGORIES } from '../types';
import { classIndex, MODEL_CLASSES, type ModelClass } from './classes';
import type { FeatureConfig } from './config';
import { vectorize } from './features';
import { FORMAT_VERSION, type WeightFile } from './format';
import { type Example, train } from './logistic';
import { quantise } from './quantise';

export interface LabelledText {
  text: string;
  label: ModelClass;
}

export interface Hyper {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** A bucket must occur in this many training sentences to get a weight. */
  minCount: number;
  /** Quantisation steps either side of zero (see quantise). */
  levels: number;
}

/**
 * Features of every item, with buckets seen in fewer than minCount items dropped (they only memorise); `label`
 * gives each item's class index.
 */
export function examples<T extends { text: string }>(
  items: readonly T[],
  config: FeatureConfig,
  minCount: number,
  label: (item: T) => number,
): Example[] {
  const extracted = items.map((item) => ({ item, features: vectorize(item.text, config) }));
  const seen = new Uint32Array(config.buckets);
  for (const { features } of extracted) {
    for (const index of features.indexes) seen[index] = (seen[index] ?? 0) + 1;
  }
  return extracted.map(({ item, features }) => {
    const indexes: number[] = [];
    const values: number[] = [];
    features.indexes.forEach((index, i) => {
      if ((seen[index] ?? 0) < minCount) return;
      indexes.push(index);
      values.push(features.values[i] ?? 0);
    });
    return { indexes, values, label: label(item) };
  });
}

/** A "none" veto no probability reaches: the rules' findings always stand. */
export const NEVER_VETO = 1.01;
/** A limit every probability stays below: the rules' leave-alone checks judge every model finding. */
export const ALWAYS_CHECKED = 1.01;
/** A category overrule no probability reaches: a rule's finding always keeps its own category. */
export const NEVER_RECATEGORISE = 1.01;

export function sameThreshold(threshold: number): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((category) => [category, threshold])) as Record<Category, number>;
}

export interface Thresholding {
  thresholds: Record<Category, number>;
  lowMargin: number;
  noneVeto: number;
  checksVetoBelow: number;
  categoryOverrule: number;
  calibratedOn: string;
}

export function trainWeightFile(
  items: readonly LabelledText[],
  config: FeatureConfig,
  hyper: Hyper,
  thresholding: Thresholding,
): WeightFile {
  const labelled = examples(items, config, hyper.minCount, (item) => classIndex(item.label));
  const float = train(labelled, {
    classes: MODEL_CLASSES.length,
    buckets: config.buckets,
    ...hyper,
  });
  const { weights, scales, bias } = quantise(float, hyper.levels);
  return {
    header: {
      format: FORMAT_VERSION,
      features: config,
      buckets: config.buckets,
      classes: [...MODEL_CLASSES],
      scales,
      bias,
      ...thresholding,
    },
    weights,
  };
}
