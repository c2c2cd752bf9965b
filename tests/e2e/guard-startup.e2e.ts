/**
 * The guard loads on the first use of a field; the writer does not wait for it. Every field used before it
 * finished loading is guarded: typing in one field and at once pasting a flagged sentence into another
 * underlines the second and counts it on its badge.
 */
import { describe, expect, test } from 'vitest';
import { UI } from '../../src/content/contracts';
import { expectFlagged, openFixture, sharedHarness, ui } from './harness';

const CLEAN = 'Hearing moved to Monday';
const FLAGGED = 'He told me he used meth on Friday.';

describe('guard startup', () => {
  const harness = sharedHarness();

  test('a second field used while the guard loads is underlined too', async () => {
    const page = await openFixture(harness(), 'court-form');
    // No wait between the fields: the paste lands while the guard the first click started is still loading.
    await page.locator('#description').click();
    await page.keyboard.type(CLEAN);
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(FLAGGED);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('comments');

    await expectFlagged(page, [FLAGGED]);
    await expect.poll(() => ui(page, `[${UI.badgeAttr}]:not([hidden])`).allTextContents()).toEqual(['1']);
    await page.close();
  });
});
