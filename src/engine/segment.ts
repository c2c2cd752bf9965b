/**
 * Splits text into paragraphs and segments (sentences, or list items), with UTF-16 offsets.
 * Two linear passes: lines are grouped into blocks (a list item, or prose joined across soft wraps),
 * then prose blocks are split into sentences. Segments are the unit the classifier sees and the unit
 * a rewrite replaces.
 */
import {
  endsSentenceAtLineBreak,
  endsSentenceBefore,
  isAsciiLetter,
  isCloser,
  isLowerAt,
  isSpace,
  isTerminal,
  opensClauseAt,
} from './sentence-end';

export interface Segment {
  /** First character of the sentence or item text (indentation and list marker excluded). */
  start: number;
  /** Just past the last non-whitespace character. */
  end: number;
  /** Index of the paragraph; paragraphs are separated by blank lines. */
  paragraph: number;
  /** A list item (its line starts with a bullet or number), never split into sentences. */
  item: boolean;
  /** Only indentation or a list marker precede the segment on its first line. */
  lineFirst: boolean;
  /** Start of the segment's first line, indentation and marker included. */
  lineStart: number;
}

interface Block {
  start: number;
  end: number;
  lineStart: number;
  item: boolean;
}

const MAX_NUMBER_DIGITS = 3;
/** Same characters as `isTerminal`, for jumping straight to the next candidate sentence end. */
const TERMINAL = /[.!?\u2026\u3002\uff01\uff1f]/g;
const LINE_BREAK = /[\n\r]/g;

function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Bullet glyphs that mark a list item even when no space follows. */
function isBulletGlyph(c: number): boolean {
  return c === 0x2022 || c === 0xb7 || c === 0x2023 || c === 0x25e6 || c === 0x25aa || c === 0x25cf;
}

/** Bullets that need a following space, since they also occur inside words ("-5", "*emphasis*"). */
function isSpacedBullet(c: number): boolean {
  return c === 45 || c === 42 || c === 43 || c === 0x2013 || c === 0x2014;
}

/** `end` when a marker ending there is followed by a space or the end of the line, otherwise -1. */
function spacedEnd(text: string, end: number, lineEnd: number): number {
  return end === lineEnd || (end < lineEnd && isInlineSpace(text.charCodeAt(end))) ? end : -1;
}

/** End of a list marker starting at `at` ("-", "•", "1.", "1)", "a)", "(2)"), or -1 when there is none. */
function markerEnd(text: string, at: number, lineEnd: number): number {
  const c = text.charCodeAt(at);
  if (isBulletGlyph(c)) return at + 1;
  if (isSpacedBullet(c)) return spacedEnd(text, at + 1, lineEnd);
  let p = at;
  const open = c === 40;
  if (open) p++;
  const digitsStart = p;
  while (p < lineEnd && isDigit(text.charCodeAt(p)) && p - digitsStart < MAX_NUMBER_DIGITS) p++;
  const digits = p - digitsStart;
  if (digits === 0) {
    const letter = text.charCodeAt(p);
    if (!isAsciiLetter(letter)) return -1;
    const close = text.charCodeAt(p + 1);
    if (close === 41) return spacedEnd(text, p + 2, lineEnd);
    // "a." only for lowercase letters: "J. Smith" starts a sentence with an initial.
    if (close === 46 && !open && letter >= 97) return spacedEnd(text, p + 2, lineEnd);
    return -1;
  }
  if (p < lineEnd && isDigit(text.charCodeAt(p))) return -1;
  const close = text.charCodeAt(p);
  if (open) return close === 41 ? spacedEnd(text, p + 1, lineEnd) : -1;
  return close === 46 || close === 41 ? spacedEnd(text, p + 1, lineEnd) : -1;
}

