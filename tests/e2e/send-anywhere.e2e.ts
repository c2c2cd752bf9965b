/**
 * The Send guard on pages it has no adapter for: a generic webmail on RoosterJS, a Lexical compose box, a
 * Tiptap compose box, CKEditor 5 editing the body of a same-origin iframe with Send in the page,
 * TinyMCE in its iframe with Send in the page, a Proton-like editable body in a sandboxed about:blank frame with
 * Send in the compose's footer, an icon-only Send, a Send link with role=button, a court
 * portal's script Submit outside any form, and a page with an unrelated "Send feedback". On each, the
 * page's own handler (reading its editor's model) records every send: exactly once, or not at all. Also Space
 * on a focused Send and a form its own script submits.
 */
import { describe, expect, test } from 'vitest';
import { analyze, rewrite } from '../../src/engine/index';
import { normalize, openFixture, sharedHarness } from './harness';
import { anywhereDrivers } from './send-anywhere-drivers';
import {
  choose,
  expectCleanSend,
  expectSent,
  openReview,
  passagesShown,
  reviewDialog,
  sentCount,
} from './send-drivers';

const CLEAN = 'We met on Tuesday to plan his housing application.';
const FLAGGED = 'He used meth on Friday.';
const MIXED = `${FLAGGED} ${CLEAN}`;

const harness = sharedHarness();

describe.each(anywhereDrivers)('Send on $name', (driver) => {
  test('a clean message is sent once, with no dialog', async () => {
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, CLEAN);
    await driver.clickSend(page);
    expect(await expectCleanSend(page, 0)).toContain(CLEAN);
    expect(await reviewDialog(page).count()).toBe(0);
    await page.close();
  });

  test('a flagged message is stopped at the button; Keep editing sends nothing', async () => {
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, MIXED);
    await openReview(page, () => driver.clickSend(page));
    expect(await passagesShown(page)).toEqual([FLAGGED]);
    await choose(page, 'keep-editing');
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  test(`a flagged message is stopped by the keyboard (${driver.keyLabel}); Send anyway sends it once`, async () => {
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, FLAGGED);
    await openReview(page, () => driver.keySend(page));
    await choose(page, 'send-anyway');
    expect(await expectSent(page, 1)).toContain(FLAGGED);
    await page.close();
  });

  test('Send anyway sends the original exactly once', async () => {
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, MIXED);
    await openReview(page, () => driver.clickSend(page));
    await choose(page, 'send-anyway');
    expect(await expectSent(page, 1)).toContain(normalize(MIXED));
    await page.close();
  });

  test('Replace all puts in the approved wording; the next Send carries it, once', async () => {
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, MIXED);
    await openReview(page, () => driver.clickSend(page));
    await choose(page, 'replace-all');
    expect(await sentCount(page)).toBe(0);
    const expected = rewrite(MIXED, analyze(MIXED)).text;
    await page.waitForFunction((text) => window.__fixture?.getText().includes(text) ?? false, expected);
    await driver.clickSend(page);
    const sent = await expectCleanSend(page, 0);
    expect(sent).toContain(normalize(expected));
    expect(sent).not.toContain(FLAGGED);
    await page.close();
  });
});

describe('a Send far from the message', () => {
  test('"Send feedback" and a footer Send run their own handler once and never stop', async () => {
    const page = await openFixture(harness(), 'send-feedback');
    await page.locator('#message').fill(FLAGGED);
    // The compose's own Send is guarded, so the page's field is known to be flagged.
    await openReview(page, () => page.locator('#send').click());
    await choose(page, 'keep-editing');
    await page.locator('#feedback').click();
    await page.locator('#newsletter').click();
    await page.waitForFunction(() => window.__footer.length >= 2);
    expect(await page.evaluate(() => window.__footer)).toEqual(['feedback', 'newsletter']);
    expect(await reviewDialog(page).count()).toBe(0);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  test("a page script's synthetic click on Send is left to the page", async () => {
    const page = await openFixture(harness(), 'send-portal');
    await page.locator('#comments').fill(FLAGGED);
    await openReview(page, () => page.locator('#submit').click());
    await choose(page, 'keep-editing');
    await page.evaluate(() => document.querySelector<HTMLElement>('#submit')?.click());
    expect(await sentCount(page)).toBe(1);
    expect(await reviewDialog(page).count()).toBe(0);
    await page.close();
  });
});

describe('every way a writer sends', () => {
  test.each([
    { name: 'send-icon', control: '#send', field: '#message', what: 'a native button' },
    { name: 'send-portal', control: '#submit', field: '#comments', what: 'a role=button span' },
  ])(
    'Space on the focused Send ($what) is stopped; after Keep editing the clean message goes once',
    async ({ name, control, field }) => {
      const page = await openFixture(harness(), name);
      await page.locator(field).fill(FLAGGED);
      await openReview(page, async () => {
        await page.locator(control).focus();
        await page.keyboard.press('Space');
      });
      await choose(page, 'keep-editing');
      expect(await sentCount(page)).toBe(0);
      await page.locator(field).fill(CLEAN);
      await page.locator(control).focus();
      await page.keyboard.press('Space');
      expect(await expectCleanSend(page, 0)).toContain(CLEAN);
      await page.close();
    },
  );

  test("a form its own script submits (requestSubmit) is checked before the page's submit handler runs", async () => {
    const page = await openFixture(harness(), 'court-form');
    await page.locator('#comments').fill(FLAGGED);
    const submitByScript = () =>
      page.evaluate(() => document.querySelector<HTMLFormElement>('#filing')?.requestSubmit());
    await openReview(page, submitByScript);
    await choose(page, 'send-anyway');
    expect(await expectSent(page, 1)).toContain(FLAGGED);
    await page.close();
  });
});
