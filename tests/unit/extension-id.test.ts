import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const manifest: { key: string; storage: { managed_schema: string } } = JSON.parse(
  readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'),
);

/** Chromium's rule: SHA-256 of the DER public key, first 32 hex digits, each digit 0-f written as a-p. */
function extensionId(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex]
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)))
    .join('');
}

test('the manifest key gives the extension id that administrators put in policies', () => {
  expect(extensionId(manifest.key)).toBe('joekbaoeloknlngjhphnnebanpoioohd');
});

test('the managed schema the manifest names exists and describes every setting', async () => {
  const schema = JSON.parse(
    readFileSync(new URL(`../../public/${manifest.storage.managed_schema}`, import.meta.url), 'utf8'),
  );
  const { defaults } = await import('../../src/shared/settings');
  expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(defaults).sort());
  for (const property of Object.values<{ description?: string }>(schema.properties))
    expect(property.description).toBeTruthy();
});
