/**
 * The one place compromise is configured. `nlp.plugin()` mutates a shared instance, so the engine's lexicon is
 * registered here exactly once, on the first question: most messages never ask one (only a sentence that
 * matched a rule and whose subject is someone else does), so loading the engine and analysing such messages
 * never pays for the plugin or the match parsing. Only compromise/one (tokenizer, contractions, lexicon, match)
 * is used. It is imported statically because the engine's API is synchronous: a dynamic import would make the
 * answer depend on whether the module had arrived yet.
 */
import nlp from 'compromise/one';
import { WORD_CLASSES } from './rules/lexicon';

/** Plain words of a lexicon class (regex fragments such as `opioids?` are left to the regex rules). */
function plainWords(fragments: readonly string[]): string[] {
  return fragments.filter((fragment) => /^[a-z0-9' ]+$/.test(fragment.replaceAll('_', ' ')));
}

function tagAll(words: readonly string[], tag: string): Record<string, string> {
  return Object.fromEntries(words.map((word) => [word.replaceAll('_', ' '), tag]));
}

/** Verbs that make a participant part of someone else's conduct ("…and she holds the money"). */
const COMPLICITY = [
  'hold',
  'holds',
  'held',
  'holding',
  'help',
  'helps',
  'helped',
  'helping',
  'drive',
  'drives',
  'drove',
  'driving',
  'wait',
  'waits',
  'waited',
  'watch',
  'watches',
  'watched',
  'keep',
  'keeps',
  'kept',
  'hide',
  'hides',
  'hid',
  'stash',
  'stashes',
  'stashed',
  'carry',
  'carries',
  'carried',
  'sell',
  'sells',
  'sold',
  'join',
  'joins',
  'joined',
  'split',
  'splits',
  'share',
  'shares',
  'shared',
  'let',
  'lets',
  'buy',
  'buys',
  'bought',
  'store',
  'stores',
  'stored',
  'count',
  'counts',
  'counted',
  'collect',
  'collects',
  'collected',
  'deliver',
  'delivers',
  'delivered',
  'run',
  'runs',
  'ran',
  'use',
  'uses',
  'used',
  'handle',
  'handles',
  'handled',
  'answer',
  'answers',
  'answered',
];
const SHARED_PLACE = [
  'room',
  'apartment',
  'unit',
  'tent',
  'car',
  'van',
  'place',
  'house',
  'camp',
  'home',
  'motel',
];
const PARTICIPANT = ['he', 'she', 'they', 'him', 'them'];

const IMPLICATION_MATCHES = [
  '#Participant (also|still|sometimes|often|usually|even|then|just|has|have|had|been|is|was|were|are)? (been|also|still)? #Complicity',
  '#Participant (was|were|is|are|has been|had been) (with|there|present|involved|in on)',
  '(their|our) #SharedPlace',
  '(with|alongside|beside|for) (him|them)',
  '(both|together)',
];

let parsedMatches: ReturnType<typeof nlp.parseMatch>[] | null = null;
/** Registers the engine's tags and parses the matches, once, on the first question. */
function implicationMatches(): ReturnType<typeof nlp.parseMatch>[] {
  if (parsedMatches === null) {
    nlp.plugin({
      tags: {
        Drug: { isA: 'Noun' },
        ThirdParty: { isA: 'Noun' },
        Complicity: {},
        SharedPlace: { isA: 'Noun' },
        Participant: {},
      },
      words: {
        ...tagAll(plainWords(WORD_CLASSES.DRUG), 'Drug'),
        ...tagAll(plainWords(WORD_CLASSES.THIRD), 'ThirdParty'),
        ...tagAll(COMPLICITY, 'Complicity'),
        ...tagAll(SHARED_PLACE, 'SharedPlace'),
        ...tagAll(PARTICIPANT, 'Participant'),
      },
    });
    parsedMatches = IMPLICATION_MATCHES.map((match) => nlp.parseMatch(match));
  }
  return parsedMatches;
}

/**
 * Does a sentence whose conduct belongs to a third party also involve the participant? Used only for
 * sentences that already matched a rule and whose subject is someone else, so the parse cost stays small.
 */
export function implicatesParticipant(sentence: string): boolean {
  const matches = implicationMatches();
  const doc = nlp(sentence);
  return matches.some((match) => doc.has(match));
}