function splitSentences(text: string, block: Block, paragraph: number, out: Segment[]): void {
  const { end } = block;
  let sentenceStart = block.start;
  let lineFirst = true;
  let lineStart = block.lineStart;
  let i = block.start;
  while (i < end) {
    // The regex engine skips ordinary text much faster than a character loop.
    TERMINAL.lastIndex = i;
    const found = TERMINAL.exec(text);
    if (found === null || found.index >= end) break;
    i = found.index;
    const runStart = i;
    while (i < end && isTerminal(text.charCodeAt(i))) i++;
    const runEnd = i;
    while (i < end && isCloser(text.charCodeAt(i))) i++;
    const sentenceEnd = i;
    if (i >= end || !isSpace(text.charCodeAt(i))) continue;
    let next = i;
    let gapLineStart = -1;
    while (next < end && isSpace(text.charCodeAt(next))) {
      const c = text.charCodeAt(next);
      next++;
      if (c === 10 || c === 13) gapLineStart = next;
    }
    if (!endsSentenceBefore(text, runStart, runEnd, next, sentenceStart)) {
      i = next;
      continue;
    }
    out.push({ start: sentenceStart, end: sentenceEnd, paragraph, item: false, lineFirst, lineStart });
    sentenceStart = next;
    lineFirst = gapLineStart !== -1;
    if (lineFirst) lineStart = gapLineStart;
    i = next;
  }
  out.push({ start: sentenceStart, end, paragraph, item: false, lineFirst, lineStart });
}

/**
 * Lines narrower than this are never taken for hard wraps: mail and documents wrap at 60–80 characters, while a
 * short line is a line the writer ended (a chat line, a note, a list of updates without full stops).
 */
const MIN_WRAP_WIDTH = 55;
/** Words a sentence does not end on: a line ending in one runs on, however short it is. */
const RUNS_ON =
  /(?:^|\s)(?:a|an|the|and|or|but|nor|of|into|onto|than|that|because|if|when|while|his|their|its|my|our|your|is|are|was|were|be|been|has|have|had|will|would|can|could|should|not|very|&)$/i;

/**
 * Words a line can end on whether or not its sentence goes on: a particle or a stranded preposition ("he came
 * in", "where he's staying at", "never been there before"). A short line ending in one runs on only into a line
 * that opens with a noun phrase ("went to court in / the morning").
 */
const MAY_END = /(?:^|\s)(?:in|on|at|by|to|for|with|from|about|after|before|over|as)$/i;
const NOUN_PHRASE_OPENING =
  /^(?:the|a|an|his|her|their|my|our|your|this|that|these|those|some|any|every|each|\d\S*)$/i;

