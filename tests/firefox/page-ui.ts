/**
 * Reading and driving LEAD Guard's in-page UI from a Firefox test, the way a person would. The UI lives in a
 * closed shadow root that no page script (and so no test through the page) can read, and it acts only on trusted
 * input; what a test can see from the page is what any page can: the CSS highlights on rich fields, and focus
 * moving into the UI's host element when a card or the review opens. Choices are made with real keys.
 */
import type { Page } from 'puppeteer-core';
import { UI } from '../../src/content/contracts';

const WAIT = { timeout: 30_000 };

/**
 * Collects what the extension reports in the page console. Content-script messages reach it, so this is where a
 * Firefox-only failure shows: the guard chunk not importable, the background not answering.
 */
export function watchExtensionProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (['error', 'warn', 'warning'].includes(message.type()) && text.includes('LEAD Guard'))
      problems.push(text);
  });
  return problems;
}

/** Text of every passage underlined in a rich field (CSS highlight ranges). */
export function flaggedPassages(page: Page): Promise<string[]> {
  return page.evaluate((ui: typeof UI) => {
    const passages: string[] = [];
    for (const name of Object.values(ui.highlight)) {
      for (const range of CSS.highlights.get(name) ?? []) passages.push(range.toString());
    }
    return passages;
  }, UI);
}

/** Waits until a rich field shows `word` underlined. */
export async function waitForFlag(page: Page, word: string): Promise<void> {
  await page.waitForFunction(
    (ui: typeof UI, expected: string) =>
      Object.values(ui.highlight).some((name) =>
        [...(CSS.highlights.get(name) ?? [])].some((range) => range.toString().includes(expected)),
      ),
    WAIT,
    UI,
    word,
  );
}

/** Waits until a card or the review holds the focus (open), or no longer does (closed). */
export async function waitForUiFocus(page: Page, focused = true): Promise<void> {
  await page.waitForFunction(
    (tag: string, wanted: boolean) => (document.activeElement?.localName === tag) === wanted,
    WAIT,
    UI.hostTag,
    focused,
  );
}

/**
 * The review's choices, from the keyboard: it opens on "Replace all" (flagged text), Tab reaches "Send anyway",
 * Escape keeps editing.
 */
export async function chooseInReview(
  page: Page,
  choice: 'replace-all' | 'send-anyway' | 'keep-editing',
): Promise<void> {
  if (choice === 'keep-editing') {
    await page.keyboard.press('Escape');
    return;
  }
  if (choice === 'send-anyway') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

export function fieldValue(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (field) => (field instanceof HTMLTextAreaElement ? field.value : null));
}
