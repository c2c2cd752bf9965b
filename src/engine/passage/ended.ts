/**
 * Conditions a message says have ended: "the NCO was vacated 2/14", "the protective order expired on June 30",
 * "was modified on March 20 to allow contact", "the BMV reinstated his license on February 20". Nothing after
 * the sentence that says so breaks them.
 */
import { isNegated } from '../classify-context';
import { RecentCache } from '../recent-cache';
import type { ConditionKind } from './conditions';

/** An order the court ended, or that ran out. Global, as the ending words run through matchAll. */
const ORDER_ENDED =
  /\b(?:lifted|vacated|terminated|rescinded|quashed|dissolved|withdrawn|expired|lapsed|no\s+longer\s+(?:in\s+(?:effect|place|force)|applies|active)|(?:modified|amended)\b[^.;]{0,80}?\bto\s+(?:allow|permit)\s+contact(?=\s*(?:[.;,]|$|again\b|with\b|between\b)))/gi;

/**
 * Per kind, the words that end it. A suspended licence ends only when the licence itself is reinstated (not
 * the benefits or the job that were also "reinstated"): an expired one is itself the condition.
 */
const ENDED: Partial<Record<ConditionKind, RegExp>> = {
  licence:
    /\b(?:(?:licen[cs]e|dl|privileges|it)\s+(?:(?:was|were|is|has\s+been|have\s+been|got|being)\s+)?(?:(?!not\b|never\b|yet\b)\S+\s+){0,2}?(?:reinstated|restored)|(?:reinstated|restored)\s+(?:(?:his|her|their|the)\s+)?(?:driver'?s\s+|driving\s+)?(?:licen[cs]e|dl|privileges|it)|got\s+(?:his|her|their)\s+(?:licen[cs]e|dl)\s+back|(?:licen[cs]e|dl)\s+(?:is\s+)?valid\s+again|(?:after|since|following)\s+(?:the\s+|his\s+|her\s+|their\s+)?reinstatement)\b/gi,
  'no-contact': ORDER_ENDED,
  'stay-out': ORDER_ENDED,
  curfew: ORDER_ENDED,
};

/** Words for the condition itself, where a sentence ends it without naming it the way the naming patterns do. */
const KIND_WORDS: Partial<Record<ConditionKind, RegExp>> = {
  licence: /\b(?:licen[cs]e|dl|driving\s+privileges|reinstatement)\b/gi,
  'no-contact':
    /\b(?:nco|no-contact|no\s+contact|protective\s+order|protection\s+order|restraining\s+order)\b/gi,
  'stay-out': /\b(?:soap|soda|stay-out|stay-away|exclusion|zone|area\s+restriction|trespass)\b/gi,
  curfew: /\bcurfew\b/gi,
};

/** Words that keep a condition in force whatever ended beside it: "the case was dismissed but the NCO remains". */
const STILL_IN_FORCE =
  /\b(?:remains?|remained|still|continues?|stays?\s+in|not\s+(?:been\s+)?(?:lifted|vacated|terminated|modified))\b/i;

/**
 * Words after the ending that put a condition back or keep part of it: "the temporary order expired and a full
 * order was entered", "lifted for the funeral only", "reinstated with an interlock restriction".
 */
const KEPT_AFTER =
  /\b(?:issued|entered|granted|replaced|new|permanent|full|extended|renewed|reissued|re-imposed|reimposed|converted|temporarily|only|except|restrict\w*|limited|hardship|occupational|conditional|condition|conditions|requir\w*|provisional|probationary|interlock|iid|again|one-day|suspend\w*|revok\w*|cancel\w*|pulled|taken|took|for\s+(?:the|one|that)\s+(?:day|night|weekend|funeral|hearing))\b/i;

/**
 * A wish, a plan or a goal just before the ending word: "hopes the order will be lifted", "working to get his
 * licence reinstated", "can be reinstated once the fines are paid".
 */
const ENDING_WANTED =
  /\b(?:will|would|could|can|cannot|may|might|should|hopes?|hoping|asks?|asked|asking|wants?|motion|request\w*|petition\w*|until|unless|if|once|when|before|to|eligible|pending|toward|towards|goal|needs?|working|trying|process|waiting|awaiting)\s+(?:\S+\s+){0,4}$/i;

/** How far from the words naming a condition the words ending it may stand, in characters. */
const ENDING_REACH = 60;

/** Whether `sentence` says the condition of `kind`, named at [start, end), has ended. */
export function endsAt(sentence: string, start: number, end: number, kind: ConditionKind): boolean {
  const ending = ENDED[kind];
  if (ending === undefined) return false;
  // Only the clause that names the condition: "no firearms; NCO expired 1/31" ends the order, not the ban.
  const clauseStart = sentence.slice(0, start).search(/[;:][^;:]*$/) + 1;
  const clauseEnd = sentence.slice(end).search(/[;:]/);
  const clause = sentence.slice(clauseStart, clauseEnd < 0 ? sentence.length : end + clauseEnd);
  if (STILL_IN_FORCE.test(clause)) return false;
  for (const found of clause.matchAll(ending)) {
    const at = found.index + clauseStart;
    if (at < start - ENDING_REACH || at > end + ENDING_REACH) continue;
    if (KEPT_AFTER.test(clause.slice(found.index + found[0].length))) continue;
    const before = clause.slice(0, found.index);
    // "reinstated her occupational licence": what the ending word governs counts as after it.
    if (KEPT_AFTER.test(found[0])) continue;
    if (!isNegated(before.slice(-40)) && !ENDING_WANTED.test(before)) return true;
  }
  return false;
}

/** Where a sentence names a condition: what the naming patterns or the naming model found. */
interface Named {
  kind: ConditionKind;
  start: number;
  end: number;
}

/**
 * Per kind, the last sentence that says its condition ended, whether or not it names the condition the way the
 * naming patterns do ("The BMV reinstated his license on February 20"). A condition named there or before binds
 * no sentence after it ("court terminated the NCO 2/12" … "he and Anjali have been meeting for lunch").
 */
export function endings(
  sentences: readonly string[],
  named: readonly (readonly Named[])[],
): Map<ConditionKind, number> {
  const ended = new Map<ConditionKind, number>();
  sentences.forEach((sentence, at) => {
    for (const kind of endedIn(sentence, named[at] ?? [])) ended.set(kind, at);
  });
  return ended;
}

/** Per sentence and what it names, the kinds it ends: a message re-read after a keystroke asks again. */
const endedCache = new RecentCache<string, readonly ConditionKind[]>(5000);

function endedIn(sentence: string, named: readonly Named[]): readonly ConditionKind[] {
  const key = `${named.map(({ kind, start, end }) => `${kind}:${start}:${end}`).join(' ')}\u0000${sentence}`;
  const cached = endedCache.get(key);
  if (cached !== undefined) return cached;
  const kinds = new Set<ConditionKind>();
  for (const condition of named) {
    if (endsAt(sentence, condition.start, condition.end, condition.kind)) kinds.add(condition.kind);
  }
  for (const [kind, words] of Object.entries(KIND_WORDS) as [ConditionKind, RegExp][]) {
    for (const word of sentence.matchAll(words)) {
      if (endsAt(sentence, word.index, word.index + word[0].length, kind)) kinds.add(kind);
    }
  }
  const result = [...kinds];
  endedCache.set(key, result);
  return result;
}

/** Whether the condition of `kind` named at `namedAt` still binds the sentence at `index`. */
export function inForce(
  ended: ReadonlyMap<ConditionKind, number>,
  kind: ConditionKind,
  namedAt: number,
  index: number,
): boolean {
  const endedAt = ended.get(kind);
  // The sentence that says so is about the ended condition too: "reinstated it in March, and since then he drives".
  return endedAt === undefined || namedAt > endedAt || index < endedAt;
}
