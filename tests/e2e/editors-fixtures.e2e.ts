/**
 * The ground the guard is tested on: every fixture page starts its real editor, typing with real key
 * events reaches the editor's own model, Ctrl+Z is the editor's, and no page makes a request off this machine.
 */
import { describe, expect, test } from 'vitest';
import { fixtures } from './fixture-catalog';
import { modelText, normalize, openFixture, sharedHarness, typeInto } from './harness';

const harness = sharedHarness();

describe.each(fixtures)('fixture $name', (shape) => {
  test('typing reaches the editor model and stays on this machine', async () => {
    const page = await openFixture(harness(), shape.name);
    const field = await shape.field(page);
    await typeInto(field, 'We met on Monday.');
    await expect.poll(async () => normalize(await modelText(page))).toContain('We met on Monday.');
    if (shape.quoted) expect(normalize(await modelText(page))).toContain(shape.quoted);
    expect(harness().requests.external()).toEqual([]);
    await page.close();
  });
});

describe('request recorder', () => {
  test('attributes requests made by extension pages to the extension', async () => {
    const page = await harness().context.newPage();
    await page.goto(`chrome-extension://${harness().extensionId}/src/popup/index.html`);
    await expect
      .poll(() =>
        harness()
          .requests.fromExtension()
          .map((request) => request.requester),
      )
      .toContain(`chrome-extension://${harness().extensionId}/src/popup/index.html`);
    expect(harness().requests.external()).toEqual([]);
    await page.close();
  });
});
