/**
 * Decodes a weight file once, on first use. Importing the engine costs only the (inert) encoded string; the
 * decode (a few milliseconds) happens on the first sentence classified, so a page where no field is ever used
 * never pays it. A weight file that cannot be read is remembered as unusable: the engine then runs on its rules
 * alone instead of failing, and the error stays available for diagnostics.
 */
import { decodeWeights, type WeightFile } from './format';

export interface Lazy<T> {
  /** The decoded value, or null when it could not be decoded. */
  get(): T | null;
  /** Why it could not be decoded, once get() has tried. */
  error(): string | null;
}

export type ModelSource = Lazy<WeightFile>;

/** Runs `decode` on the first get() and remembers its result or its error. */
export function lazyDecoded<T>(decode: () => T): Lazy<T> {
  let state: { value: T | null; error: string | null } | null = null;
  const load = () => {
    if (state) return state;
    try {
      state = { value: decode(), error: null };
    } catch (error) {
      state = { value: null, error: error instanceof Error ? error.message : String(error) };
    }
    return state;
  };
  return {
    get: () => load().value,
    error: () => load().error,
  };
}

export function lazyModel(encoded: string): ModelSource {
  return lazyDecoded(() => decodeWeights(encoded));
}
