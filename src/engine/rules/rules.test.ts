import { describe, expect, test } from 'vitest';
import { unanchoredPatterns } from '../classify';
import { CATEGORIES, SEVERITIES } from '../types';
import { anchorWords, patternAnchors } from './anchors';
import { bounded, compilePattern, inflect } from './compile';
import { RULES } from './data';

describe('rule data', () => {
  test('rule ids are unique', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test.each(RULES.map((rule) => [rule.id, rule] as const))('%s is well formed', (_id, rule) => {
    expect(CATEGORIES).toContain(rule.category);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.explanation).toMatch(/^[A-Z][^.]*[a-z]$/);
    expect(rule.patterns.length).toBeGreaterThan(0);
    for (const pattern of rule.patterns)
      expect(() => new RegExp(bounded(compilePattern(pattern)), 'gi')).not.toThrow();
  });
  test('every pattern has anchor words, so no pattern runs on every sentence', () => {
    expect(unanchoredPatterns()).toEqual([]);
  });
});

describe('pattern language', () => {
  test.each([
    ['use', ['use', 'uses', 'used', 'using']],
    ['drink', ['drink', 'drinks', 'drank', 'drunk', 'drinking']],
    ['flip', ['flip', 'flips', 'flipped', 'flipping']],
    ['carry', ['carry', 'carries', 'carried', 'carrying']],
    ['punch', ['punch', 'punches', 'punched', 'punching']],
    ['shove', ['shove', 'shoves', 'shoved', 'shoving']],
  ])('inflects %s', (verb, forms) => {
    expect(inflect(verb)).toEqual(forms);
  });
  test.each([
    ['@use {DRUG}', 'He used meth.', 'used meth'],
    ['@miss ~4 {OBLIGATION}', 'She missed two of her classes.', 'missed two of her classes'],
    ['(sober|clean) [again]', 'Clean again.', 'Clean again'],
    ['(the_)?(interlock) (alerted)', 'The interlock alerted.', 'The interlock alerted'],
  ])('%s matches in %s', (pattern, text, expected) => {
    const match = new RegExp(bounded(compilePattern(pattern)), 'i').exec(text);
    expect(match?.[0]).toBe(expected);
  });
  test('matches whole words only', () => {
    expect(new RegExp(bounded(compilePattern('@use')), 'i').test('The museum')).toBe(false);
  });
  test.each([
    ['@use {DRUG}', 'used'],
    ['(was|got) (booked|cited)', 'booked'],
    ['(in_the_wind|on_the_run)', 'wind'],
  ])('anchors %s on a rare word such as %s', (pattern, word) => {
    expect(patternAnchors(pattern)).toContain(word);
  });
  test.each([
    ['colou?r_blind', ['color', 'colour']],
    ['(fake|stolen)_plates', ['plates', 'stolen']],
    ['@drive ~2 (without|with_no)_(a_)?licen[cs]e', ['drive', 'drives', 'drove', 'driven', 'driving']],
  ])('expands literal runs, optional letters and groups of %s into every spelling', (pattern, anchors) => {
    expect([...(patternAnchors(pattern) ?? [])].sort()).toEqual([...anchors].sort());
  });
  test('prefers rare words to modal verbs', () => {
    expect([...(patternAnchors("(can't|won't|couldn't) (find|locate|reach)") ?? [])].sort()).toEqual([
      'find',
      'locate',
      'reach',
    ]);
  });
  test('splits sentences into anchor words the way patterns see them', () => {
    expect(anchorWords("He's a no-show at U.A. time; didn't go.")).toEqual([
      "he's",
      'a',
      'no-show',
      'at',
      'u.a',
      'time',
      "didn't",
      'go',
    ]);
  });
});
