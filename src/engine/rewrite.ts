/**
 * Turns findings into the approved rewrite: each flagged segment goes; a paragraph that lost segments
 * says the approved wording once, where the first one was; everything else stays byte-for-byte.
 */
import { RUN_ON_LENGTH, type Span } from './clause';
import { resolveOptions } from './options';
import { runOnPieces } from './run-on-pieces';
import { type Segment, segment } from './segment';
import type { Edit, EngineOptions, Finding, RewriteResult } from './types';

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Just past the line break that follows `from` across trailing spaces, or `from` if other text follows. */
function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  if (text.charCodeAt(i) === 10) return i + 1;
  return from;
}

/** Start of the whitespace run that ends at `to`, never before `floor`. */
function startOfSpace(text: string, to: number, floor: number): number {
  let i = to;
  while (i > floor && /\s/.test(text.charAt(i - 1))) i--;
  return i;
}

/**
 * The range that removes segments [first, last] together with the whitespace that separated them,
 * so no double space, blank line or empty bullet is left. `previous`/`next` are the neighbouring
 * segments that stay in the paragraph. Anything between segments that is not whitespace (a bare
 * list marker) is left alone.
 */
function removalRange(
  text: string,
  first: Segment,
  last: Segment,
  previous: Segment | undefined,
  next: Segment | undefined,
): Edit {
  if (next !== undefined && !next.lineFirst) return { start: first.start, end: next.start, insert: '' };
  if (next !== undefined && first.lineFirst) {
    return { start: first.lineStart, end: Math.min(next.lineStart, endOfLine(text, last.end)), insert: '' };
  }
  if (previous !== undefined) {
    const from = first.lineFirst ? first.lineStart : first.start;
    return { start: startOfSpace(text, from, previous.end), end: last.end, insert: '' };
  }
  return { start: first.lineStart, end: last.end, insert: '' };
}

function paragraphEdits(text: string, paragraph: Segment[], flagged: boolean[], wording: string): Edit[] {
  const kept = paragraph.filter((_, i) => !flagged[i]).map((seg) => text.slice(seg.start, seg.end));
  const alreadySaysIt = normalizeSpace(kept.join(' ')).includes(normalizeSpace(wording));
  const replaced = alreadySaysIt ? -1 : flagged.indexOf(true);
  const edits: Edit[] = [];
  const stays = (i: number): boolean => !flagged[i] || i === replaced;
  for (let i = 0; i < paragraph.length; i++) {
    const seg = paragraph[i];
    if (seg === undefined) continue;
    if (i === replaced) {
      edits.push({ start: seg.start, end: seg.end, insert: wording });
      continue;
    }
    if (stays(i)) continue;
    let j = i;
    while (j + 1 < paragraph.length && !stays(j + 1)) j++;
    const last = paragraph[j];
    if (last !== undefined) edits.push(removalRange(text, seg, last, paragraph[i - 1], paragraph[j + 1]));
    i = j;
  }
  return edits;
}

/** Joins edits that touch, so an editor applies one change per place. Expects sorted input. */
function mergeTouching(edits: Edit[]): Edit[] {
  const merged: Edit[] = [];
  for (const edit of edits) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.end === edit.start) {
      previous.end = edit.end;
      previous.insert += edit.insert;
    } else {
      merged.push({ ...edit });
    }
  }
  return merged;
}

/** Applies sorted-or-not, non-overlapping edits expressed as offsets into `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`Edit ${edit.start}-${edit.end} overlaps another or lies outside the text`);
    }
    parts.push(text.slice(cursor, edit.start), edit.insert);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

function rangesInside(ranges: readonly Span[], seg: Segment): Span[] {
  return ranges.filter(
    (r) => r.start >= seg.start && r.end <= seg.end && r.end - r.start < seg.end - seg.start,
  );
}

/**
 * Findings are matched to the current segments, or to clause units of a run-on one, by exact range; findings
 * from an older text that no longer match (or lie out of bounds) are ignored rather than cutting the wrong words.
 */
export function rewrite(
  text: string,
  findings: readonly Finding[],
  options: Partial<EngineOptions> = {},
): RewriteResult {
  const { wording } = resolveOptions(options);
  const ranges: Span[] = [];
  for (const finding of findings) {
    const { start, end } = finding;
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length) {
      ranges.push({ start, end });
    }
  }
  if (ranges.length === 0) return { text, edits: [] };
  const wholeRanges = new Set(ranges.map((r) => `${r.start}-${r.end}`));

  const edits: Edit[] = [];
  const segments = segment(text);
  let first = 0;
  while (first < segments.length) {
    const paragraphIndex = segments[first]?.paragraph;
    let end = first;
    while (end < segments.length && segments[end]?.paragraph === paragraphIndex) end++;
    const paragraph: Segment[] = [];
    const flagged: boolean[] = [];
    for (const seg of segments.slice(first, end)) {
      const whole = wholeRanges.has(`${seg.start}-${seg.end}`);
      // A run-on sentence flagged only in some clauses (clause.ts) loses just those clauses.
      const runOn = !whole && seg.end - seg.start > RUN_ON_LENGTH;
      const split = runOn ? runOnPieces(text, seg, rangesInside(ranges, seg)) : null;
      paragraph.push(...(split?.pieces ?? [seg]));
      flagged.push(...(split?.flagged ?? [whole]));
    }
    if (flagged.includes(true)) edits.push(...paragraphEdits(text, paragraph, flagged, wording));
    first = end;
  }
  const minimal = mergeTouching(edits);
  return { text: applyEdits(text, minimal), edits: minimal };
}
