import { describe, expect, test } from 'vitest';
import { foldSentence } from './fold';

/** The written text a span of the folded sentence stands for. */
function written(sentence: string, start: number, end: number): string {
  const folded = foldSentence(sentence);
  return folded ? sentence.slice(folded.startAt(start), folded.endAt(end)) : sentence.slice(start, end);
}

describe('foldSentence', () => {
  test('a sentence with nothing to fold is read as written', () => {
    expect(foldSentence('He said “fine” — 😀 café… ok.')).toBeNull();
  });

  test('ligatures from a pasted PDF become their letters; a span maps back onto the ligature', () => {
    const sentence = 'He ﬂed the ﬁght.';
    expect(foldSentence(sentence)?.text).toBe('He fled the fight.');
    expect(written(sentence, 3, 7)).toBe('ﬂed');
    expect(written(sentence, 12, 17)).toBe('ﬁght');
    // A span ending inside the expanded ligature still takes the whole ligature.
    expect(written(sentence, 3, 4)).toBe('ﬂ');
  });

  test('fullwidth and styled letters read as plain ones', () => {
    expect(foldSentence('Ｈｅ ｗａｓ ａｒｒｅｓｔｅｄ.')?.text).toBe('He was arrested.');
    const styled = 'He was 𝐚𝐫𝐫𝐞𝐬𝐭𝐞𝐝.';
    expect(foldSentence(styled)?.text).toBe('He was arrested.');
    expect(written(styled, 7, 15)).toBe('𝐚𝐫𝐫𝐞𝐬𝐭𝐞𝐝');
  });

  test('invisible format characters are dropped, and the span keeps them', () => {
    const sentence = 'He was ar\u00ADres\u200Bted.';
    expect(foldSentence(sentence)?.text).toBe('He was arrested.');
    expect(written(sentence, 7, 15)).toBe('ar\u00ADres\u200Bted');
  });

  test('offsets at the ends map to the ends of the sentence', () => {
    const sentence = '\uFEFFﬁne';
    const folded = foldSentence(sentence);
    if (!folded) throw new Error('nothing folded');
    expect(folded.text).toBe('fine');
    expect([folded.startAt(0), folded.endAt(folded.text.length)]).toEqual([1, sentence.length]);
    expect([folded.startAt(99), folded.endAt(0)]).toEqual([sentence.length, 1]);
  });

  test('no character the fold covers slips past the first look at a sentence', () => {
    const covered = /[\p{Cf}\uFB00-\uFB4F\uFF00-\uFFEF\u{1D400}-\u{1D7FF}]/u;
    const missed: string[] = [];
    for (let point = 0; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      if (covered.test(char) && foldSentence(`a${char}b`) === null) missed.push(point.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
