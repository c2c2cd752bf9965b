/**
 * A press on a review button is consumed whole: the second press of a double-click reaches neither the page
 * nor its Send button. Replace all never replaces and sends at once, Send anyway sends once, Keep editing sends
 * nothing. The court form's Send sits right under the review's buttons, where a second press would land.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { UI } from '../../src/content/contracts';
import { APPROVED_WORDING, expectModelText, normalize, openFixture, sharedHarness } from './harness';
import { drivers, expectSent, openReview, reviewDialog, sentCount } from './send-drivers';

const FLAGGED = 'He told me he used meth on Friday.';

/** Records every press the page's own elements receive (the UI's host is the extension's, not the page's). */
async function recordPagePresses(page: Page): Promise<void> {
  await page.evaluate((hostTag) => {
    const presses: string[] = [];
    Object.assign(window, { __presses: presses });
    for (const type of ['mousedown', 'mouseup', 'click', 'dblclick'])
      document.addEventListener(type, (event) => {
        const target = event.target;
        if (target instanceof Element && target.localName !== hostTag)
          presses.push(`${type} ${target.localName}`);
      });
  }, UI.hostTag);
}

const pagePresses = (page: Page): Promise<unknown> => page.evaluate(() => Reflect.get(window, '__presses'));

/** Moves the page's Send button under the review's buttons, so that a leaked second press would send. */
async function putSendUnder(page: Page, action: string): Promise<void> {
  const point = await reviewDialog(page).locator(`[${UI.actionAttr}="${action}"]`).point();
  await page.evaluate(({ x, y }) => {
    const send = document.querySelector<HTMLElement>('#submit');
    if (!send) throw new Error('no Send button');
    Object.assign(send.style, {
      position: 'fixed',
      left: `${x - 40}px`,
      top: `${y - 20}px`,
      width: '80px',
      height: '40px',
      zIndex: '1000',
    });
  }, point);
}

describe('a double-click on a review button', () => {
  const harness = sharedHarness();
  const driver = drivers.find((candidate) => candidate.name === 'court-form');
  if (!driver) throw new Error('court-form driver missing');

  async function doubleClick(action: string): Promise<Page> {
    const page = await openFixture(harness(), 'court-form');
    await driver?.write(page, FLAGGED);
    await openReview(page, () => (driver ? driver.clickSend(page) : Promise.resolve()));
    await putSendUnder(page, action);
    await recordPagePresses(page);
    await reviewDialog(page).locator(`[${UI.actionAttr}="${action}"]`).dblclick();
    await reviewDialog(page).waitFor({ state: 'detached' });
    return page;
  }

  test('on Replace all replaces, and the writer sees the result before anything is sent', async () => {
    const page = await doubleClick('replace-all');
    await expectModelText(page, (text) => normalize(text) === APPROVED_WORDING, 'the passage replaced');
    expect(await pagePresses(page)).toEqual([]);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  test('on Send anyway sends once', async () => {
    const page = await doubleClick('send-anyway');
    expect(await expectSent(page, 1)).toBe(FLAGGED);
    expect(await pagePresses(page)).toEqual([]);
    await page.close();
  });

  test('on Keep editing sends nothing', async () => {
    const page = await doubleClick('keep-editing');
    expect(await pagePresses(page)).toEqual([]);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });
});
