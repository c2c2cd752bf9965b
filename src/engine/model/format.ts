/**
 * The weight file: a versioned container, shipped as text in weights.generated.ts.
 *
 *   base64("LGWM" | format version (u16 LE) | header length (u32 LE) | header (JSON, UTF-8) | row bitmap)
 *   "~" rows
 *
 * The header carries everything needed to read the weights back and use them: feature configuration, bucket
 * count, class list, per-class quantisation scales, biases and the thresholds chosen on the calibration set.
 * Weights are small integers (weight = value × scale of its class). Only buckets with a non-zero weight are
 * stored: the bitmap has one bit per bucket, and each set bit is followed, in order, by one row of one value per
 * class. Most buckets never occur in the training corpus, so this keeps the module small.
 *
 * Rows are one character per value, from an alphabet of 63 (values −31…31), rather than base64 of their bytes:
 * most values are 0 or ±1, and gzip codes a character per value close to that skew, where base64 spreads each
 * value over character boundaries. The shipped module is a fifth smaller gzipped.
 */
import { CATEGORIES, type Category } from '../types';
import { decodeBase64, encodeBase64 } from './base64';
import { MODEL_CLASSES, type ModelClass } from './classes';
import { type FeatureConfig, isFeatureConfig } from './config';

export const FORMAT_VERSION = 4;
const MAGIC = 'LGWM';
const PREAMBLE = 10;
/** Between the base64 container and the rows: a character neither alphabet uses. */
const ROWS_SEPARATOR = '~';
/** The largest stored magnitude: the row alphabet codes values −ROW_LEVELS…ROW_LEVELS. */
export const ROW_LEVELS = 31;
const ROW_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-';
const ROW_VALUE = new Int8Array(128).fill(-128);
for (let i = 0; i < ROW_ALPHABET.length; i++) ROW_VALUE[ROW_ALPHABET.charCodeAt(i)] = i - ROW_LEVELS;

export interface WeightHeader {
  format: number;
  features: FeatureConfig;
  buckets: number;
  classes: ModelClass[];
  /** Per class: a stored int8 `q` stands for the weight `q × scale`. */
  scales: number[];
  bias: number[];
  /** Smallest probability of a category that makes the model's finding, per category. */
  thresholds: Record<Category, number>;
  /** A finding within this much above its threshold is `low` severity, otherwise `medium`. */
  lowMargin: number;
  /**
   * A rule's conduct finding is dropped when the model's probability of "none" reaches this (above 1: never).
   * Chosen on the calibration set with the thresholds: the rules over-read charged words used innocently.
   */
  noneVeto: number;
  /**
   * The rules' leave-alone checks (known record, hypothetical, someone else's conduct, a victim, a compliance
   * statement) drop a model finding only below this probability (above 1: always). They were written for the
   * rules' own precise matches; on a model finding they read the words that weighed most, and a model this sure
   * has learned the sentence's context from the labelled corpus. Chosen on the calibration set with the thresholds.
   */
  checksVetoBelow: number;
  /**
   * A rule's finding takes the model's category when the model gives another category at least this probability
   * (above 1: never). The rules name the category by the first charged word they match ("arrested" in a sentence
   * about a missed check-in); chosen on the calibration set.
   */
  categoryOverrule: number;
  /** Where the thresholds came from: the calibration file, or "default" when there was none. */
  calibratedOn: string;
}

export interface WeightFile {
  header: WeightHeader;
  /** Dense: weights[bucket × classes + class]. */
  weights: Int8Array;
}

export class WeightFormatError extends Error {
  override name = 'WeightFormatError';
}

function fail(message: string): never {
  throw new WeightFormatError(`LEAD Guard model: ${message}`);
}

export function encodeWeights(file: WeightFile): string {
  const { header, weights } = file;
  const k = header.classes.length;
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bitmap = new Uint8Array(Math.ceil(header.buckets / 8));
  const rows: string[] = [];
  for (let bucket = 0; bucket < header.buckets; bucket++) {
    const row = weights.subarray(bucket * k, bucket * k + k);
    if (row.every((value) => value === 0)) continue;
    bitmap[bucket >> 3] = (bitmap[bucket >> 3] ?? 0) | (1 << (bucket & 7));
    for (const value of row) {
      if (value < -ROW_LEVELS || value > ROW_LEVELS)
        throw new RangeError(
          `weight ${value} is beyond ±${ROW_LEVELS}: quantise to ${ROW_LEVELS} levels or fewer`,
        );
      rows.push(ROW_ALPHABET.charAt(value + ROW_LEVELS));
    }
  }
  const bytes = new Uint8Array(PREAMBLE + json.length + bitmap.length);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  view.setUint16(4, header.format, true);
  view.setUint32(6, json.length, true);
  bytes.set(json, PREAMBLE);
  bytes.set(bitmap, PREAMBLE + json.length);
  return `${encodeBase64(bytes)}${ROWS_SEPARATOR}${rows.join('')}`;
}

