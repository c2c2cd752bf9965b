import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

// The engine runs in the content script, the worker, the CLI and tests alike, so it may use
// nothing that exists in only one of them.
const FORBIDDEN = [
  /from ['"]node:/,
  /\bdocument\./,
  /\bwindow\./,
  /\bchrome\./,
  /\bbrowser\./,
  /webextension-polyfill/,
  /\bprocess\./,
  /\bfetch\(/,
];

function engineSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : engineSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const root = join(import.meta.dirname);
test.each(engineSources(root).map((path) => [relative(root, path), path]))(
  '%s uses no DOM, browser or Node API',
  (_name, path) => {
    const source = readFileSync(path, 'utf8');
    expect(FORBIDDEN.filter((pattern) => pattern.test(source)).map(String)).toEqual([]);
  },
);
