import { describe, expect, test } from 'vitest';
import { compiledToMachineCode } from './machine-code';

describe('compiledToMachineCode', () => {
  test.each([
    [/(?<![a-z])used\s+meth/gi, 'He used  meth twice.'],
    [/[^a-z]+/g, 'a\u0000b'],
    [/x*/g, 'yyy'],
  ])('returns %s itself, ready to match from the start as before', (regex, text) => {
    const fresh = new RegExp(regex.source, regex.flags);
    const primed = compiledToMachineCode(regex);
    expect(primed).toBe(regex);
    expect(primed.lastIndex).toBe(0);
    expect(primed.exec(text)).toEqual(fresh.exec(text));
  });
});
