/**
 * The replacement unit for run-on text. A finding normally replaces its whole sentence; a "sentence" with
 * no full stop for thousands of characters (pasted notes, dictation) would then be replaced whole, wiping
 * out everything else the case manager wrote. Past a bound, the unit shrinks to the line, and then to the
 * clause, that holds the trigger.
 */

/**
 * Sentences longer than this are run-on. Real case-note sentences rarely pass 250 characters, so 400 leaves
 * every ordinary sentence replaced whole (today's spans, the eval figures) while a clause of a run-on stays a
 * few lines a case manager can read in the review.
 */
export const RUN_ON_LENGTH = 400;

export interface Span {
  start: number;
  end: number;
}

/**
 * Clause breaks inside an over-long line: after ; : , (followed by a space, so "10:30" and "1,000" stay whole),
 * after an em dash, after a spaced en dash ("2–3" stays whole), and before a conjunction that starts a clause.
 * The conjunction alternative consumes the space before it, so no match is empty.
 */
const CLAUSE_BREAK = /[;:,](?=\s)|\u2014|\u2013(?=\s)|\s(?=(?:and|but|or|nor|so|then|because|yet|while)\s)/gi;
const LINE_BREAK = /[\n\r]/g;

function isSpaceAt(text: string, at: number): boolean {
  return /\s/.test(text.charAt(at));
}

/** Pushes [start, end) trimmed of whitespace, unless nothing is left. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (s < e) out.push({ start: s, end: e });
}

function splitClauses(text: string, start: number, end: number, out: Span[]): void {
  let pieceStart = start;
  CLAUSE_BREAK.lastIndex = start;
  for (let found = CLAUSE_BREAK.exec(text); found !== null && found.index < end; ) {
    // A space match cuts before the conjunction; punctuation stays with the clause it closes.
    const cut = isSpaceAt(text, found.index) ? found.index : found.index + found[0].length;
    pushTrimmed(text, pieceStart, cut, out);
    pieceStart = cut;
    found = CLAUSE_BREAK.exec(text);
  }
  pushTrimmed(text, pieceStart, end, out);
}

/**
 * The pieces of text[start, end): its lines, and for lines longer than the bound their clauses. Pieces are
 * trimmed, in order, and together hold every non-space character of the range.
 */
export function clauseSpans(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let lineStart = start;
  while (lineStart < end) {
    LINE_BREAK.lastIndex = lineStart;
    const lineEnd = Math.min(LINE_BREAK.exec(text)?.index ?? end, end);
    const before = out.length;
    pushTrimmed(text, lineStart, lineEnd, out);
    const line = out[before];
    if (line !== undefined && line.end - line.start > RUN_ON_LENGTH) {
      out.length = before;
      splitClauses(text, line.start, line.end, out);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * The range a finding replaces: the sentence itself when it is no longer than the bound; otherwise the
 * pieces that the trigger touches, joined, so the unit never cuts through the trigger nor is shorter than it.
 */
export function replacementUnit(
  text: string,
  sentence: Span,
  triggerStart: number,
  triggerEnd: number,
): Span {
  if (sentence.end - sentence.start <= RUN_ON_LENGTH) return sentence;
  const spans = clauseSpans(text, sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  for (const span of spans) {
    if (span.start <= triggerStart) start = span.start;
    if (span.end >= triggerEnd) {
      end = span.end;
      break;
    }
  }
  return { start, end: Math.max(end, start) };
}

/** Whether [start, end) is a unit `replacementUnit` could give for some trigger inside `sentence`. */
export function isClauseUnit(text: string, sentence: Span, start: number, end: number): boolean {
  if (sentence.end - sentence.start <= RUN_ON_LENGTH) return false;
  if (start < sentence.start || end > sentence.end || start >= end) return false;
  const spans = clauseSpans(text, sentence.start, sentence.end);
  return spans.some((span) => span.start === start) && spans.some((span) => span.end === end);
}
