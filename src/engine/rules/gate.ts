/**
 * Which rule patterns a sentence could match, read from the anchor tables generated at build time
 * (gates.generated.ts, `npm run rules`). A pattern runs only on a sentence that has one of its anchor words and,
 * for each other word the pattern requires, one of that word's anchors somewhere in its text. Both are necessary
 * for a match, so skipping a pattern never changes a result; most patterns are skipped before their regex is even
 * compiled, and compiling regexes is most of what a first analysis costs.
 */
import { anchorWords } from './anchors';
import { ANCHOR_SETS, PATTERN_GATES } from './gates.generated';

/** Anchor word → indexes of the patterns it may start; patterns without anchors run on every sentence. */
const BY_ANCHOR = new Map<string, number[]>();
const UNANCHORED: number[] = [];
PATTERN_GATES.forEach(([anchors = -1], index) => {
  if (anchors < 0) {
    UNANCHORED.push(index);
    return;
  }
  for (const anchor of (ANCHOR_SETS[anchors] ?? '').split(' ')) {
    const list = BY_ANCHOR.get(anchor);
    if (list) list.push(index);
    else BY_ANCHOR.set(anchor, [index]);
  }
});

/** Required anchor sets split into words on first use: most are never needed. */
const SPLIT_SETS: (readonly string[] | undefined)[] = [];
function anchorSet(index: number): readonly string[] {
  let words = SPLIT_SETS[index];
  if (words === undefined) {
    words = (ANCHOR_SETS[index] ?? '').split(' ');
    SPLIT_SETS[index] = words;
  }
  return words;
}

/** Substrings, not words: a match holds its anchors as text, whatever the words around it are joined by. */
function hasRequiredWords(lower: string, pattern: number): boolean {
  const gate = PATTERN_GATES[pattern] ?? [];
  for (let i = 1; i < gate.length; i += 1) {
    if (!anchorSet(gate[i] ?? -1).some((anchor) => lower.includes(anchor))) return false;
  }
  return true;
}

/** Indexes (into the rules' patterns, in order) of the patterns worth running on a sentence, ascending. */
export function candidatePatterns(text: string): number[] {
  const chosen = new Set<number>(UNANCHORED);
  for (const word of anchorWords(text)) {
    const list = BY_ANCHOR.get(word);
    if (list) for (const index of list) chosen.add(index);
    // A possessive still names the thing: "her dealer's apartment" can start the "dealer" patterns.
    if (word.endsWith("'s")) {
      const bare = BY_ANCHOR.get(word.slice(0, -2));
      if (bare) for (const index of bare) chosen.add(index);
    }
  }
  const lower = text.toLowerCase();
  return [...chosen].filter((index) => hasRequiredWords(lower, index)).sort((a, b) => a - b);
}

/** For tests: whether a sentence holds an anchor of every other word the pattern at `index` requires. */
export function requiredWordsPresent(text: string, index: number): boolean {
  return hasRequiredWords(text.toLowerCase(), index);
}

/** Indexes of the patterns that no anchor word can gate (they run on every sentence). */
export function unanchoredIndexes(): readonly number[] {
  return UNANCHORED;
}
