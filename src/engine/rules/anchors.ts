/**
 * Anchor words: for every pattern, a small set of words of which at least one must appear in a sentence for
 * the pattern to match. The classifier looks sentence words up in a map from anchor to patterns, so a sentence
 * without any anchor costs one tokenisation and a few Set look-ups, and a gated sentence runs only the
 * patterns it could match. (One giant alternation regex is far slower in V8 than this.) Expanding the patterns
 * happens at build time (`npm run rules` writes gates.generated.ts); the engine itself needs only anchorWords.
 */
import { inflect, wholeOptionalGroup } from './compile';
import { WORD_CLASSES, type WordClass } from './lexicon';

/** Past this many spellings a token is not worth expanding; another token of the pattern is used. */
const MAX_EXPANSIONS = 4000;

class Unexpandable extends Error {}

function isWordClass(name: string): name is WordClass {
  return Object.hasOwn(WORD_CLASSES, name);
}

/** Characters that are not literal text in a pattern word, and quantifiers that make the one before optional. */
const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '|', '\\', '.', '^', '$', '?', '*', '+']);
const QUANTIFIER = new Set(['?', '*', '+', '{']);

/** Spellings of each word class, expanded once: many patterns share a class. */
const CLASS_SPELLINGS = new Map<WordClass, string[]>();
function classSpellings(name: WordClass): string[] {
  let spellings = CLASS_SPELLINGS.get(name);
  if (!spellings) {
    spellings = WORD_CLASSES[name].flatMap((fragment) => new Expander(fragment).run());
    CLASS_SPELLINGS.set(name, spellings);
  }
  return spellings;
}

/** Expands a pattern word (regex fragment with `_` spaces and `{CLASS}` references) into all its spellings. */
class Expander {
  private index = 0;

  /** `limit`: the most spellings worth producing; past it the word is not expanded (see patternAnchors). */
  constructor(
    private readonly source: string,
    private readonly limit = MAX_EXPANSIONS,
  ) {}

  private product(left: readonly string[], right: readonly string[]): string[] {
    if (left.length * right.length > this.limit) throw new Unexpandable();
    return left.flatMap((head) => right.map((tail) => head + tail));
  }

  run(): string[] {
    const result = this.alternatives();
    if (this.index !== this.source.length) throw new Unexpandable();
    return result;
  }

  private alternatives(): string[] {
    const result = [...this.sequence()];
    while (this.source[this.index] === '|') {
      this.index += 1;
      result.push(...this.sequence());
      if (result.length > this.limit) throw new Unexpandable();
    }
    return result;
  }

  private sequence(): string[] {
    let result = [''];
    while (
      this.index < this.source.length &&
      this.source[this.index] !== '|' &&
      this.source[this.index] !== ')'
    ) {
      const literal = this.literalRun();
      if (literal !== '') {
        result = result.map((head) => head + literal);
        continue;
      }
      let item = this.atom();
      const next = this.source[this.index];
      if (next === '?') {
        this.index += 1;
        item = [...item, ''];
      } else if (next === '*' || next === '+' || next === '{') {
        throw new Unexpandable();
      }
      result = this.product(result, item);
    }
    return result;
  }

  /**
   * Plain characters up to the next group, class, escape, alternative or quantified character, taken at once:
   * one string per spelling instead of one product per character keeps loading the rules fast.
   */
  private literalRun(): string {
    let end = this.index;
    while (
      end < this.source.length &&
      !SPECIAL.has(this.source[end] ?? '') &&
      !QUANTIFIER.has(this.source[end + 1] ?? '')
    )
      end += 1;
    const run = this.source.slice(this.index, end).replaceAll('_', ' ');
    this.index = end;
    return run;
  }

  private atom(): string[] {
    const char = this.source[this.index] ?? '';
    if (char === '(') return this.group();
    if (char === '[') throw new Unexpandable();
    if (char === '\\') {
      const escaped = this.source[this.index + 1] ?? '';
      this.index += 2;
      if (/[a-zA-Z]/.test(escaped)) throw new Unexpandable();
      return [escaped];
    }
    if (char === '{') {
      const close = this.source.indexOf('}', this.index);
      const name = this.source.slice(this.index + 1, close);
      if (close < 0 || !isWordClass(name)) throw new Unexpandable();
      this.index = close + 1;
      const spellings = classSpellings(name);
      if (spellings.length > this.limit) throw new Unexpandable();
      return spellings;
    }
    if (char === '.' || char === '^' || char === '$') throw new Unexpandable();
    this.index += 1;
    return [char === '_' ? ' ' : char];
  }

  /** Moves past the `)` closing the group whose body starts at the current index. */
  private skipToGroupEnd(): void {
    let depth = 1;
    while (this.index < this.source.length && depth > 0) {
      const char = this.source[this.index];
      if (char === '\\') this.index += 1;
      else if (char === '(') depth += 1;
      else if (char === ')') depth -= 1;
      this.index += 1;
    }
  }

  private group(): string[] {
    this.index += 1;
    const lookaround = /^\?<?[!=]/.exec(this.source.slice(this.index));
    if (lookaround) {
      // Lookarounds only narrow a match; for anchoring they add no words.
      this.skipToGroupEnd();
      return [''];
    }
    if (this.source.startsWith('?:', this.index)) this.index += 2;
    const result = this.alternatives();
    if (this.source[this.index] !== ')') throw new Unexpandable();
    this.index += 1;
    return result;
  }
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xe0 && code <= 0x24f);
}

/** Characters that join two word characters into one word: "didn't", "no-show", "u.a". */
function isJoinerCode(code: number): boolean {
  return code === 39 || code === 45 || code === 46;
}

