/**
 * The shipped form of the small dense models (the naming model, the veto model): a JSON header and int8 weights
 * as base64, weights[bucket × classes + class] with one scale per class. One decoder serves them all, so each
 * model checks only what its own header holds.
 */
import { decodeBase64 } from './base64';
import type { FeatureConfig } from './config';

export interface DenseHeader {
  features: FeatureConfig;
  classes: readonly string[];
}

/** Per class: a finite number for each of `classes`. */
export function numbersPerClass(list: unknown, classes: number): boolean {
  return (
    Array.isArray(list) &&
    list.length === classes &&
    list.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** Reads a generated module's header and weights; throws, naming the model, on anything malformed. */
export function decodeDenseModel<H extends DenseHeader>(
  name: string,
  headerJson: string,
  weightsBase64: string,
  isHeader: (value: unknown) => value is H,
): { header: H; weights: Int8Array } {
  const header: unknown = JSON.parse(headerJson);
  if (!isHeader(header)) throw new Error(`LEAD Guard ${name}: the header is malformed.`);
  const bytes = decodeBase64(weightsBase64);
  if (bytes.length !== header.features.buckets * header.classes.length)
    throw new Error(`LEAD Guard ${name}: the weights do not match the header.`);
  return { header, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}
