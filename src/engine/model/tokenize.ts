/**
 * Words of a sentence with their UTF-16 spans. Only the word's own form is normalised (lower case, typographic
 * apostrophes, digits), so spans always point into the sentence as written, whatever Unicode lower-casing does to
 * a word's length.
 */
export interface Token {
  /** Normalised form: lower case, straight apostrophes, every digit as 0 ("12 days" reads like "30 days"). */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}]+)*/gu;

export function normaliseWord(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/\p{N}/gu, '0');
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let found = WORD.exec(sentence); found !== null; found = WORD.exec(sentence)) {
    tokens.push({ word: normaliseWord(found[0]), start: found.index, end: found.index + found[0].length });
  }
  return tokens;
}
