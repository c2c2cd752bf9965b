/**
 * The Send guard on each webmail and court-form fixture: clean messages go out once, flagged ones stop
 * at a review dialog whose three choices do what they say, and the page's own send handler (reading
 * the editor's model) records what actually went out.
 */
import { describe, expect, test } from 'vitest';
import { UI } from '../../src/content/contracts';
import { analyze, rewrite } from '../../src/engine/index';
import { normalize, openFixture, sharedHarness, ui } from './harness';
import {
  choose,
  drivers,
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

describe.each(drivers)('Send on $name', (driver) => {
  test('a clean message is sent once, at once', async () => {
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, CLEAN);
    await driver.clickSend(page);
    expect(await expectCleanSend(page, 0)).toContain(CLEAN);
    expect(await reviewDialog(page).count()).toBe(0);
    await page.close();
  });

  test('a flagged message stops at a dialog listing the passage; Keep editing sends nothing', async () => {
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, MIXED);
    await openReview(page, () => driver.clickSend(page));
    expect(await reviewDialog(page).getAttribute('aria-modal')).toBe('true');
    expect(await passagesShown(page)).toEqual([FLAGGED]);
    await choose(page, 'keep-editing');
    expect(await sentCount(page)).toBe(0);
    // The writer can still send after keeping on editing.
    await driver.write(page, CLEAN);
    await driver.clickSend(page);
    expect(await expectCleanSend(page, 0)).toContain(CLEAN);
    await page.close();
  });

  test('Escape keeps editing', async () => {
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, FLAGGED);
    await openReview(page, () => driver.clickSend(page));
    await page.keyboard.press('Escape');
    await reviewDialog(page).waitFor({ state: 'detached' });
    expect(await sentCount(page)).toBe(0);
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

  test('Replace all rewrites the passage; the next Send carries the rewritten text', async () => {
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
    expect(sent.includes(FLAGGED) && !driver.quoted?.includes(FLAGGED)).toBe(false);
    await page.close();
  });

  test('the keyboard path is guarded too', async () => {
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, FLAGGED);
    await openReview(page, () => driver.keySend(page));
    await choose(page, 'send-anyway');
    expect(await expectSent(page, 1)).toContain(FLAGGED);
    await driver.write(page, CLEAN);
    await driver.keySend(page);
    expect(await expectCleanSend(page, 1)).toContain(CLEAN);
    await page.close();
  });
});

describe.each(drivers.filter((driver) => driver.quoted !== undefined))(
  'Send on $name with a quoted reply',
  (driver) => {
    test('quoted text alone never blocks', async () => {
      const page = await openFixture(harness(), driver.name);
      await driver.write(page, '');
      await driver.clickSend(page);
      expect(await expectCleanSend(page, 0)).toContain(normalize(driver.quoted ?? ''));
      await page.close();
    });
  },
);

describe.each(drivers.filter((driver) => driver.prefill !== undefined))(
  'Send on $name, draft prefilled',
  (driver) => {
    test('a draft sent without touching any field is checked', async () => {
      const page = await openFixture(harness(), driver.name);
      await driver.prefill?.(page, FLAGGED);
      await openReview(page, () => driver.clickSend(page));
      expect(await passagesShown(page)).toEqual([FLAGGED]);
      await choose(page, 'send-anyway');
      expect(await expectSent(page, 1)).toContain(FLAGGED);
      await page.close();
    });
  },
);

describe('the review dialog', () => {
  test('is labelled, keeps focus inside while tabbing, and lists a checkbox per passage', async () => {
    const driver = drivers.find((candidate) => candidate.name === 'court-form');
    if (!driver) throw new Error('court-form driver missing');
    const page = await openFixture(harness(), driver.name);
    await driver.write(page, `${FLAGGED} She relapsed over the weekend.`);
    await openReview(page, () => driver.clickSend(page));
    const dialog = reviewDialog(page);
    const labelledBy = await dialog.getAttribute('aria-labelledby');
    expect(await dialog.locator(`#${labelledBy}`).textContent()).not.toBe('');
    expect(await dialog.locator('input[type=checkbox]:checked').count()).toBe(2);
    for (let press = 0; press < 8; press++) {
      await page.keyboard.press(press % 3 === 2 ? 'Shift+Tab' : 'Tab');
      const inside = await ui(page, `[${UI.reviewAttr}] :focus`).count();
      expect(inside, `after key ${press}`).toBe(1);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  test('Replace all leaves an unchecked passage as written', async () => {
    const driver = drivers.find((candidate) => candidate.name === 'react-court');
    if (!driver) throw new Error('react-court driver missing');
    const page = await openFixture(harness(), driver.name);
    const kept = 'She relapsed over the weekend.';
    const text = `${FLAGGED} ${kept}`;
    await driver.write(page, text);
    await openReview(page, () => driver.clickSend(page));
    await reviewDialog(page).locator('input[type=checkbox]').nth(1).uncheck();
    await choose(page, 'replace-all');
    const [first] = analyze(text);
    const expected = rewrite(text, first ? [first] : []).text;
    await page.waitForFunction((own) => window.__fixture?.getText() === own, expected);
    expect(expected).toContain(kept);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });
});
