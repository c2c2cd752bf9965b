#!/usr/bin/env node
// Entry for `npx lead-guard`: the CLI is bundled by `npm run build` into dist-cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist-cli/lead-guard.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('lead-guard: the CLI is not built yet; run `npm run build` first.\n');
  process.exit(2);
}
await import(bundle);
