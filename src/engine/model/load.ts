/**
 * Decodes a weight file once, on first use. Importing the engine costs only the (inert) base64 string; the
 * decode (a few milliseconds) happens on the first sentence classified, so a page where no field is ever used
 * never pays it. A weight file that cannot be read is remembered as unusable: the engine then runs on its rules
 * alone instead of failing, and the error stays available for diagnostics.
 */
import { decodeWeights, type WeightFile } from './format';

export interface ModelSource {
  /** The decoded model, or null when the weight file is unusable. */
  get(): WeightFile | null;
  /** Why the weight file could not be used, once get() has tried. */
  error(): string | null;
}

export function lazyModel(encoded: string): ModelSource {
  let state: { model: WeightFile | null; error: string | null } | null = null;
  const load = () => {
    if (state) return state;
    try {
      state = { model: decodeWeights(encoded), error: null };
    } catch (error) {
      state = { model: null, error: error instanceof Error ? error.message : String(error) };
    }
    return state;
  };
  return {
    get: () => load().model,
    error: () => load().error,
  };
}
