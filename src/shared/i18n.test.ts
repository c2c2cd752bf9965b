import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { DocumentErrorCode } from '../documents/errors';
import { CATEGORIES, SEVERITIES } from '../engine/types';
import type { ProblemCode } from './settings-schema';

type Catalog = Record<string, { message: string }>;

const catalog = (lang: string): Catalog =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));

const en = catalog('en');
const es = catalog('es');
const placeholders = (message: string): string[] => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('locales', () => {
  test('en and es define the same message names', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s: same substitutions in en and es, none empty', (name) => {
    expect(placeholders(es[name]?.message ?? '')).toEqual(placeholders(en[name]?.message ?? ''));
    expect(en[name]?.message.trim()).not.toBe('');
    expect(es[name]?.message.trim()).not.toBe('');
  });

  test('message names use only the characters browsers accept', () => {
    for (const name of Object.keys(en)) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  const problemCodes: Record<ProblemCode, number> = {
    notText: 0,
    empty: 0,
    tooLong: 2,
    notList: 0,
    tooManyEntries: 2,
    entryNotText: 1,
    entryTooLong: 3,
    notDomain: 1,
    notSwitch: 0,
    notLevel: 0,
    templateShape: 1,
    templateTitleEmpty: 1,
    templateTitleTooLong: 3,
    templateBodyEmpty: 1,
    templateBodyTooLong: 3,
    unknownSetting: 1,
  };
  test.each(Object.entries(problemCodes))(
    'problem %s has a message using its %i substitutions',
    (code, count) => {
      const message = en[`problem_${code}`]?.message ?? '';
      expect(placeholders(message)).toEqual(Array.from({ length: count }, (_, i) => `$${i + 1}`));
    },
  );

  const documentErrors: Record<DocumentErrorCode, true> = {
    unsupported: true,
    'too-large': true,
    password: true,
    corrupt: true,
    'no-text': true,
    encoding: true,
  };

  test.each([
    ...Object.keys(documentErrors).map((code) => `documentError_${code.replace('-', '_')}`),
    ...CATEGORIES.map((category) => `category_${category.replace('-', '_')}`),
    ...SEVERITIES.map((severity) => `severity_${severity}`),
  ])('%s is translated', (name) => {
    expect(en[name]).toBeDefined();
  });

  /** Message names written literally in `t(...)` calls (also both arms of `t(cond ? 'a' : 'b')`). */
  function literalKeys(): string[] {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (path) => path.endsWith('.ts') && !path.endsWith('.test.ts'),
    );
    const keys = new Set<string>();
    for (const path of sources) {
      const code = readFileSync(join(root, path), 'utf8');
      for (const [, key] of code.matchAll(/(?<![\w.$])t\(\s*'([A-Za-z0-9_@]+)'/g)) if (key) keys.add(key);
      for (const [, a, b] of code.matchAll(/(?<![\w.$])t\([^()'`]*\?\s*'(\w+)'\s*:\s*'(\w+)'/g))
        for (const key of [a, b]) if (key) keys.add(key);
    }
    return [...keys].sort();
  }

  test('every message name written in a t() call exists', () => {
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((key) => en[key] === undefined)).toEqual([]);
  });
});
