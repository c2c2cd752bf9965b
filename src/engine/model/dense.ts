/**
 * The shipped form of the small dense models (the naming model, the veto model): a JSON header and int8 weights
 * as base64, weights[bucket × classes + class] with one scale per class. Their headers share one shape, so one
 * decoder checks and reads them all.
 */
import { decodeBase64 } from './base64';
import { type FeatureConfig, isFeatureConfig } from './config';

/** What every dense model's header holds; a model adds only what it records for the reader (`calibration`). */
export interface DenseHeader<C extends string> {
  format: 1;
  features: FeatureConfig;
  classes: C[];
  /** Per class: a stored int8 `q` stands for the weight `q × scale`. */
  scales: number[];
  bias: number[];
  /** The probability at which the model acts. */
  threshold: number;
}

/** Per class: a finite number for each of `classes`. */
function numbersPerClass(list: unknown, classes: number): boolean {
  return (
    Array.isArray(list) &&
    list.length === classes &&
    list.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function isDenseHeader(value: unknown, classes: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const header = value as Record<string, unknown>;
  const { threshold } = header;
  return (
    header.format === 1 &&
    isFeatureConfig(header.features) &&
    Array.isArray(header.classes) &&
    header.classes.join(' ') === classes.join(' ') &&
    numbersPerClass(header.scales, classes.length) &&
    numbersPerClass(header.bias, classes.length) &&
    typeof threshold === 'number' &&
    Number.isFinite(threshold)
  );
}

/**
 * Reads a generated module's header and weights for a model of `classes`; throws, naming the model, on anything
 * malformed.
 */
export function decodeDenseModel<H extends DenseHeader<string>>(
  name: string,
  classes: readonly string[],
  headerJson: string,
  weightsBase64: string,
): { header: H; weights: Int8Array } {
  const header: unknown = JSON.parse(headerJson);
  if (!isDenseHeader(header, classes)) throw new Error(`LEAD Guard ${name}: the header is malformed.`);
  const checked = header as H;
  const bytes = decodeBase64(weightsBase64);
  if (bytes.length !== checked.features.buckets * classes.length)
    throw new Error(`LEAD Guard ${name}: the weights do not match the header.`);
  return { header: checked, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}