function finiteList(value: unknown, length: number): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === length &&
    value.every((item) => typeof item === 'number' && Number.isFinite(item))
  );
}

function checkHeader(value: unknown): WeightHeader {
  if (typeof value !== 'object' || value === null) fail('the header is not an object');
  const header = value as Partial<WeightHeader>;
  if (!isFeatureConfig(header.features)) fail('the header has no valid feature configuration');
  if (header.buckets !== header.features.buckets) fail('the bucket count disagrees with the features');
  const classes = header.classes;
  if (!Array.isArray(classes) || classes.join() !== MODEL_CLASSES.join())
    fail(`the class list is not ${MODEL_CLASSES.join(', ')}`);
  const k = classes.length;
  if (!finiteList(header.scales, k) || !finiteList(header.bias, k)) fail('scales or biases are missing');
  const thresholds = header.thresholds;
  if (
    typeof thresholds !== 'object' ||
    thresholds === null ||
    !CATEGORIES.every((category) => typeof thresholds[category] === 'number')
  )
    fail('thresholds are missing');
  if (typeof header.lowMargin !== 'number' || typeof header.calibratedOn !== 'string')
    fail('the low-severity margin or calibration source is missing');
  if (typeof header.noneVeto !== 'number' || !Number.isFinite(header.noneVeto))
    fail('the "none" veto is missing');
  if (typeof header.checksVetoBelow !== 'number' || !Number.isFinite(header.checksVetoBelow))
    fail("the rules' checks' veto limit is missing");
  if (typeof header.categoryOverrule !== 'number' || !Number.isFinite(header.categoryOverrule))
    fail("the model's category overrule is missing");
  return header as WeightHeader;
}

/** The values of the row characters from `from` to the end. */
function decodeRowText(encoded: string, from: number): Int8Array {
  const rows = new Int8Array(encoded.length - from);
  let bad = false;
  for (let i = 0; i < rows.length; i++) {
    const code = encoded.charCodeAt(from + i);
    const value = code < 128 ? (ROW_VALUE[code] as number) : -128;
    bad ||= value === -128;
    rows[i] = value;
  }
  if (bad) {
    const at = rows.indexOf(-128);
    fail(`a weight row holds a character outside its alphabet at ${from + at}`);
  }
  return rows;
}

/** Decodes a weight file; anything malformed or of another format version is a WeightFormatError. */
export function decodeWeights(encoded: string): WeightFile {
  const separator = encoded.indexOf(ROWS_SEPARATOR);
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(separator < 0 ? encoded : encoded.slice(0, separator));
  } catch (error) {
    fail(`the weight file is not valid base64 (${error instanceof Error ? error.message : String(error)})`);
  }
  if (bytes.length < PREAMBLE || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC)
    fail('not a weight file (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION)
    fail(`weight file format version ${version}; this engine reads version ${FORMAT_VERSION}: retrain`);
  if (separator < 0) fail('the weight rows are missing');
  const headerEnd = PREAMBLE + view.getUint32(6, true);
  if (headerEnd > bytes.length) fail('the header is truncated');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE, headerEnd)));
  } catch {
    fail('the header is not valid JSON');
  }
  const header = checkHeader(parsed);
  if (header.format !== version) fail('the header and preamble disagree on the format version');
  const k = header.classes.length;
  const bitmapEnd = headerEnd + Math.ceil(header.buckets / 8);
  if (bitmapEnd > bytes.length) fail('the row bitmap is truncated');
  if (bitmapEnd < bytes.length) fail('unexpected bytes after the row bitmap');
  // All row characters are decoded in one tight loop (this runs once per page, before the JIT has warmed up),
  // then each run of stored buckets is one native copy into place.
  const rows = decodeRowText(encoded, separator + 1);
  const weights = new Int8Array(header.buckets * k);
  const isStored = (bucket: number): boolean =>
    (((bytes[headerEnd + (bucket >> 3)] ?? 0) >> (bucket & 7)) & 1) === 1;
  let at = 0;
  let bucket = 0;
  while (bucket < header.buckets) {
    if (!isStored(bucket)) {
      bucket += 1;
      continue;
    }
    const first = bucket;
    while (bucket < header.buckets && isStored(bucket)) bucket += 1;
    const length = (bucket - first) * k;
    if (at + length > rows.length) fail('the weight rows are truncated');
    weights.set(rows.subarray(at, at + length), first * k);
    at += length;
  }
  if (at !== rows.length) fail('unexpected characters after the weight rows');
  return { header, weights };
}
