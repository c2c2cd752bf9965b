/**
 * Character classes and the abbreviation rules that decide whether terminal punctuation ends a sentence.
 * Works on UTF-16 code units so the segmenter stays a single linear pass with no per-character allocation.
 */

/** Titles, Latin abbreviations and the like that are followed by more of the same sentence. */
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'u.s',
  'hon',
  'det',
  'sgt',
  'ofc',
  'lt',
  'capt',
  'atty',
]);

/** Abbreviations that end a sentence only when a capital follows ("at 9 a.m. He left" vs "No. 5"). */
const FINAL_BEFORE_CAPITAL = new Set([
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'ave',
  'blvd',
  'rd',
]);

/** Capitalised words that usually continue a time ("at 9 a.m. Friday") rather than start a sentence. */
const DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const LONGEST_DATE_WORD = 9;

/** Longest word worth checking against the abbreviation lists; longer words end sentences normally. */
const MAX_ABBREVIATION_LENGTH = 12;
/** Longest entry without inner dots ("approx"), plus room for an opening bracket or quote. */
const LONGEST_PLAIN_ABBREVIATION = 7;

const UPPERCASE_INITIALS = /^(?:[A-Z]\.)*[A-Z]$/;
const LOWERCASE_DOTTED = /^(?:[a-z]\.)+[a-z]$/;
const LEADING_OPENERS = /^[("'[{“‘«]+/;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

/**
 * `before-capital`: ends a sentence only before a capital ("No. 5" vs "in Jan. He left");
 * `time`: likewise, except before a weekday or month ("at 9 a.m. Friday").
 */
export type PeriodKind = 'final' | 'never' | 'before-capital' | 'time';

export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** `.` `!` `?` `…` and their full-width forms. */
export function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Closing quotes and brackets that belong to the sentence they follow. */
export function isCloser(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 41 ||
    c === 93 ||
    c === 125 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0xbb ||
    c === 0x203a
  );
}

function codePointString(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(codePointString(text, i));
}

export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(codePointString(text, i));
}

/**
 * First words that start a new sentence even in lowercase, as case notes and chat start them: a subject or an
 * opener ("pt says", "she picked up extra shifts", "also his Medicaid"). A wrap or an abbreviation rarely
 * falls just before one.
 */
const OPENS_CLAUSE =
  /^(?:i|i'm|i've|he|he's|she|she's|they|they're|we|we're|you|pt|pt's|cm|client|also|anyway|ok|okay|btw|fyi|plus|otherwise|still|update|reminder)[,:]?$/i;

/** Whether the word starting at `at` (up to the next space) is one that opens a clause. */
export function opensClauseAt(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at <= 10 && !isSpace(text.charCodeAt(end))) end++;
  return OPENS_CLAUSE.test(text.slice(at, end));
}

/** How the single period at `dot` behaves, judged by the word before it (never looking before `floor`). */
export function periodKind(text: string, dot: number, floor: number): PeriodKind {
  let start = dot;
  let innerDot = false;
  while (start > floor && !isSpace(text.charCodeAt(start - 1))) {
    start--;
    if (dot - start > MAX_ABBREVIATION_LENGTH) return 'final';
    if (text.charCodeAt(start) === 46) innerDot = true;
  }
  // Most words are longer than any abbreviation without inner dots: decide those without allocating.
  if (!innerDot && dot - start > LONGEST_PLAIN_ABBREVIATION) return 'final';
  const word = text.slice(start, dot).replace(LEADING_OPENERS, '');
  if (word === '') return 'final';
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower) || UPPERCASE_INITIALS.test(word)) return 'never';
  if (lower === 'a.m' || lower === 'p.m') return 'time';
  if (FINAL_BEFORE_CAPITAL.has(lower) || LOWERCASE_DOTTED.test(word)) return 'before-capital';
  return 'final';
}

function startsWithDateWord(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at <= LONGEST_DATE_WORD && isAsciiLetter(text.charCodeAt(end))) end++;
  return end - at <= LONGEST_DATE_WORD && DATE_WORDS.has(text.slice(at, end).toLowerCase());
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Whether the terminal punctuation run [runStart, runEnd) ends a sentence, given the first character
 * of what follows at `next`. `floor` bounds the look-back for the word before a period.
 */
export function endsSentenceBefore(
  text: string,
  runStart: number,
  runEnd: number,
  next: number,
  floor: number,
): boolean {
  const single = runEnd - runStart === 1 && text.charCodeAt(runStart) === 46;
  if (single) {
    const kind = periodKind(text, runStart, floor);
    if (kind === 'never') return false;
    if (kind === 'before-capital') return isUpperAt(text, next);
    if (kind === 'time') return isUpperAt(text, next) && !startsWithDateWord(text, next);
    // "released Sat from SCORE. pt says…": notes start sentences in lowercase after a word that is no abbreviation.
    return !isLowerAt(text, next) || opensClauseAt(text, next);
  }
  for (let i = runStart; i < runEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || c === 0xff01 || c === 0xff1f) return true;
  }
  // An ellipsis trails off mid-sentence unless a new sentence visibly starts.
  return !isLowerAt(text, next);
}

/**
 * Whether the text ending at `end` (exclusive, no trailing whitespace) ends a sentence at a line break:
 * terminal punctuation, optionally followed by closers, that is not a title or similar abbreviation.
 */
export function endsSentenceAtLineBreak(text: string, floor: number, end: number): boolean {
  let p = end;
  while (p > floor && isCloser(text.charCodeAt(p - 1))) p--;
  if (p <= floor || !isTerminal(text.charCodeAt(p - 1))) return false;
  const single = text.charCodeAt(p - 1) === 46 && (p - 1 === floor || !isTerminal(text.charCodeAt(p - 2)));
  return !single || periodKind(text, p - 1, floor) !== 'never';
}
