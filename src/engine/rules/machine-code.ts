/**
 * V8 (Chrome, Node) first runs a new regex in its bytecode interpreter and compiles it to machine code on its
 * second use. For the rule regexes (up to thousands of characters of alternatives) the interpreted run on one
 * sentence costs more than compiling to machine code, and the second use compiles anyway, so a first analysis
 * would pay twice. V8 compiles straight to machine code when a regex first meets a subject of 1,000 characters or
 * more (its tier-up heuristic), so each rule regex is run once on such a string before its first real use. The
 * string holds no character a pattern can start with, so that run rejects every position at once. Elsewhere the
 * run is merely cheap: it never changes what the regex matches.
 */
const LONG_SUBJECT = '\u0000'.repeat(1000);

export function compiledToMachineCode(regex: RegExp): RegExp {
  regex.exec(LONG_SUBJECT);
  regex.lastIndex = 0;
  return regex;
}
