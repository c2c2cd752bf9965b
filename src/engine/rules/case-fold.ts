/**
 * A case-insensitive regex costs V8 much more to compile than a case-sensitive one (every letter is closed over
 * its case variants, one ICU call at a time), and compiling the rule regexes is most of a first analysis. So a rule
 * regex is also built case-sensitive with its letters in lower case, and run on the sentence with A-Z lowered.
 *
 * That finds exactly what the case-insensitive regex finds, at the same offsets, whenever every non-ASCII code
 * unit of the sentence is caseless (no lower or upper case of its own, like "—", "•" or half an emoji): without
 * the `u` flag, case-insensitive matching relates an ASCII letter only to its other case, and a caseless
 * character only to itself (case-fold.test.ts checks that second fact on every UTF-16 code unit).
 * A sentence with any other cased letter ("José", "Ω") runs the case-insensitive regex instead.
 */

function isAsciiLetter(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z');
}

const isLowerLetter = (char: string): boolean => char >= 'a' && char <= 'z';

/** Whether the class member at `index` starts a range (`a-z`); a `-` before `]` is a plain hyphen. */
function isRangeStart(source: string, index: number): boolean {
  const end = source[index + 2];
  return source[index + 1] === '-' && end !== undefined && end !== ']';
}

/** A range keeps its meaning once lowered if it joins two letters of one case or two plain characters. */
function sameKind(start: string, end: string): boolean {
  if (end === '\\') return false;
  if (!isAsciiLetter(start)) return !isAsciiLetter(end);
  return isAsciiLetter(end) && isLowerLetter(start) === isLowerLetter(end);
}

/** Length of the escape at `index` (a backslash): `\u00C0` and `\x41` carry hex digits that must stay as written. */
function escapeLength(source: string, index: number): number {
  const kind = source[index + 1];
  if (kind === 'u') return 6;
  if (kind === 'x') return 4;
  if (kind === 'c' || kind === 'k' || kind === 'p' || kind === 'P')
    throw new Error(`case-fold: unsupported escape \\${kind} in ${source}`);
  return 2;
}

/**
 * The source with every ASCII letter that stands for itself in lower case. Escapes (`\S`, `\B`, `\u00C0`) stay as
 * they are; a class range must join two letters of one case (`A-Z`) or two non-letters (`0-9`), so lowering it
 * keeps its meaning on a lowered sentence.
 */
export function lowerCaseSource(source: string): string {
  if (/\(\?<[A-Za-z]/.test(source)) throw new Error(`case-fold: named groups are not supported: ${source}`);
  let out = '';
  let inClass = false;
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    if (char === '\\') {
      const length = escapeLength(source, index);
      // An escape that starts a class range could stand for a letter (`\u0041-z`): not supported.
      if (inClass && source[index + length] === '-' && isAsciiLetter(source[index + length + 1] ?? ''))
        throw new Error(`case-fold: unsupported class range in ${source}`);
      out += source.slice(index, index + length);
      index += length;
      continue;
    }
    if (inClass && char === ']') inClass = false;
    else if (!inClass && char === '[') inClass = true;
    else if (inClass && isRangeStart(source, index)) {
      const end = source[index + 2] ?? '';
      if (!sameKind(char, end)) throw new Error(`case-fold: unsupported class range ${char}-${end}`);
      out += `${char.toLowerCase()}-${end.toLowerCase()}`;
      index += 3;
      continue;
    }
    out += isAsciiLetter(char) ? char.toLowerCase() : char;
    index += 1;
  }
  return out;
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
