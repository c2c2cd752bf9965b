/**
 * A hostile page's script against LEAD Guard's UI (tests/fixtures/pages/attacker.ts): it cannot read the UI, press
 * its buttons, make the writer's choices at Send, count as typing, hide the UI, or put a phrase on the allow-list.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { UI } from '../../src/content/contracts';
import type { AttackApi } from '../fixtures/pages/attacker';
import type { AdAttackApi } from '../fixtures/pages/attacker-ad';
import {
  expectFlagged,
  flaggedTexts,
  type Harness,
  openCard,
  openFixture,
  sharedHarness,
  typeInto,
  ui,
} from './harness';
import { choose, openReview, passagesShown, reviewDialog, sentCount } from './send-drivers';

const FLAGGED = 'He told me he used meth on Friday.';
const PLANTED = 'He was arrested for shoplifting last week.';

type Attack = keyof AttackApi;

/** What the worker and storage hold of the allow-list and of requests to grow it. */
async function allowListState(harness: Harness): Promise<{ allowPhrases: unknown; requested: unknown }> {
  return harness.serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    const { allowRequests } = await chrome.storage.session.get('allowRequests');
    return {
      allowPhrases: Reflect.get(Object(settings), 'allowPhrases') ?? [],
      requested: Reflect.get(Object(allowRequests), 'requested') ?? [],
    };
  });
}

/** Runs one of the hostile page's attacks in the page, as its own script would. */
function attacker(page: Page) {
  return <K extends Attack>(name: K, ...args: Parameters<AttackApi[K]>) =>
    page.evaluate(
      ({ name, args }) => Reflect.apply(Reflect.get(window.__attack ?? {}, name), window.__attack, args),
      { name, args },
    );
}

/** Every file of the built extension, as the URLs a page would try to tell it is installed. */
function extensionFileUrls(extensionId: string, dist = process.env.LEAD_GUARD_DIST ?? 'dist'): string[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return files.map(
    (entry) => `chrome-extension://${extensionId}/${relative(dist, join(entry.parentPath, entry.name))}`,
  );
}

