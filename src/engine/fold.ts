/**
 * The sentence as the rules and the model should read it. Text pasted from a PDF court report carries
 * ligatures ("ﬂed", "ﬁght"), text from some keyboards and chat apps fullwidth or "styled" letters
 * ("ａｒｒｅｓｔｅｄ", "𝐚𝐫𝐫𝐞𝐬𝐭𝐞𝐝"), and text from web pages invisible format characters (soft hyphens,
 * zero-width spaces). A reader sees ordinary words; the patterns and the model would not. Those characters are
 * folded to the plain letters they stand for (Unicode compatibility normalisation, NFKC), and format characters
 * are dropped. The fold keeps a map back to the sentence as written, so every finding still points at what the
 * writer sees.
 */

/**
 * Characters worth folding: format characters (soft hyphen, zero-width space and joiners, bidi controls, byte
 * order mark), alphabetic presentation forms (Latin ligatures), halfwidth and fullwidth forms, and the
 * mathematical alphanumerics.
 */
const FOLDABLE = /[\p{Cf}\uFB00-\uFB4F\uFF00-\uFFEF\u{1D400}-\u{1D7FF}]/u;
const FORMAT = /^\p{Cf}$/u;
/**
 * The code units any of them can start with, for a first look at every sentence: a regex without the `u` flag
 * scans code units several times faster, and most sentences hold none of these.
 */
const MAY_FOLD =
  /[\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFB00-\uFB4F\uFEFF\uFF00-\uFFFB\uD804\uD80D\uD82F\uD834\uD835\uDB40]/;

export interface FoldedSentence {
  text: string;
  /** Where a start offset into `text` falls in the sentence as written. */
  startAt(offset: number): number;
  /** Where an end offset into `text` falls in the sentence as written. */
  endAt(offset: number): number;
}

/**
 * `sentence` as the engine reads it; null when nothing needs folding (most sentences: nothing is allocated for
 * them, which keeps a long message's analysis free of garbage).
 */
export function foldSentence(sentence: string): FoldedSentence | null {
  if (!MAY_FOLD.test(sentence) || !FOLDABLE.test(sentence)) return null;
  let text = '';
  // Per code unit of `text`: where the character it came from starts and ends in the sentence.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of sentence) {
    const from = at;
    at += char.length;
    const folded = FORMAT.test(char) ? '' : FOLDABLE.test(char) ? char.normalize('NFKC') : char;
    for (let i = 0; i < folded.length; i++) {
      starts.push(from);
      ends.push(at);
    }
    text += folded;
  }
  const length = sentence.length;
  return {
    text,
    startAt: (offset) => (offset >= starts.length ? length : (starts[Math.max(0, offset)] ?? 0)),
    endAt: (offset) => (offset <= 0 ? (starts[0] ?? 0) : (ends[Math.min(offset, ends.length) - 1] ?? length)),
  };
}
