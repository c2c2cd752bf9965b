/**
 * How a test writes and sends on each send-capable fixture: Gmail-like (sends on mousedown → mouseup
 * and Ctrl+Enter), Outlook-like on RoosterJS (click and Ctrl+Enter), the React court form and the
 * plain court form (submit button, Enter in a field).
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { UI } from '../../src/content/contracts';
import { normalize, type UiLocator, ui } from './harness';

export interface SendDriver {
  name: string;
  /** Replaces the writer's own words (never the quoted reply) the way the page allows fastest. */
  write(page: Page, text: string): Promise<void>;
  /** Presses Send with the mouse. */
  clickSend(page: Page): Promise<void>;
  /** Sends from the keyboard: Ctrl+Enter in webmail, Enter in a one-line field on forms. */
  keySend(page: Page): Promise<void>;
  /** Sets a draft through the page's own API without touching any field (where the page has one). */
  prefill?(page: Page, text: string): Promise<void>;
  /** A quoted reply with flaggable words that must never block (webmail only). */
  quoted?: string;
}

const GMAIL_BODY = 'div[g_editable=true][role=textbox]';

async function setThroughFixture(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => window.__fixture?.setText?.(value), text);
}

/**
 * Selects the writer's whole line in a rich editor, as a drag across it would, and types over it with one
 * insertText (real input events). Home and Shift+End would select one visual line only: once the line wraps,
 * the start of it would stay behind and run into the new text.
 */
async function retypeFirstLine(line: Locator, page: Page, text: string): Promise<void> {
  await line.click();
  await line.evaluate((element) => {
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    const selection = element.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.insertText(text);
}

export const drivers: SendDriver[] = [
  {
    name: 'gmail',
    write: async (page, text) => {
      await page.locator(GMAIL_BODY).focus();
      await setThroughFixture(page, text);
    },
    clickSend: (page) => page.locator('div[role=button][data-tooltip^="Send"]').click(),
    keySend: async (page) => {
      await page.locator(GMAIL_BODY).focus();
      await page.keyboard.press('Control+Enter');
    },
    prefill: setThroughFixture,
    quoted: 'I heard he used meth on Friday and was arrested for shoplifting last week.',
  },
  {
    name: 'outlook',
    write: (page, text) => retypeFirstLine(page.locator('#editorBody > div:first-child'), page, text),
    clickSend: (page) => page.locator('button[aria-label="Send"]').click(),
    keySend: async (page) => {
      await page.locator('#editorBody').focus();
      await page.keyboard.press('Control+Enter');
    },
    quoted: 'Please confirm whether he was arrested for shoplifting and whether he used meth on Friday.',
  },
  {
    name: 'react-court',
    write: (page, text) => page.locator('#filing-comments').fill(text),
    clickSend: (page) => page.locator('#submit').click(),
    keySend: async (page) => {
      await page.locator('#filing-description').focus();
      await page.keyboard.press('Enter');
    },
    prefill: setThroughFixture,
  },
  {
    name: 'court-form',
    write: (page, text) => page.locator('#comments').fill(text),
    clickSend: (page) => page.locator('#submit').click(),
    keySend: async (page) => {
      await page.locator('#description').focus();
      await page.keyboard.press('Enter');
    },
    prefill: setThroughFixture,
  },
];

export function reviewDialog(page: Page): UiLocator {
  return ui(page, `[role=dialog][${UI.reviewAttr}]`);
}

export async function choose(
  page: Page,
  action: 'replace-all' | 'send-anyway' | 'keep-editing',
): Promise<void> {
  await reviewDialog(page).locator(`[${UI.actionAttr}="${action}"]`).click();
  await reviewDialog(page).waitFor({ state: 'detached' });
}

export async function passagesShown(page: Page): Promise<string[]> {
  const texts = await reviewDialog(page).locator('.passage').allTextContents();
  return texts.map((text) => normalize(text.replace(/^“|”$/g, '')));
}

export function sentCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__sent.length);
}

/** Waits until at least `count` sends are recorded, then checks there are exactly `count`. */
export async function expectSent(page: Page, count: number, context = ''): Promise<string> {
  await expect
    .poll(() => sentCount(page), { message: `${context} (sends)`, timeout: 15_000 })
    .toBeGreaterThanOrEqual(count);
  const sent = await page.evaluate(() => window.__sent.map((entry) => entry.text));
  expect(sent.length, context).toBe(count);
  return normalize(sent[sent.length - 1] ?? '');
}

/** What a Send led to: it went out, or the review opened (flagged passages, or not checked in time). */
export type SendOutcome = 'sent' | 'flagged' | 'unchecked';

export async function outcomeOfSend(page: Page, sentBefore: number, context = ''): Promise<SendOutcome> {
  let outcome: SendOutcome | null = null;
  await expect
    .poll(
      async () => {
        if ((await sentCount(page)) > sentBefore) outcome = 'sent';
        else if ((await reviewDialog(page).count()) > 0) {
          const kind = await reviewDialog(page).getAttribute(UI.reviewAttr);
          if (kind === 'flagged' || kind === 'unchecked') outcome = kind;
        }
        return outcome;
      },
      { message: `${context} (outcome)`, timeout: 15_000 },
    )
    .not.toBeNull();
  return outcome ?? 'sent';
}

/**
 * Sends a clean message and checks it went out once. On a loaded machine the analysis may miss its
 * 1-second budget; the guard then says so instead of sending, and the writer sends anyway.
 */
export async function expectCleanSend(page: Page, sentBefore: number, context = ''): Promise<string> {
  const outcome = await outcomeOfSend(page, sentBefore, context);
  if (outcome === 'flagged') {
    expect.fail(
      `${context}: a clean message was held with passages ${JSON.stringify(await passagesShown(page))}`,
    );
  }
  if (outcome === 'unchecked') await choose(page, 'send-anyway');
  return expectSent(page, sentBefore + 1, context);
}

/**
 * Presses Send on a flagged message and waits for the review of its passages. If the analysis missed its
 * 1-second budget (loaded machine), the writer keeps editing and sends again, as they would.
 */
export async function openReview(page: Page, send: () => Promise<void>): Promise<void> {
  const before = await sentCount(page);
  await send();
  let outcome = await outcomeOfSend(page, before, 'first Send');
  if (outcome === 'unchecked') {
    await choose(page, 'keep-editing');
    await send();
    outcome = await outcomeOfSend(page, before, 'second Send');
  }
  expect(outcome).toBe('flagged');
}
