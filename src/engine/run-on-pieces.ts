/**
 * Lets rewrite treat the flagged clauses of a run-on sentence like sentences: the sentence is cut into
 * flagged clause units and the kept text between them, each a Segment, so the paragraph logic (wording once,
 * removal with the whitespace around) applies to them unchanged.
 */
import { isClauseUnit, type Span } from './clause';
import type { Segment } from './segment';

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** A piece of `seg` starting at `start`: first on its line when only whitespace precedes it there. */
function piece(text: string, seg: Segment, start: number, end: number): Segment {
  if (start === seg.start) return { ...seg, start, end };
  let i = start;
  while (i > seg.start && !isLineBreak(text.charCodeAt(i - 1)) && /\s/.test(text.charAt(i - 1))) i--;
  const lineFirst = isLineBreak(text.charCodeAt(i - 1));
  let lineStart = i;
  while (lineStart > seg.lineStart && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  return { ...seg, start, end, lineFirst, lineStart };
}

function trimmedPiece(text: string, seg: Segment, start: number, end: number, out: Segment[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (s < e) out.push(piece(text, seg, s, e));
}

/**
 * The pieces of `seg` and which are flagged, given the ranges findings asked to replace. A range counts only
 * when it is a clause unit of this (run-on) sentence; overlapping units are joined. Null when none counts.
 */
export function runOnPieces(
  text: string,
  seg: Segment,
  ranges: readonly Span[],
): { pieces: Segment[]; flagged: boolean[] } | null {
  const units = ranges
    .filter((r) => isClauseUnit(text, seg, r.start, r.end))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  if (units.length === 0) return null;
  const pieces: Segment[] = [];
  const flagged: boolean[] = [];
  let cursor = seg.start;
  let open: Span | null = null;
  const close = (): void => {
    if (open === null) return;
    const kept = pieces.length;
    trimmedPiece(text, seg, cursor, open.start, pieces);
    if (pieces.length > kept) flagged.push(false);
    pieces.push(piece(text, seg, open.start, open.end));
    flagged.push(true);
    cursor = open.end;
    open = null;
  };
  for (const unit of units) {
    if (open !== null && unit.start < open.end) open.end = Math.max(open.end, unit.end);
    else {
      close();
      open = { ...unit };
    }
  }
  close();
  const kept = pieces.length;
  trimmedPiece(text, seg, cursor, seg.end, pieces);
  if (pieces.length > kept) flagged.push(false);
  return { pieces, flagged };
}
