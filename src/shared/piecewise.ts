/**
 * Helpers for running the engine over a long text one piece at a time: findings for a piece are moved back
 * to whole-text offsets, and the thread is handed back to the page between pieces.
 */
import type { Finding } from '../engine/types';

/** `finding`, found in a piece that starts at `by`, with offsets into the whole text. */
export function shiftFinding(finding: Finding, by: number): Finding {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    triggerStart: finding.triggerStart + by,
    triggerEnd: finding.triggerEnd + by,
  };
}

/** Resolves after the page has had a turn (a macrotask), so input and rendering are not blocked. */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