/**
 * Splits text into the words the anchor map is keyed by: lowercase, inner apostrophes, hyphens and dots kept.
 * A hand-written scanner: this runs on every sentence, and is several times faster than a regex here.
 */
export function anchorWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  let lastWordEnd = -1;
  for (let index = 0; index <= lower.length; index += 1) {
    const code = index < lower.length ? lower.charCodeAt(index) : 32;
    if (isWordCode(code)) {
      if (start < 0) start = index;
      lastWordEnd = index + 1;
    } else if (start >= 0 && !(isJoinerCode(code) && isWordCode(lower.charCodeAt(index + 1)))) {
      // A trailing apostrophe stays ("od'd" ends in a letter; "dealers'" keeps its apostrophe off).
      words.push(lower.slice(start, lastWordEnd));
      start = -1;
    }
  }
  return words;
}

/** Words so frequent in any message that anchoring on them would gate almost every sentence. */
const COMMON = new Set(
  (
    "a an the he she they him her them his their hers i we you it is was were be been being are am 's has had have " +
    'do did does done not no never and or but so if on in at to of for with by from as up out over off into about ' +
    'this that these those there here who what when where which while again still now just only also all any some ' +
    'get got gets getting go went going come came take took make made say said says told one two three last ' +
    "will would won't wouldn't can can't could couldn't should may might must"
  ).split(' '),
);

function anchorOf(spelling: string): string | null {
  // A clitic such as "'s" is not a word of its own in the sentence ("he's"), so it cannot anchor.
  if (/^\s*'/.test(spelling)) return null;
  const words = anchorWords(spelling.replace(/'$/, ''));
  if (words.length === 0) return null;
  // Prefer a rare word, then the longest: "on the run" is anchored by "run".
  const score = (word: string) => word.length - (COMMON.has(word) ? 100 : 0);
  return words.reduce((best, word) => (score(word) > score(best) ? word : best));
}

/**
 * Anchors per pattern word. The same words recur across patterns, and expanding them is the costly part, so
 * each result is kept: the anchors, or the spelling limit the word was found to exceed.
 */
const WORD_ANCHORS = new Map<string, Set<string> | null | { exceeds: number }>();
function wordAnchors(raw: string, limit: number): Set<string> | null {
  const known = WORD_ANCHORS.get(raw);
  if (known instanceof Set || known === null) return known;
  if (known !== undefined && known.exceeds >= limit) return null;
  try {
    const anchors = expandWordAnchors(raw, limit);
    WORD_ANCHORS.set(raw, anchors);
    return anchors;
  } catch (error) {
    if (!(error instanceof Unexpandable)) throw error;
    WORD_ANCHORS.set(raw, limit >= MAX_EXPANSIONS ? null : { exceeds: limit });
    return null;
  }
}

/** Anchors of one pattern word, or null if the word can be empty; throws Unexpandable past `limit` spellings. */
function expandWordAnchors(raw: string, limit: number): Set<string> | null {
  if (/^~\d+$/.test(raw) || (raw.startsWith('[') && raw.endsWith(']')) || wholeOptionalGroup(raw))
    return null;
  const spellings = raw.startsWith('@')
    ? raw
        .slice(1)
        .split('|')
        .flatMap((phrase) => {
          const [head = '', ...particles] = phrase.split('_');
          return inflect(head).map((form) => [form, ...particles].join(' '));
        })
    : new Expander(raw, limit).run();
  const anchors = new Set<string>();
  for (const spelling of spellings) {
    const anchor = anchorOf(spelling);
    if (anchor === null) return null;
    anchors.add(anchor);
  }
  return anchors;
}

/**
 * Anchors of every word a match cannot do without (neither a gap nor optional), one set per word that has
 * them. Any match contains, case aside, one anchor of each set, so a sentence containing none of one set's
 * anchors can skip the pattern without running (or even compiling) its regex.
 */
export function requiredWordAnchors(pattern: string): Set<string>[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((raw) => wordAnchors(raw, MAX_EXPANSIONS))
    .filter((anchors) => anchors !== null);
}

/** How much a set of anchors would cost: common words gate too many sentences. */
function anchorCost(anchors: ReadonlySet<string>): number {
  let cost = anchors.size;
  for (const anchor of anchors) if (COMMON.has(anchor)) cost += 1000;
  return cost;
}

/** A rough guess at how many spellings a word expands to: alternatives, multiplied by groups and classes. */
function expansionEffort(raw: string): number {
  const alternatives = raw.split('|').length;
  const groups = raw.split('(').length - 1;
  const classes = raw.split('{').length - 1;
  return alternatives * (1 + groups) + 1000 * classes;
}

/** The most selective anchor set of a pattern (rare words, few spellings), or null if no word can anchor it. */
export function patternAnchors(pattern: string): Set<string> | null {
  let best: Set<string> | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  // Simple words first: their anchors are cheap to find and usually good, and they bound the rest.
  const words = pattern
    .trim()
    .split(/\s+/)
    .map((raw) => ({ raw, effort: expansionEffort(raw) }))
    .sort((a, b) => a.effort - b.effort);
  for (const { raw } of words) {
    // Once a word gives a good set, a word with many more spellings is not worth expanding: its anchor set would
    // rarely be smaller, and expanding thousands of spellings per pattern makes `npm run rules` slow.
    const limit = bestCost < 1000 ? Math.max(bestCost * 4, 64) : MAX_EXPANSIONS;
    const anchors = wordAnchors(raw, limit);
    if (anchors === null) continue;
    const cost = anchorCost(anchors);
    if (cost < bestCost) {
      best = anchors;
      bestCost = cost;
    }
  }
  return best;
}
