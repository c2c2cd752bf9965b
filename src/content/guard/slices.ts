/**
 * Analyses a long text paragraph by paragraph, yielding to the page between slices so a first analysis of a
 * very long field never blocks typing. Paragraphs (blank-line separated) are independent for the engine, so the
 * findings equal those of one whole-text call.
 */
import type { Finding } from '../../engine/types';
import { macrotask, shiftFinding } from '../../shared/piecewise';

const SLICE_CHARS = 4000;
const BUDGET_MS = 25;

/** [start, end) slices of `text`, cut only at blank lines, each about `size` characters or one paragraph. */
export function paragraphSlices(text: string, size = SLICE_CHARS): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > size) {
      const cut = text.indexOf('\n\n', start + size);
      end = cut === -1 ? text.length : cut + 2;
    }
    slices.push([start, end]);
    start = end;
  }
  return slices;
}

/** Findings for `text`, or null when `isStale()` turns true between slices. */
export async function analyzeInSlices(
  text: string,
  analyze: (slice: string) => Finding[],
  isStale: () => boolean,
): Promise<Finding[] | null> {
  const findings: Finding[] = [];
  let sliceStarted = performance.now();
  for (const [start, end] of paragraphSlices(text)) {
    if (performance.now() - sliceStarted > BUDGET_MS) {
      await macrotask();
      if (isStale()) return null;
      sliceStarted = performance.now();
    }
    for (const finding of analyze(text.slice(start, end))) findings.push(shiftFinding(finding, start));
  }
  return findings;
}
