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

/** Required anchor sets split into words on first use (most are never needed), with each word's trigram keys. */
interface SplitSet {
  words: readonly string[];
  /** Per word, the keys of its first and last three letters; -1 for a word shorter than three letters. */
  firstGram: Int32Array;
  lastGram: Int32Array;
}
const SPLIT_SETS: (SplitSet | undefined)[] = [];
function anchorSet(index: number): SplitSet {
  let set = SPLIT_SETS[index];
  if (set === undefined) {
    const words = (ANCHOR_SETS[index] ?? '').split(' ');
    const firstGram = new Int32Array(words.length);
    const lastGram = new Int32Array(words.length);
    words.forEach((word, i) => {
      firstGram[i] = word.length < 3 ? -1 : gramKey(word, 0);
      lastGram[i] = word.length < 3 ? -1 : gramKey(word, word.length - 3);
    });
    set = { words, firstGram, lastGram };
    SPLIT_SETS[index] = set;
  }
  return set;
}

/** A 16-bit key for the three characters at `at` (collisions only let more words through to the real test). */
function gramKey(text: string, at: number): number {
  return (text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) & 0xffff;
}

/**
 * Per-call stamps instead of a Set and a Map per sentence: a pattern already considered, an anchor set already
 * looked for, or a trigram the sentence holds carries the number of the current call. Many patterns share a
 * required set, so each set is looked for once per sentence; a word whose first or last trigram the sentence
 * lacks cannot be in it, so most absent words cost no substring search. The engine is synchronous, so calls
 * never interleave.
 */
let call = 0;
const patternStamp = new Int32Array(PATTERN_GATES.length);
const setStamp = new Int32Array(ANCHOR_SETS.length);
const setFound = new Uint8Array(ANCHOR_SETS.length);
const gramStamp = new Int32Array(0x10000);

function startCall(lower: string): void {
  if (call === 0x7fffffff) {
    patternStamp.fill(0);
    setStamp.fill(0);
    gramStamp.fill(0);
    call = 0;
  }
  call += 1;
  for (let at = 0; at + 3 <= lower.length; at++) gramStamp[gramKey(lower, at)] = call;
}

/** Substrings, not words: a match holds its anchors as text, whatever the words around it are joined by. */
function setPresent(lower: string, index: number): boolean {
  if (setStamp[index] !== call) {
    setStamp[index] = call;
    setFound[index] = 0;
    const { words, firstGram, lastGram } = anchorSet(index);
    for (let i = 0; i < words.length; i++) {
      const first = firstGram[i] ?? -1;
      if (first >= 0 && (gramStamp[first] !== call || gramStamp[lastGram[i] ?? 0] !== call)) continue;
      if (lower.includes(words[i] ?? '')) {
        setFound[index] = 1;
        break;
      }
    }
  }
  return setFound[index] === 1;
}

function hasRequiredWords(lower: string, pattern: number): boolean {
  const gate = PATTERN_GATES[pattern] ?? [];
  for (let i = 1; i < gate.length; i += 1) {
    if (!setPresent(lower, gate[i] ?? -1)) return false;
  }
  return true;
}

/** Indexes (into the rules' patterns, in order) of the patterns worth running on a sentence, ascending. */
export function candidatePatterns(text: string): number[] {
  const lower = text.toLowerCase();
  startCall(lower);
  const chosen: number[] = [];
  const consider = (patterns: readonly number[] | undefined): void => {
    if (!patterns) return;
    for (const index of patterns) {
      if (patternStamp[index] === call) continue;
      patternStamp[index] = call;
      if (hasRequiredWords(lower, index)) chosen.push(index);
    }
  };
  consider(UNANCHORED);
  for (const word of anchorWords(text)) {
    consider(BY_ANCHOR.get(word));
    // A possessive still names the thing: "her dealer's apartment" can start the "dealer" patterns.
    if (word.endsWith("'s")) consider(BY_ANCHOR.get(word.slice(0, -2)));
  }
  return chosen.sort((a, b) => a - b);
}

/** For tests: whether a sentence holds an anchor of every other word the pattern at `index` requires. */
export function requiredWordsPresent(text: string, index: number): boolean {
  const lower = text.toLowerCase();
  startCall(lower);
  return hasRequiredWords(lower, index);
}

/** Indexes of the patterns that no anchor word can gate (they run on every sentence). */
export function unanchoredIndexes(): readonly number[] {
  return UNANCHORED;
}
