/**
 * Organisation-specific phrases: extra phrases to flag and allow-list phrases never flagged.
 * Both are matched as whole words, case-insensitively; compiled once per phrase list.
 */
import type { SentenceHit } from './classify';
import type { EngineOptions } from './types';

/** The rule id of an organisation's own phrase. */
export const CUSTOM_PHRASE_RULE = 'custom-phrase';

/** The text as a regex that matches it literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a regex source: its words whole, in order, any spacing between them (needs the `u` flag). */
export function phraseSource(phrase: string): string {
  const words = phrase.trim().split(/\s+/).map(escapeRegex).join('\\s+');
  return `(?<![\\p{L}\\p{N}_])(?:${words})(?![\\p{L}\\p{N}_])`;
}

const compiledLists = new WeakMap<readonly string[], RegExp | null>();

/** One global regex per phrase list, or null when the list has no usable phrase. */
function listRegex(phrases: readonly string[]): RegExp | null {
  const cached = compiledLists.get(phrases);
  if (cached !== undefined) return cached;
  const usable = phrases.filter((phrase) => phrase.trim() !== '');
  const regex = usable.length === 0 ? null : new RegExp(usable.map(phraseSource).join('|'), 'giu');
  compiledLists.set(phrases, regex);
  return regex;
}

/** True when the trigger range lies inside an occurrence of an allow-list phrase. */
export function isAllowed(text: string, start: number, end: number, options: EngineOptions): boolean {
  const regex = listRegex(options.allowPhrases);
  if (!regex) return false;
  for (const found of text.matchAll(regex)) {
    if (found.index <= start && found.index + found[0].length >= end) return true;
  }
  return false;
}

/**
 * Whether an allowed phrase shares any word with [start, end). The model's trigger is the words that weighed
 * most, not a phrase of its own: a writer who allowed "used meth" must not see the same sentence flagged again
 * because the model quotes "told me he used meth".
 */
export function overlapsAllowed(text: string, start: number, end: number, options: EngineOptions): boolean {
  const regex = listRegex(options.allowPhrases);
  if (!regex) return false;
  for (const found of text.matchAll(regex)) {
    if (found.index < end && found.index + found[0].length > start) return true;
  }
  return false;
}

/** A hit for the first extra phrase in the sentence that is not itself inside an allowed phrase. */
export function customPhraseHit(sentence: string, options: EngineOptions): SentenceHit | null {
  const regex = listRegex(options.extraPhrases);
  if (!regex) return null;
  for (const found of sentence.matchAll(regex)) {
    const start = found.index;
    const end = start + found[0].length;
    if (isAllowed(sentence, start, end, options)) continue;
    return {
      category: 'offense',
      severity: 'medium',
      ruleId: CUSTOM_PHRASE_RULE,
      reason: `Contains a phrase your organization asked to flag: \u201c${found[0]}\u201d`,
      triggerStart: start,
      triggerEnd: end,
    };
  }
  return null;
}
