/**
 * A case-insensitive regex costs V8 much more to compile than a case-sensitive one (every letter is closed over
 * its case variants, one ICU call at a time), and compiling the rule regexes is most of a first analysis. Rule
 * regex sources are written in lower case (see isLowerCaseSource), so each can also be compiled without `i` and
 * run on the sentence with A-Z lowered.
 *
 * That finds exactly what the case-insensitive regex finds, at the same offsets, whenever every non-ASCII code
 * unit of the sentence is caseless (no lower or upper case of its own, like "—", "•" or half an emoji): without
 * the `u` flag, case-insensitive matching relates an ASCII letter only to its other case, and a caseless
 * character only to itself (case-fold.test.ts checks both facts on every UTF-16 code unit). A sentence with any
 * other cased letter ("José", "Ω") runs the case-insensitive regex instead.
 */

const isUpperLetter = (char: string): boolean => char >= 'A' && char <= 'Z';
const isLowerLetter = (char: string): boolean => char >= 'a' && char <= 'z';
const isLetter = (char: string): boolean => isUpperLetter(char) || isLowerLetter(char);

/** Length of the escape at `index` (a backslash): `\u00c0` and `\x41` carry hex digits, not letters. */
function escapeLength(source: string, index: number): number {
  const kind = source[index + 1];
  if (kind === 'u') return 6;
  if (kind === 'x') return 4;
  return 2;
}

/** Escapes whose meaning involves case or names: `\cJ`, `\k<name>`, `\p{Lu}`. */
const UNSUPPORTED_ESCAPE = new Set(['c', 'k', 'p', 'P']);

/**
 * Whether a regex source means the same compiled without `i` on a lowered sentence as with `i` on the sentence
 * itself: no upper-case letter outside escapes, no named group, and every class range joining two lower-case
 * letters or two non-letters (`[!-a]` would hold B case-insensitively, but not b case-sensitively).
 */
export function isLowerCaseSource(source: string): boolean {
  if (source.includes('(?<') && /\(\?<[A-Za-z]/.test(source)) return false;
  let inClass = false;
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    const next = inClass && source[index + 1] === '-' ? source[index + 2] : undefined;
    if (char === '\\') {
      if (UNSUPPORTED_ESCAPE.has(source[index + 1] ?? '')) return false;
      const length = escapeLength(source, index);
      // An escape that starts a class range could stand for a letter (`\u0041-z`).
      if (inClass && source[index + length] === '-' && isLetter(source[index + length + 1] ?? ''))
        return false;
      index += length;
      continue;
    }
    if (isUpperLetter(char)) return false;
    if (inClass && char === ']') inClass = false;
    else if (!inClass && char === '[') inClass = true;
    else if (next !== undefined && next !== ']') {
      if (next === '\\' || isLetter(char) !== isLetter(next) || isUpperLetter(next)) return false;
      index += 3;
      continue;
    }
    index += 1;
  }
  return true;
}

/** Whether a UTF-16 code unit has no case: it equals its own lower and upper case. */
export function isCaseless(unit: number): boolean {
  const char = String.fromCharCode(unit);
  return char.toLowerCase() === char && char.toUpperCase() === char;
}

/** The sentence with A-Z lowered, or null when it holds a cased non-ASCII letter (see the file comment). */
export function lowerCaseSubject(text: string): string | null {
  let upper = false;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 65 && unit <= 90) upper = true;
    else if (unit >= 128 && !isCaseless(unit)) return null;
  }
  // Only ASCII letters are lowered: toLowerCase() would also change letters written as surrogate pairs.
  return upper ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text;
}
