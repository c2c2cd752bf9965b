/**
 * Firefox smoke test: the Firefox build, installed in firefox-esr, underlines flagged text in a contenteditable
 * and stops a flagged form submit for review. The UI is closed to the page, so the test sees what a page sees
 * (highlights, focus moving into the UI) and chooses with real keys; the Chromium suite reads inside the UI.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  FIREFOX_DIST,
  type FirefoxSession,
  launchFirefoxWithExtension,
  type PageServer,
  servePages,
} from './harness';
import {
  chooseInReview,
  fieldValue,
  flaggedPassages,
  waitForFlag,
  waitForUiFocus,
  watchExtensionProblems,
} from './page-ui';

const FLAGGED = 'He used heroin on Tuesday.';
const CLEAN = 'We met twice this week and she completed her intake.';

let firefox: FirefoxSession;
let server: PageServer;
let page: Page;
let extensionProblems: string[];

beforeAll(async () => {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_DIST}: run \`npm run build:firefox\` first.`);
  }
  server = await servePages();
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

beforeEach(async () => {
  server.submissions.length = 0;
  page = await firefox.browser.newPage();
  extensionProblems = watchExtensionProblems(page);
  await page.goto(`${server.origin}/smoke.html`);
});

afterEach(async () => {
  await page.close();
  expect(extensionProblems).toEqual([]);
});

describe('LEAD Guard in Firefox', () => {
  test('underlines flagged text typed in a contenteditable, and nothing else', async () => {
    await page.click('#rich');
    await page.type('#rich', `${CLEAN} ${FLAGGED}`);

    await waitForFlag(page, 'heroin');
    const passages = await flaggedPassages(page);
    expect(passages.some((passage) => passage.includes('heroin'))).toBe(true);
    expect(passages.some((passage) => passage.includes('intake'))).toBe(false);
  });

  test('stops a flagged form submit for review, then sends once on "Send anyway"', async () => {
    await page.click('#note');
    await page.type('#note', FLAGGED);

    await page.click('#send');
    await waitForUiFocus(page);
    expect(server.submissions).toEqual([]);

    await chooseInReview(page, 'keep-editing');
    await waitForUiFocus(page, false);
    expect(server.submissions).toEqual([]);
    expect(await fieldValue(page, '#note')).toBe(FLAGGED);

    await page.click('#send');
    await waitForUiFocus(page);
    await Promise.all([page.waitForNavigation(), chooseInReview(page, 'send-anyway')]);
    expect(server.submissions).toEqual([
      { path: '/submitted', body: new URLSearchParams({ note: FLAGGED }).toString() },
    ]);
  });

  test('sends a clean form at once, without review', async () => {
    await page.click('#note');
    await page.type('#note', CLEAN);
    await Promise.all([page.waitForNavigation(), page.click('#send')]);
    expect(server.submissions).toHaveLength(1);
  });
});
