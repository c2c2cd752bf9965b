import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
export const pagesSource = join(repo, 'tests/fixtures/pages');
export const pagesOut = join(repo, 'tests/e2e/.pages');
const configFile = join(repo, 'vite.pages.config.ts');
// Written by vite.pages.config.ts at the end of each build.
const stampFile = join(pagesOut, '.built');

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function builtAt(): number {
  try {
    return statSync(stampFile).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds the fixture pages when the output is missing or older than their sources. */
export async function ensurePages(): Promise<string> {
  const sourcesChanged = Math.max(newestMtime(pagesSource), newestMtime(configFile));
  if (builtAt() > sourcesChanged) return pagesOut;
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn' });
  return pagesOut;
}