describe('a hostile page', () => {
  const harness = sharedHarness();

  test('cannot read, press, hide or type into the guard, nor send or grow the allow-list', async () => {
    const page = await openFixture(harness(), 'attacker');
    const attack = attacker(page);

    // Synthetic input events are not typing: the planted text is not analysed, the writer's typing is.
    await attack('typeSynthetic', PLANTED);
    await typeInto(page.locator('#note'), FLAGGED);
    await expectFlagged(page, [FLAGGED]);

    // The UI's shadow root is closed, even with attachShadow patched by the page: nothing inside can be read.
    const seen = await attack('readUi');
    expect(seen).toMatchObject({ hosts: 1, openRoots: 0, text: '' });

    // Clicks and keys from the page's script on an open card change nothing: the card is still open (a
    // choice would close it synchronously), the flag is still shown, and nothing was asked or allowed.
    const card = await openCard(page, FLAGGED);
    expect(await attack('clickEverything')).toBeGreaterThan(5);
    await attack('pressKeys');
    expect(await card.isVisible()).toBe(true);
    expect(await flaggedTexts(page)).toEqual([FLAGGED]);
    expect(await allowListState(harness())).toEqual({ allowPhrases: [], requested: [] });

    // Page CSS cannot hide or fade the UI: it stays visible and a person's click still works.
    await attack('hideUi');
    expect(await attack('readUi')).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1' });
    expect(await card.isVisible()).toBe(true);
    await card.locator(`[${UI.actionAttr}="ignore"]`).click();
    await expectFlagged(page, []);

    // At Send, the planted text is read after all (text a script changed is still checked before Send)...
    await openReview(page, () => page.locator('#submit').click());
    expect(await passagesShown(page)).toEqual([PLANTED]);
    // ...and the page's script cannot press Send anyway, Replace all or Keep editing for the writer.
    expect(await attack('clickEverything')).toBeGreaterThan(5);
    await attack('pressKeys');
    expect(await reviewDialog(page).count()).toBe(1);
    expect(await ui(page, `[${UI.reviewAttr}] [${UI.actionAttr}="send-anyway"]`).isVisible()).toBe(true);
    expect(await sentCount(page)).toBe(0);
    await choose(page, 'keep-editing');
    expect(await sentCount(page)).toBe(0);
    expect(await allowListState(harness())).toEqual({ allowPhrases: [], requested: [] });
    expect(harness().requests.external()).toEqual([]);
    await page.close();
  });

  test('cannot find the extension by its files nor reach it with forged messages, nor can its ad frame', async () => {
    const page = await openFixture(harness(), 'attacker');
    const attack = attacker(page);
    // The guard runs in this page, so its parts are loaded: no file of the extension answers all the same.
    await typeInto(page.locator('#note'), FLAGGED);
    await expectFlagged(page, [FLAGGED]);
    const files = extensionFileUrls(harness().extensionId);
    expect(files).toContain(`chrome-extension://${harness().extensionId}/src/content/guard.js`);
    // The probe itself works: a page file answers.
    const pageFile = `${harness().baseUrl}attacker.html`;
    expect(await attack('answeringUrls', [pageFile])).toEqual([pageFile]);
    expect(await attack('answeringUrls', files)).toEqual([]);

    // A cross-origin ad frame (another host name for the same server) fares no better.
    const adUrl = `${harness().baseUrl.replace('127.0.0.1', 'localhost')}attacker-ad.html`;
    await attack('embedAd', adUrl);
    const ad = page.frames().find((frame) => frame.url() === adUrl);
    if (!ad) throw new Error('the ad frame did not load');
    await ad.waitForFunction(() => window.__ad !== undefined);
    const adAttack = <K extends keyof AdAttackApi>(name: K, ...args: Parameters<AdAttackApi[K]>) =>
      ad.evaluate(
        ({ name, args }) => Reflect.apply(Reflect.get(window.__ad ?? {}, name), window.__ad, args),
        { name, args },
      );
    expect(await adAttack('readsParent')).toBe(false);
    expect(await adAttack('answeringUrls', files)).toEqual([]);

    // Messages shaped like the extension's own, from both: no runtime to send to, and nothing changes.
    expect(await adAttack('postForgedMessages', harness().extensionId)).toEqual({ runtimeReachable: false });
    expect(await attack('postForgedMessages', harness().extensionId)).toEqual({ runtimeReachable: false });
    await typeInto(page.locator('#note'), ' ');
    await expectFlagged(page, [FLAGGED]);
    expect(await allowListState(harness())).toEqual({ allowPhrases: [], requested: [] });
    expect(await sentCount(page)).toBe(0);
    expect(harness().requests.external()).toEqual([]);
    await page.close();
  });

  test("a page that covers the review gets the browser's own prompt instead, which it cannot answer", async () => {
    const page = await openFixture(harness(), 'attacker');
    const attack = attacker(page);
    const nextPrompt = () => new Promise<Dialog>((resolve) => page.once('dialog', resolve));
    await typeInto(page.locator('#note'), FLAGGED);
    await expectFlagged(page, [FLAGGED]);

    // Covered, the review gives way to the browser's prompt, which quotes the passage; Cancel keeps editing.
    await openReview(page, () => page.locator('#submit').click());
    let prompt = nextPrompt();
    await attack('coverReview');
    let dialog = await prompt;
    expect(dialog.type()).toBe('confirm');
    expect(dialog.message()).toContain(FLAGGED);
    await dialog.dismiss();
    await expect.poll(() => reviewDialog(page).count()).toBe(0);
    await attack('uncoverReview');
    expect(await sentCount(page)).toBe(0);

    // OK in the browser's prompt sends the message as it is, once.
    await openReview(page, () => page.locator('#submit').click());
    prompt = nextPrompt();
    await attack('coverReview');
    dialog = await prompt;
    await dialog.accept();
    await expect.poll(() => sentCount(page)).toBe(1);
    await attack('uncoverReview');
    expect(await sentCount(page)).toBe(1);
    await page.close();
  });
});
