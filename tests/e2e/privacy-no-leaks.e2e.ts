/**
 * Privacy by construction, checked from the outside: while text is typed, flagged, replaced,
 * reviewed in the popup and sent, no extension context makes a request beyond its own packaged
 * files; flagged text never reaches storage.local or storage.sync, nor any console.
 */
import type { ConsoleMessage } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { openPopup, tabIdOf } from './extension-pages';
import {
  clickAction,
  expectFlagged,
  modelText,
  openCard,
  openFixture,
  sharedHarness,
  typeInto,
} from './harness';

const FLAGGED = ['He told me he used meth on Friday.', 'She was arrested again last week.'];
/** Words that only occur in the flagged sentences. */
const SECRETS = ['meth', 'arrested'];

describe('privacy', () => {
  const harness = sharedHarness();
  const consoleLines: string[] = [];
  const record = (message: ConsoleMessage) => consoleLines.push(message.text());

  beforeAll(() => {
    harness().context.on('console', record);
    harness().serviceWorker.on('console', record);
  });

  const sessionText = () =>
    harness().serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));

  // The tests below examine what this session left behind; they run in order after it.
  test('a session with flags: type, flag, replace one passage, ignore the other in the popup, send', async () => {
    const page = await openFixture(harness(), 'textarea');
    await typeInto(page.locator('#note'), `We met on Monday. ${FLAGGED.join(' ')}`);
    await expectFlagged(page, FLAGGED);
    await expect.poll(sessionText).toContain('meth');
    await clickAction(await openCard(page, FLAGGED[0] ?? ''), 'replace');
    await expectFlagged(page, [FLAGGED[1] ?? '']);
    const popup = await openPopup(harness(), await tabIdOf(harness(), page));
    // The popup may open before the report of the replacement arrives: wait until it lists the one passage left.
    await expect
      .poll(async () =>
        (await popup.locator('.passage').allTextContents()).map((text) => text.includes('arrested')),
      )
      .toEqual([true]);
    await popup.locator('[data-action=ignore]').click();
    await expect.poll(() => popup.locator('.passage').count()).toBe(0);
    await page.locator('#send').click();
    await expect.poll(() => page.evaluate(() => window.__sent.length)).toBe(1);
    expect(await modelText(page)).toContain(FLAGGED[1]);
    await popup.close();
  });

  const extensionOrigin = () => `chrome-extension://${harness().extensionId}/`;

  test('no request from the service worker or extension pages other than their own files', () => {
    const fromExtension = harness().requests.fromExtension();
    // The popup loaded its own files, so extension contexts were observed.
    expect(fromExtension.some((request) => request.requester.includes('/src/popup/'))).toBe(true);
    expect(fromExtension.filter((request) => !request.url.startsWith(extensionOrigin()))).toEqual([]);
  });

  test('pages requested only their own server and the extension files; nothing left the machine', () => {
    const allowed = [harness().baseUrl, extensionOrigin(), 'data:', 'blob:', 'about:'];
    const unexpected = harness().requests.requests.filter(
      (request) => !allowed.some((prefix) => request.url.startsWith(prefix)),
    );
    expect(unexpected).toEqual([]);
    expect(harness().requests.external()).toEqual([]);
  });

  test("the extension's CSP refuses any connection from the worker or its pages, even to this machine", async () => {
    const probe = `${harness().baseUrl}textarea.html?probe`;
    const attempt = (url: string) =>
      fetch(url).then(
        () => 'connected',
        (error: unknown) => (error instanceof TypeError ? 'refused' : 'other'),
      );
    expect(await harness().serviceWorker.evaluate(attempt, probe)).toBe('refused');
    const options = await harness().context.newPage();
    await options.goto(`${extensionOrigin()}src/options/index.html`);
    expect(await options.evaluate(attempt, probe)).toBe('refused');
    await options.close();
    expect(harness().requests.requests.filter((request) => request.url === probe)).toEqual([]);
  });

  test('storage.local and storage.sync hold no flagged text', async () => {
    const areas = await harness().serviceWorker.evaluate(async () => ({
      local: JSON.stringify(await chrome.storage.local.get(null)),
      sync: JSON.stringify(await chrome.storage.sync.get(null)),
      session: JSON.stringify(await chrome.storage.session.get(null)),
    }));
    for (const secret of SECRETS) {
      expect(areas.local).not.toContain(secret);
      expect(areas.sync).not.toContain(secret);
    }
    expect(areas.session).not.toContain('meth');
  });

  test('the per-tab summary in storage.session is forgotten when the page navigates or closes', async () => {
    const page = await openFixture(harness(), 'textarea');
    const flag = async () => {
      await typeInto(page.locator('#note'), FLAGGED[1] ?? '');
      await expect.poll(sessionText).toContain('arrested');
    };
    await flag();
    await page.reload();
    await expect.poll(sessionText).not.toContain('arrested');
    await page.waitForFunction(() => window.__fixture !== undefined);
    await flag();
    await page.close();
    await expect.poll(sessionText).not.toContain('arrested');
  });

  test('no console line from pages, the popup or the worker contains flagged text', () => {
    for (const secret of SECRETS) expect(consoleLines.filter((line) => line.includes(secret))).toEqual([]);
  });
});
