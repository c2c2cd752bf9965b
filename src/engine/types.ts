/** What the engine reports and the options it takes. Pure data: shared by content script, worker, CLI and tests. */

export const CATEGORIES = [
  'offense',
  'substance',
  'testing',
  'enforcement',
  'noncompliance',
  'whereabouts',
  'violence',
  'sex-work',
  'driving',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Level = 'standard' | 'strict';

export const DEFAULT_WORDING = 'There is nothing helpful to report at this time.';

export interface EngineOptions {
  /** `strict` also flags compliance statements ("no new arrests", negative tests). */
  level: Level;
  /** Extra phrases the organization wants flagged (case-insensitive, whole words). */
  extraPhrases: readonly string[];
  /** Phrases never flagged: a sentence whose trigger falls inside one of these is left alone. */
  allowPhrases: readonly string[];
  /** The approved replacement wording. */
  wording: string;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  level: 'standard',
  extraPhrases: [],
  allowPhrases: [],
  wording: DEFAULT_WORDING,
};

export interface Finding {
  /** UTF-16 offset of the first character of the sentence or list item to replace. */
  start: number;
  /** UTF-16 offset just past the sentence or list item (trailing whitespace excluded). */
  end: number;
  category: Category;
  severity: Severity;
  /** The words that caused the flag, as they appear in the text. */
  trigger: string;
  /** UTF-16 offsets of the trigger inside the input. */
  triggerStart: number;
  triggerEnd: number;
  /** One plain sentence a case manager understands. */
  reason: string;
  ruleId: string;
}

export interface Edit {
  start: number;
  end: number;
  insert: string;
}

export interface RewriteResult {
  text: string;
  /** Minimal edits against the original text, sorted by start, non-overlapping. */
  edits: Edit[];
}