/** A chat transcript's line naming who wrote and when: "brent 8:58 AM", "Rosa M. 7:59". */
const CHAT_STAMP = /^(?:[\p{L}.'-]+\s+){1,3}\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?\s*$/iu;

/** Where the line after the break at `lineEnd` starts (a CRLF is one break). */
const nextLineStart = (text: string, lineEnd: number): number =>
  lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);

/** A line ending on a mark or word after which its sentence may well go on: no sign the writer ended it. */
function endsOpen(text: string, start: number, end: number): boolean {
  const tail = text.slice(Math.max(start, end - 12), end);
  return /[,;:\-\u2013\u2014(/]$/.test(tail) || RUNS_ON.test(tail) || MAY_END.test(tail);
}

/**
 * The width the paragraph from `from` (to the next blank line) was wrapped at: its widest line. Infinity when it
 * was typed line by line: a line before its last, too short to be a wrap, ends where a sentence can
 * ("pt Elena Sokolova", "she is doing well."), so its long lines are long chat lines, not wraps.
 */
function wrapWidth(text: string, from: number): number {
  let widest = 0;
  let typed = false;
  let lineStart = from;
  while (lineStart < text.length) {
    LINE_BREAK.lastIndex = lineStart;
    const lineEnd = LINE_BREAK.exec(text)?.index ?? text.length;
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    let last = lineEnd;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    if (last === first) break;
    widest = Math.max(widest, last - lineStart);
    const next = nextLineStart(text, lineEnd);
    if (last - lineStart < MIN_WRAP_WIDTH && !endsOpen(text, first, last) && !blankFrom(text, next))
      typed = true;
    lineStart = next;
  }
  return typed ? Number.POSITIVE_INFINITY : widest;
}

/** Whether the line starting at `at` holds only whitespace. */
function blankFrom(text: string, at: number): boolean {
  LINE_BREAK.lastIndex = at;
  const lineEnd = LINE_BREAK.exec(text)?.index ?? text.length;
  for (let i = at; i < lineEnd; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether the sentence of the line before runs on into the lowercase line starting at `first`: the line before
 * ends on a word or mark no sentence ends on ("went to the", "and,", an abbreviation's full stop such as "e.g."),
 * or it was hard-wrapped (long, and the next line's first word would not have fitted on it). Otherwise the writer
 * ended the line: a chat line or a note typed without a full stop is a sentence of its own, so that its report
 * is judged, and replaced, alone.
 */
function continuesOnNextLine(
  text: string,
  line: { start: number; end: number },
  first: number,
  lineEnd: number,
  wrapAt: number,
): boolean {
  const tail = text.slice(Math.max(line.start, line.end - 12), line.end);
  if (/[.,;:\-\u2013\u2014(/]$/.test(tail) || RUNS_ON.test(tail)) return true;
  if (opensClauseAt(text, first) || CHAT_STAMP.test(text.slice(first, lineEnd))) return false;
  let wordEnd = first;
  while (wordEnd < lineEnd && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
  if (MAY_END.test(tail) && NOUN_PHRASE_OPENING.test(text.slice(first, wordEnd))) return true;
  const width = line.end - line.start;
  if (width < MIN_WRAP_WIDTH) return false;
  // A mail client wraps a line only where the next word would pass the wrap width, which no line of the
  // paragraph passes: where the next word would have fitted within the widest line, the writer ended the line.
  // (Lines pasted from a PDF, in a proportional font, vary in width and may be taken for ended; 15 % of slack
  // for them merged chat lines such as a condition and, on the next line, the act that breaks it.)
  return width + 1 + (wordEnd - first) > wrapAt;
}

export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  const length = text.length;
  let paragraph = 0;
  let paragraphHasSegments = false;
  // The block being gathered: one object reused for every block, since long texts have one per line.
  const open: Block = { start: 0, end: 0, lineStart: 0, item: false };
  let isOpen = false;
  const openBlock = (from: number, to: number, lineStart: number, item: boolean): void => {
    open.start = from;
    open.end = to;
    open.lineStart = lineStart;
    open.item = item;
    isOpen = true;
  };

  const flush = (): void => {
    if (!isOpen) return;
    if (open.item) {
      const { start, end, lineStart } = open;
      out.push({ start, end, paragraph, item: true, lineFirst: true, lineStart });
    } else {
      splitSentences(text, open, paragraph, out);
    }
    paragraphHasSegments = true;
    isOpen = false;
  };

  // The wrap width of the paragraph being read (-1 until measured), and the line before the current one.
  let wrapAt = -1;
  const previousLine = { start: 0, end: 0 };
  let lineStart = 0;
  while (lineStart <= length) {
    LINE_BREAK.lastIndex = lineStart;
    const lineEnd = LINE_BREAK.exec(text)?.index ?? length;
    const nextLine = nextLineStart(text, lineEnd);

    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      wrapAt = -1;
      flush();
      if (paragraphHasSegments) {
        paragraph++;
        paragraphHasSegments = false;
      }
      lineStart = nextLine;
      continue;
    }
    let last = lineEnd;
    while (isSpace(text.charCodeAt(last - 1))) last--;
    if (wrapAt < 0) wrapAt = wrapWidth(text, lineStart);

    const marker = markerEnd(text, first, lineEnd);
    if (marker !== -1) {
      flush();
      let content = marker;
      while (content < last && isSpace(text.charCodeAt(content))) content++;
      // A bare marker ("-" alone on a line) has no text to classify.
      if (content < last) openBlock(content, last, lineStart, true);
    } else if (
      isOpen &&
      isLowerAt(text, first) &&
      !endsSentenceAtLineBreak(text, open.start, open.end) &&
      continuesOnNextLine(text, previousLine, first, lineEnd, wrapAt)
    ) {
      // A soft wrap: the line continues the sentence left unfinished.
      open.end = last;
    } else {
      flush();
      openBlock(first, last, lineStart, false);
    }
    previousLine.start = lineStart;
    previousLine.end = last;
    lineStart = nextLine;
  }
  flush();
  return out;
}
