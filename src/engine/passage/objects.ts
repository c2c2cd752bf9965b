/**
 * The people and places a condition protects, read from the sentence that names it: the names after the
 * order ("the NCO with Tasha Greer", "stay out of the Kensington Avenue corridor"), a role ("his former
 * partner", "the victim"), or a kind of place ("any bar or tavern"). Another sentence that names one of them
 * is about the protected party.
 */

import { escapeRegex } from '../classify-phrases';

export interface ProtectedObjects {
  /** Each matches a mention of one protected person or place, as a whole word. */
  patterns: readonly RegExp[];
  /**
   * The names among `patterns` in any case, for a sentence typed without capitals ("mariko came by his room"):
   * names that are also everyday words ("Will", "Hope") are left out.
   */
  caseless: readonly RegExp[];
  /** Kinds of place whose mention is itself presence there ("a tavern", "playing pool" under a bar ban). */
  places: readonly RegExp[];
  /** How the reason names them: the first name or place, as written. */
  display: string | null;
}

/** Capitalised words that name no one in particular: titles, calendar words, courts, street kinds. */
const NOT_A_NAME = new Set(
  `i mr mrs ms miss mx dr officer judge sgt sergeant det detective deputy hon honorable your honor sir madam
  dear re per the a an his her their he she they it this that these those and or but as if on in at to of by for with from
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep
  sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs
  fri sat sun mondays tuesdays wednesdays thursdays fridays saturdays sundays today tomorrow yesterday
  lead court courts county state city district superior municipal circuit justice case no number cause people
  commonwealth v vs pt cm po cco nco ncos cpo dvpo soap soda dv ehm gps ua iop mat doc ro order orders condition
  conditions release probation parole pretrial program street st avenue ave road rd boulevard blvd highway hwy lane ln
  drive dr way place pl court ct north south east west nw ne sw se n s e w area zone corridor block
  downtown center centre building station`.split(/\s+/),
);

/** Given names and place words that are everyday words too: typed in lowercase they name no one. */
const EVERYDAY_WORDS = new Set(
  `will mark hope grace faith joy rose dawn june may april august bill pat jack art sky rich frank sue don ray max guy
  chase hunter summer autumn winter river star sunny honey angel crystal amber ruby jade pearl iris lily violet ivy
  holly penny sandy rocky lance miles wade glen dale cliff brook drew gene earl rob nick sterling destiny harmony
  trinity precious king prince major carter cash price mason page young white black brown green gray grey long
  little love park lake hill rivers wood woods field fields ford bell bush lane church street main center central
  market union state city county west east north south first second third`.split(/\s+/),
);

/** Roles a no-contact order protects, kept with their possessive: "his former partner", "the victim". */
const ROLE =
  /\b(?:his|her|their|the)\s+((?:former|ex-?|estranged)\s*(?:partner|wife|husband|girlfriend|boyfriend|spouse)|ex|partner|wife|husband|girlfriend|boyfriend|spouse|mother|father|mom|dad|sister|brother|victim|complainant|complaining witness|kids|children|daughter|son|neighbou?r|roommate|landlord|cousin|aunt|uncle|grandmother|grandma|baby'?s? (?:mother|mama|momma|father|daddy))\b/gi;

/** After a possessive name: a relation or the case's own papers, so the name is the participant's. */
const OWNER_OF_RELATION =
  /^\s+(?:(?:former|ex-?|estranged|current|own)\s*)?(?:partner|wife|husband|girlfriend|boyfriend|spouse|ex|case|attorney|lawyer|counsel|mother|father|mom|dad|children|kids|son|daughter|release|probation|parole|conditions?|order|bond|bail|plea|sentence)\b/i;

/** Places by kind: a condition on bars covers the pub down the street. */
const PLACE_KINDS: readonly { named: RegExp; mention: string }[] = [
  {
    named: /\b(?:bars?|taverns?|pubs?|saloons?|nightclubs?|liquor|alcohol)\b/i,
    mention:
      '(?:bars?|taverns?|pubs?|saloons?|nightclubs?|(?<!\\b(?:alano|book|golf|boys|girls|country|health|chess|garden|sports|running|social|rotary|lions)\\s)clubs?|brewery|breweries|happy hour|liquor store|playing pool|shooting pool|karaoke)',
  },
  { named: /\b(?:casinos?|gambling)\b/i, mention: '(?:casinos?|card rooms?|slots)' },
  { named: /\b(?:schools?|playgrounds?|parks?)\b/i, mention: '(?:schools?|playgrounds?|parks?)' },
  { named: /\bdowntown\b/i, mention: 'downtown' },
];

/** A lowercase place right after the order's preposition: "not allowed in the mall", "away from the shelter". */
const PLACE_AFTER =
  /\b(?:from|of|in|at|near|into|enter(?:ing)?)\s+(?:the|any|a)\s+((?:[a-z]+\s+)?(?:mall|library|station|market|plaza|store|shelter|hospital|motel|hotel|casino|campus|church|stadium|square|pier|park|school|building|apartments?|complex))\b/;

const wholeWord = (source: string, flags: string): RegExp =>
  new RegExp(`(?<![A-Za-z0-9'-])${source}(?![A-Za-z0-9-])`, flags);

/** Capitalised word runs after `from`, without their possessive: "Arden Fair Macy's" → Arden, Fair, Macy. */
function names(text: string): { words: string[]; first: string | null } {
  const words: string[] = [];
  let first: string | null = null;
  for (const run of text.matchAll(/\b[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&|of|de|la))*\b/g)) {
    // "Ms. Ortiz's former partner": the participant, named through the person the order protects.
    if (/['’]s$/.test(run[0]) && OWNER_OF_RELATION.test(text.slice(run.index + run[0].length))) continue;
    const kept = run[0]
      .split(/\s+/)
      .map((word) => word.replace(/['’]s$|[.’']$/g, ''))
      .filter((word) => word.length > 1 && !NOT_A_NAME.has(word.toLowerCase()));
    if (kept.length === 0) continue;
    first ??= kept.join(' ');
    words.push(...kept);
  }
  return { words: [...new Set(words)], first };
}

export function namedObjects(sentence: string, from: number): ProtectedObjects {
  const after = sentence.slice(from);
  const patterns: RegExp[] = [];
  const caseless: RegExp[] = [];
  const places: RegExp[] = [];
  const { words, first } = names(after);
  // Names match as written: "Elm" the street, not "elm" the tree.
  for (const word of words) {
    patterns.push(wholeWord(`${escapeRegex(word)}(?:['’]s)?`, ''));
    if (!EVERYDAY_WORDS.has(word.toLowerCase()) && word.length > 2)
      caseless.push(wholeWord(`${escapeRegex(word)}(?:['’]s)?`, 'i'));
  }
  let display = first;
  for (const role of after.matchAll(ROLE)) {
    const noun = role[1] ?? '';
    patterns.push(wholeWord(`(?:his|her|their|the)\\s+${escapeRegex(noun).replace(/\s+/g, '\\s+')}`, 'i'));
    display ??= role[0];
  }
  for (const kind of PLACE_KINDS) {
    if (kind.named.test(after)) places.push(wholeWord(kind.mention, 'i'));
  }
  const place = PLACE_AFTER.exec(after);
  if (place?.[1]) {
    patterns.push(wholeWord(`the\\s+${escapeRegex(place[1]).replace(/\s+/g, '\\s+')}`, 'i'));
    display ??= `the ${place[1]}`;
  }
  return { patterns, caseless, places, display };
}
