/**
 * FNV-1a (32-bit) over UTF-16 code units: tiny, fast and the same in every JavaScript engine, so a feature
 * hashes to the same bucket when the trainer writes the weights and when the extension reads them.
 * Hashing (rather than a vocabulary) keeps the weight file free of words and its size fixed.
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Folds one code unit into a running hash; start from FNV_OFFSET. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/** Folds a whole string into a running hash. */
export function fnvString(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}
