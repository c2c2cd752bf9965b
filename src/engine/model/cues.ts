/**
 * A few cheap grammatical cues the word features alone learn slowly from a small corpus: whether the sentence
 * is negated, tells of something past, has the writer or the participant as subject, or asks a question.
 * Each cue is one feature; the rules decide the hard cases, these only nudge the model.
 */
import type { Token } from './tokenize';

export type Cue = 'neg' | 'past' | 'first' | 'third' | 'question';

const NEGATION = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'without',
  'deny',
  'denies',
  'denied',
  'denying',
]);

/** Irregular past forms common in case notes; regular ones are caught by their -ed ending. */
const IRREGULAR_PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'went',
  'got',
  'took',
  'came',
  'left',
  'ran',
  'drove',
  'sold',
  'stole',
  'bought',
  'told',
  'said',
  'found',
  'saw',
  'gave',
  'made',
  'kept',
  'slept',
  'broke',
  'caught',
  'fought',
  'threw',
  'blew',
  'drank',
  'ate',
  'met',
  'spent',
  'lost',
  'held',
  'brought',
  'hit',
  'shot',
  'stuck',
  'wrote',
  'rode',
  'stood',
  'sat',
  'fell',
  'slid',
  'swung',
  'snuck',
  'hid',
  'bit',
  'began',
  'quit',
]);

const FIRST_PERSON = new Set(['i', 'we']);
const THIRD_PERSON = new Set(['he', 'she', 'they']);

/** The cue a word carries, if any (a word carries at most one). */
export function wordCue(token: Token): Cue | null {
  const { word } = token;
  if (NEGATION.has(word) || word.endsWith("n't")) return 'neg';
  if (IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed'))) return 'past';
  if (FIRST_PERSON.has(word)) return 'first';
  if (THIRD_PERSON.has(word)) return 'third';
  return null;
}
