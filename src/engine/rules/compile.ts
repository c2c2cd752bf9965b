import { IRREGULAR_VERBS, WORD_CLASSES, type WordClass } from './lexicon';

/** Whitespace between words of a pattern; also tolerates a line break inside a list item. */
const SPACE = '\\s+';
/** A word skipped by `~N`: anything but whitespace and sentence punctuation. */
const GAP_WORD = '[^\\s;:!?]+';

function isWordClass(name: string): name is WordClass {
  return Object.hasOwn(WORD_CLASSES, name);
}

/** Regular English inflections; irregular verbs come from the lexicon table. */
export function inflect(verb: string): string[] {
  const irregular = IRREGULAR_VERBS[verb];
  if (irregular) return [verb, ...irregular];
  if (verb.endsWith('e')) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    return [verb, `${stem}ies`, `${stem}ied`, `${verb}ing`];
  }
  if (/(s|sh|ch|x|z)$/.test(verb)) return [verb, `${verb}es`, `${verb}ed`, `${verb}ing`];
  // One short vowel before a final consonant doubles it: flip → flipped, flipping.
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) {
    const doubled = `${verb}${verb.slice(-1)}`;
    return [verb, `${verb}s`, `${doubled}ed`, `${doubled}ing`];
  }
  return [verb, `${verb}s`, `${verb}ed`, `${verb}ing`];
}

function underscoresToSpace(fragment: string): string {
  return fragment.replaceAll('_?', '\\s*').replaceAll('_', SPACE);
}

/** `(a|b)?` as a whole word is an optional word, like `[a|b]`. */
export function wholeOptionalGroup(raw: string): boolean {
  if (!raw.startsWith('(') || !raw.endsWith(')?')) return false;
  let depth = 0;
  for (let index = 0; index < raw.length - 1; index += 1) {
    if (raw[index] === '(' && raw[index - 1] !== '\\') depth += 1;
    if (raw[index] === ')' && raw[index - 1] !== '\\') depth -= 1;
    if (depth === 0) return index === raw.length - 2;
  }
  return false;
}

function expandClasses(fragment: string): string {
  return fragment.replace(/\{([A-Z]+)\}/g, (_whole, name: string) => {
    if (!isWordClass(name)) throw new Error(`Unknown word class {${name}}`);
    return `(?:${WORD_CLASSES[name].join('|')})`;
  });
}

/** Plain groups become non-capturing: matches only need the whole span, and capture costs time. */
function nonCapturing(fragment: string): string {
  return fragment.replace(/(?<!\\)\((?!\?)/g, '(?:');
}

/** Every form of a verb or phrasal verb, in pattern words: blow_off → blow_off, blew_off, blowing_off… */
export function verbForms(phrase: string): string[] {
  const [head = '', ...particles] = phrase.split('_');
  return inflect(head).map((form) => [form, ...particles].join('_'));
}

function compileWord(word: string): string {
  if (word.startsWith('@')) {
    const forms = word.slice(1).split('|').flatMap(verbForms);
    return `(?:${forms.map(underscoresToSpace).join('|')})`;
  }
  return `(?:${nonCapturing(underscoresToSpace(expandClasses(word)))})`;
}

/** Compiles one pattern to a regex source (no flags, no boundaries). */
export function compilePattern(pattern: string): string {
  let source = '';
  for (const raw of pattern.trim().split(/\s+/)) {
    const gap = /^~(\d+)$/.exec(raw);
    if (gap) {
      source += `(?:${SPACE}${GAP_WORD}){0,${gap[1]}}?`;
      continue;
    }
    const bracketed = raw.startsWith('[') && raw.endsWith(']');
    const optional = bracketed || wholeOptionalGroup(raw);
    const word = bracketed ? raw.slice(1, -1) : optional ? raw.slice(0, -1) : raw;
    const compiled = compileWord(word);
    if (source === '') {
      if (optional) throw new Error(`A pattern cannot start with an optional word: ${pattern}`);
      source = compiled;
    } else source += optional ? `(?:${SPACE}${compiled})?` : `${SPACE}${compiled}`;
  }
  return source;
}

/**
 * Letters and digits for word boundaries; Latin ranges only, because the `u` flag makes `i` matching slow. In lower
 * case because rule regexes also run case-sensitively on lowered sentences (case-fold.ts); `i` still covers A-Z.
 */
const WORD_CHAR = 'a-z0-9\\u00c0-\\u024f';

/** Whole-word boundaries that treat apostrophes and hyphens as part of a word. */
export function bounded(source: string): string {
  return `(?<![${WORD_CHAR}'’-])(?:${source})(?![${WORD_CHAR}-])`;
}
