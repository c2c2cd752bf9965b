/**
 * A stand-in for `src/shared/browser.ts` in unit tests of interface code: `i18n` answers from the English
 * catalog with `$1`… substitutions, as the browser does, so tests read the words a writer sees.
 * Use: `vi.mock('<path>/shared/browser', () => import('<path>/tests/unit/support/english-browser'))`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not a URL object: DOM test environments replace the global URL with their own.
const catalogPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../public/_locales/en/messages.json',
);
const catalog: Record<string, { message: string } | undefined> = JSON.parse(
  readFileSync(catalogPath, 'utf8'),
);

function getMessage(name: string, substitutions: string[] = []): string {
  const message = catalog[name]?.message ?? '';
  return message.replace(/\$(\d)/g, (_match, digit: string) => substitutions[Number(digit) - 1] ?? '');
}

export const browser = { i18n: { getMessage, getUILanguage: () => 'en' } };
