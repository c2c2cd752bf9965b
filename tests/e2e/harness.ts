/**
 * End-to-end harness: serves the fixture pages on 127.0.0.1, launches Debian Chromium with the built
 * extension, and reads what the extension shows (highlights, mirror marks, badge, card, review dialog)
 * the way a user would see it. Every wait is on a condition; nothing sleeps for a fixed time.
 */

import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type {} from '../fixtures/pages/shared/fixture-types';
import { launchWithExtension } from './browser';
import { flaggedTexts, normalize } from './page-reading';
import { ensurePages } from './pages-build';
import { type RequestRecorder, recordRequests } from './request-recorder';
import { startStaticServer } from './static-server';

export * from './page-reading';
export type { RecordedRequest, RequestRecorder } from './request-recorder';

export const APPROVED_WORDING = 'There is nothing helpful to report at this time.';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Where the fixture pages are served, ending in '/'. */
  baseUrl: string;
  /** Every request made in the browser; requests leaving the machine are aborted and listed. */
  requests: RequestRecorder;
  close(): Promise<void>;
}

/** Starts the page server and Chromium with the extension from LEAD_GUARD_DIST (default dist). */
export async function launch(options: { dist?: string } = {}): Promise<Harness> {
  const server = await startStaticServer(await ensurePages());
  try {
    const browser = await launchWithExtension({
      dist: options.dist ?? process.env.LEAD_GUARD_DIST ?? 'dist',
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
    });
    const requests = await recordRequests(browser.context);
    return {
      ...browser,
      baseUrl: server.url,
      requests,
      close: async () => {
        await browser.context.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/**
 * Launches one browser for the calling file or describe block and closes it after the block's tests. Returns
 * a getter because the harness exists only once the block's beforeAll has run.
 */
export function sharedHarness(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('browser did not start');
    return harness;
  };
}

/** Opens a fixture page by name (e.g. 'quill') and waits until its editor has started. */
export async function openFixture(harness: Harness, name: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.baseUrl}${name}.html`);
  await page.waitForFunction(() => window.__fixture !== undefined);
  return page;
}

/** The text the page's editor model holds, read through the editor's own API. */
export function modelText(page: Page): Promise<string> {
  return page.evaluate(() => window.__fixture?.getText() ?? '');
}

/** What the page's own send/submit handlers recorded. */
export function sentMessages(page: Page): Promise<Window['__sent']> {
  return page.evaluate(() => window.__sent);
}

/** Clicks into a field and types with real key events, as a person would. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.page().keyboard.type(text);
}

/** Selects the current line of the focused field and types over it (keeps quoted text below intact). */
export async function retypeLine(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(text);
}

/** Waits until exactly these passages are flagged (order-insensitive, whitespace-normalised). */
export async function expectFlagged(page: Page, expected: string[], timeout = 10_000): Promise<void> {
  await expect
    .poll(() => flaggedTexts(page), { timeout, message: 'flagged passages' })
    .toEqual(expected.map(normalize).sort());
}

/** Waits until the editor's model satisfies a check on its text. */
export async function expectModelText(
  page: Page,
  check: (text: string) => boolean,
  message: string,
  timeout = 10_000,
): Promise<void> {
  await expect.poll(async () => check(await modelText(page)), { timeout, message }).toBe(true);
}
