import { describe, expect, test } from 'vitest';
import { isCaseless, isLowerCaseSource, lowerCaseSubject } from './case-fold';

describe('isLowerCaseSource', () => {
  test.each([
    '(?:used|dui)\\s+meth',
    '\\S+\\B\\W\\D\\x41',
    "(?<![a-z0-9\\u00C0-\\u024F'’-])",
    '[-–—:]|[^\\s;:!?]+|[a-z-]|[!-/]',
    '(?<!\\b(?:his|her)\\s)x{0,3}?',
  ])('accepts %s', (source) => {
    expect(isLowerCaseSource(source)).toBe(true);
  });

  test.each(['DUI', '[A-Z]', '[!-a]', '[0-z]', '[\\u0041-z]', '(?<name>x)\\k<name>', '\\cJ'])(
    'refuses %s',
    (source) => {
      expect(isLowerCaseSource(source)).toBe(false);
    },
  );
});

describe('lowerCaseSubject', () => {
  test.each([
    ['He USED meth.', 'he used meth.'],
    ['Pt — seen • twice 😀 ok', 'pt — seen • twice 😀 ok'],
    ['already lower', 'already lower'],
    ['José was there', null],
    ['STRAẞE', null],
  ])('%s → %s', (text, subject) => {
    expect(lowerCaseSubject(text)).toBe(subject);
  });

  // The two facts lowering rests on, checked on the regex engine itself over every UTF-16 code unit.
  const units = (keep: (unit: number) => boolean): string => {
    let text = '';
    for (let unit = 0; unit <= 0xffff; unit += 1) if (keep(unit)) text += String.fromCharCode(unit);
    return text;
  };
  const hex = (unit: number): string => `\\u${unit.toString(16).padStart(4, '0')}`;

  test('case-insensitively, an ASCII letter matches no non-ASCII code unit', () => {
    expect(units((unit) => unit >= 128).match(/[a-z]/gi)).toBeNull();
  });

  test('case-insensitively, a caseless code unit matches no code unit with a case', () => {
    const caseless = units((unit) => unit >= 128 && isCaseless(unit));
    const ranges: string[] = [];
    for (let index = 0; index < caseless.length; index += 1) {
      const first = caseless.charCodeAt(index);
      while (caseless.charCodeAt(index + 1) === caseless.charCodeAt(index) + 1) index += 1;
      ranges.push(`${hex(first)}-${hex(caseless.charCodeAt(index))}`);
    }
    const cased = units((unit) => !isCaseless(unit));
    expect(cased.length).toBeGreaterThan(2000);
    expect(cased.match(new RegExp(`[${ranges.join('')}]`, 'gi'))).toBeNull();
  });
});
