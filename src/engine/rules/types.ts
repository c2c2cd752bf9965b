import type { Category, Severity } from '../types';

/**
 * One rule, as data. Patterns use a tiny word-pattern language (compiled in compile.ts):
 * - words are matched whole and case-insensitively; a word may be a regex fragment such as `(jail|custody)`;
 * - `_` inside a word stands for whitespace, so `(the_park|a_park)` matches two words;
 * - `@verb` matches every inflection of the verb (`@use` → use, uses, used, using);
 * - `{CLASS}` matches any word of a lexicon class (lexicon.ts);
 * - `~N` skips up to N words (not across sentence punctuation);
 * - a word in square brackets is optional: `[again]`.
 */
export interface RuleEntry {
  id: string;
  category: Category;
  severity: Severity;
  patterns: readonly string[];
  /** Start of the plain-language reason; the trigger words are appended in quotes. */
  explanation: string;
  /**
   * How the surrounding sentence can cancel the match:
   * - `conduct` (default): a negation before it cancels it (a compliance statement), unless it is dated;
   *   a general, hypothetical or third-party subject cancels it. A pattern that carries its own polarity
   *   starts with its negator ("didn't show up for court"), so only a negation before that counts;
   * - `compliance`: a compliance statement, reported only at the strict level.
   */
  kind?: 'conduct' | 'compliance';
  /** A passive form ("was assaulted", "his car was broken into") makes the participant a victim: cancel. */
  victimWhenPassive?: boolean;
  /** Cancelled by court-logistics or known-record context (dismissed, quashed, referral, prior, 2015...). */
  record?: boolean;
}
