/**
 * Runs the engine over a document one sentence (segment) at a time, handing the thread back whenever a
 * slice has used its budget, so a long document never blocks the page for longer than the budget plus one
 * sentence. The engine classifies each segment on its own, so this gives exactly what one call would.
 */
import { analyze as engineAnalyze } from '../engine/index';
import { segment } from '../engine/segment';
import type { EngineOptions, Finding } from '../engine/types';
import { macrotask, shiftFinding } from '../shared/piecewise';
import { blockAt } from './blocks';
import type { DocumentText } from './types';

export type AnalyzeText = (text: string, options?: Partial<EngineOptions>) => Finding[];

export interface CheckOptions {
  engine?: Partial<EngineOptions>;
  /** The engine's analyze by default; tests and callers with their own analyzer pass theirs. */
  analyze?: AnalyzeText;
  /** How the check gives the thread back; a macrotask by default. */
  yieldToPage?: () => Promise<void>;
  /** Milliseconds of work between yields. */
  budgetMs?: number;
  signal?: AbortSignal;
}

const DEFAULT_BUDGET_MS = 25;

/** Findings with offsets into `document.text`, in order. */
export async function findInDocument(document: DocumentText, options: CheckOptions = {}): Promise<Finding[]> {
  const analyze = options.analyze ?? engineAnalyze;
  const yieldToPage = options.yieldToPage ?? macrotask;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const findings: Finding[] = [];
  let sliceStart = performance.now();
  for (const piece of segment(document.text)) {
    if (performance.now() - sliceStart > budget) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    options.signal?.throwIfAborted();
    const text = document.text.slice(piece.start, piece.end);
    for (const finding of analyze(text, options.engine)) findings.push(shiftFinding(finding, piece.start));
  }
  return findings;
}

/** A flagged passage as the writer is shown it: where it is, what it says, and why. */
export interface FlaggedPassage {
  /** "paragraph 3", "page 2". */
  location: string;
  passage: string;
  finding: Finding;
}

export function describeFindings(document: DocumentText, findings: readonly Finding[]): FlaggedPassage[] {
  return findings.map((finding) => ({
    location: blockAt(document.blocks, finding.start)?.label ?? '',
    passage: document.text.slice(finding.start, finding.end),
    finding,
  }));
}
