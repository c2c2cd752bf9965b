import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { classifySentence } from '../classify';
import { combinedClassifier } from '../combine';
import { toyEncoded, toyModel } from '../testing/toy-model';
import { decodeBase64, encodeBase64 } from './base64';
import {
  decodeWeights,
  encodeWeights,
  FORMAT_VERSION,
  ROW_LEVELS,
  WeightFormatError,
  type WeightHeader,
} from './format';
import { lazyModel } from './load';

/** Rewrites the format version in an encoded file's preamble (bytes 4–5, little endian), rows kept. */
function withVersion(encoded: string, version: number): string {
  const [container = '', rows = ''] = encoded.split('~');
  const bytes = decodeBase64(container);
  new DataView(bytes.buffer).setUint16(4, version, true);
  return `${encodeBase64(bytes)}~${rows}`;
}

describe('weight file', () => {
  test('base64 round-trips every length and rejects foreign characters', () => {
    for (let length = 0; length < 10; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 13) & 255);
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }
    expect(encodeBase64(new TextEncoder().encode('foobar'))).toBe('Zm9vYmFy');
    expect(() => decodeBase64('Zm9v*mFy')).toThrow(/invalid base64/);
  });

  test('encode → decode gives the same header and the same int8 weights', () => {
    const model = toyModel();
    const decoded = decodeWeights(encodeWeights(model));
    expect(decoded.header).toEqual(model.header);
    expect(decoded.weights).toEqual(model.weights);
    expect(decoded.header.format).toBe(FORMAT_VERSION);
    // Re-encoding is byte-identical: the format has one spelling per model.
    expect(encodeWeights(decoded)).toBe(encodeWeights(model));
  });

  test.each([
    [
      'another format version',
      () => withVersion(toyEncoded(), FORMAT_VERSION + 1),
      new RegExp(`format version ${FORMAT_VERSION + 1}.*reads version ${FORMAT_VERSION}`),
    ],
    ['a truncated container', () => toyEncoded().slice(0, 400), /truncated|base64|rows are missing/],
    ['truncated rows', () => toyEncoded().slice(0, -5), /weight rows are truncated/],
    ['rows with more than the bitmap stores', () => `${toyEncoded()}A`, /unexpected characters after/],
    ['a row character outside the alphabet', () => `${toyEncoded().slice(0, -1)}*`, /outside its alphabet/],
    [
      'a bitmap longer than the buckets',
      () => {
        const [container = '', rows = ''] = toyEncoded().split('~');
        return `${encodeBase64(Uint8Array.from([...decodeBase64(container), 0]))}~${rows}`;
      },
      /unexpected bytes after the row bitmap/,
    ],
    ['no rows at all', () => toyEncoded().split('~')[0] ?? '', /rows are missing/],
    ['not base64', () => 'not a model!', /not valid base64/],
    ['bad magic', () => encodeBase64(new TextEncoder().encode('ABCDEFGHIJKL')), /bad magic/],
    ['the empty placeholder', () => '', /bad magic/],
  ])('%s is a clear WeightFormatError', (_name, make, message) => {
    const encoded = make();
    expect(() => decodeWeights(encoded)).toThrow(WeightFormatError);
    expect(() => decodeWeights(encoded)).toThrow(message);
  });

  test('a weight beyond the row alphabet is refused when encoding, not stored wrongly', () => {
    const model = toyModel();
    const weights = Int8Array.from(model.weights);
    weights[weights.findIndex((value) => value !== 0)] = ROW_LEVELS + 1;
    expect(() => encodeWeights({ ...model, weights })).toThrow(RangeError);
  });

  test('every stored value from −31 to 31 round-trips', () => {
    const model = toyModel();
    const weights = Int8Array.from(model.weights, (_, i) => (i % (2 * ROW_LEVELS + 1)) - ROW_LEVELS);
    expect(decodeWeights(encodeWeights({ ...model, weights })).weights).toEqual(weights);
  });

  test.each([
    ['checksVetoBelow', /checks' veto limit is missing/],
    ['categoryOverrule', /category overrule is missing/],
  ] as const)('a header without %s is a clear WeightFormatError', (field, message) => {
    const header: Partial<WeightHeader> = { ...toyModel().header };
    delete header[field];
    const encoded = encodeWeights({ ...toyModel(), header: header as WeightHeader });
    expect(() => decodeWeights(encoded)).toThrow(message);
  });

  test('an unusable weight file leaves the engine on its rules alone, without throwing', () => {
    const source = lazyModel(withVersion(toyEncoded(), 99));
    const combined = createAnalyzer({ classify: combinedClassifier(source) });
    const rules = createAnalyzer({ classify: classifySentence });
    const text = 'He zorbled last night. She was arrested Friday for shoplifting. We met Tuesday.';
    expect(combined.analyze(text)).toEqual(rules.analyze(text));
    expect(source.get()).toBeNull();
    expect(source.error()).toMatch(/format version 99/);
  });

  test('the model is decoded once, on first use', () => {
    const source = lazyModel(toyEncoded());
    const first = source.get();
    expect(first).not.toBeNull();
    expect(source.get()).toBe(first);
    expect(source.error()).toBeNull();
  });
});
