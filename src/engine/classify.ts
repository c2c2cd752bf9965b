/**
 * Per-sentence classification: the only place that decides whether one sentence (or list item)
 * reveals something that could prompt enforcement. Offsets in a hit are relative to the sentence.
 */
import type { Category, EngineOptions, Severity } from './types';

export interface SentenceHit {
  category: Category;
  severity: Severity;
  ruleId: string;
  reason: string;
  triggerStart: number;
  triggerEnd: number;
}

export function classifySentence(_sentence: string, _options: EngineOptions): SentenceHit | null {
  return null;
}
