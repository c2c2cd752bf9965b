import { describe, expect, test } from 'vitest';
import { endings, endsAt } from './ended';

/** Whether `sentence` ends the condition of `kind` named by `words` in it. */
function ends(sentence: string, words: string, kind: Parameters<typeof endsAt>[3]): boolean {
  const start = sentence.indexOf(words);
  return endsAt(sentence, start, start + words.length, kind);
}

describe('a condition the message says has ended', () => {
  test.each([
    ['The NCO with Keisha Bell was vacated 2/14 at her request.', 'NCO', 'no-contact'],
    ['The protective order naming Tanya Ruiz expired on June 30.', 'protective order', 'no-contact'],
    [
      'The no-contact order with his wife, Lan, was modified on February 3 to allow contact.',
      'no-contact order',
      'no-contact',
    ],
    [
      'His license was suspended in 2023, and the DMV reinstated it on March 4.',
      'license was suspended',
      'licence',
    ],
    ['His curfew was lifted at the last review.', 'curfew', 'curfew'],
  ] as const)('ended: %s', (sentence, words, kind) => {
    expect(ends(sentence, words, kind)).toBe(true);
  });

  test.each([
    [
      'the order remains',
      'The case was dismissed, but the NCO remains in effect and was not lifted.',
      'NCO',
      'no-contact',
    ],
    [
      'a new order after it',
      'The temporary protection order expired and a full order was entered on 3/2.',
      'protection order',
      'no-contact',
    ],
    [
      'contact only one way',
      'The order was modified to allow contact only through the app.',
      'order',
      'no-contact',
    ],
    [
      'a goal',
      'His license is suspended, and his goal is to get it reinstated.',
      'license is suspended',
      'licence',
    ],
    ['not yet', 'pt DWLS, license not reinstated (owes the restoration fee).', 'DWLS', 'licence'],
    [
      'suspended again',
      'His license was reinstated in 2021 and suspended again in May.',
      'license',
      'licence',
    ],
    ['the licence expired', 'His license expired last year.', 'license', 'licence'],
    [
      'a ban in another clause',
      'Conditions: no possession of firearms; NCO expired 1/31.',
      'no possession of firearms',
      'firearms',
    ],
    [
      'something else restored',
      'His license is suspended, and his SNAP benefits were restored last week.',
      'license is suspended',
      'licence',
    ],
  ] as const)('still in force: %s', (_name, sentence, words, kind) => {
    expect(ends(sentence, words, kind)).toBe(false);
  });

  test('a sentence that ends the condition without naming it as the patterns do', () => {
    const sentences = [
      'His license was suspended in 2023.',
      'The BMV reinstated his license on February 20.',
    ];
    const named = [[{ kind: 'licence' as const, start: 13, end: 26 }], []];
    expect(endings(sentences, named).get('licence')).toBe(1);
  });
});
