import { describe, expect, test } from 'vitest';
import { classifySentence } from './classify';
import { type Category, DEFAULT_ENGINE_OPTIONS } from './types';

/**
 * Where one category's words turn up in another's sentence, or in a sentence nobody should flag: a car's
 * battery, energy drinks, a wallet gone missing, a completed DV program; and context words that must not cancel
 * a flag ("per staff", "no call no show", a gas can, old conduct nobody ever linked to the participant).
 */
const allowed: string[] = [
  'His Soberlink device needed a new battery.',
  'He drank two energy drinks before group.',
  'She has been slipping in her classes since the move.',
  'His wallet went missing at the shelter last week.',
  'He picked up scrap metal for cash on Saturday.',
  'She took a hit financially when her hours were cut.',
  'He completed the DV batterer’s program in August.',
  'We discussed the risks of mixing alcohol with his new medication.',
  'The drunk driver who hit her in 2020 was never caught.',
  'He moved into sober living on Friday.',
  'He got ripped off by his landlord on the deposit.',
  'He had two shots at the clinic, flu and tetanus.',
];

const flagged: [string, Category][] = [
  ['She was a no call no show for her UA on Tuesday.', 'testing'],
  ['He left the state without notice to his officer.', 'noncompliance'],
  ['She moved without letting her PO know.', 'whereabouts'],
  ['He got a ticket for no proof of insurance while driving to work.', 'driving'],
  ['per staff pt became assaultive toward RN', 'violence'],
  ['In 2022 she stole a car from her neighbor, and no one ever linked it to her.', 'offense'],
  ['He has been scamming drivers at the gas station with an empty gas can.', 'offense'],
  ["He hasn't paid anything toward restitution since June.", 'noncompliance'],
];

describe('sentences that borrow another category’s words', () => {
  test.each(allowed)('leaves alone: %s', (sentence) => {
    expect(classifySentence(sentence, DEFAULT_ENGINE_OPTIONS)).toBeNull();
  });
  test.each(flagged)('flags %s as %s', (sentence, category) => {
    expect(classifySentence(sentence, DEFAULT_ENGINE_OPTIONS)?.category).toBe(category);
  });
});
