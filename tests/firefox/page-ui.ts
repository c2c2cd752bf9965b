/**
 * Reading and driving LEAD Guard's in-page UI from a Firefox test, through the UI contract
 * (`UI` in src/content/contracts.ts): one open shadow root, highlight names, data attributes.
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

/** Text of every passage the extension currently draws as flagged: highlight ranges and mirror marks. */
export function flaggedPassages(page: Page): Promise<string[]> {
  return page.evaluate((ui: typeof UI) => {
    const passages: string[] = [];
    for (const name of Object.values(ui.highlight)) {
      for (const range of CSS.highlights.get(name) ?? []) passages.push(range.toString());
    }
    const shadow = document.querySelector(ui.hostTag)?.shadowRoot;
    for (const mark of shadow?.querySelectorAll(`[${ui.mirrorAttr}] mark[data-severity]`) ?? []) {
      passages.push(mark.textContent ?? '');
    }
    return passages;
  }, UI);
}

export async function waitForFlag(page: Page, word: string): Promise<void> {
  await page.waitForFunction(
    (ui: typeof UI, expected: string) => {
      const shadow = document.querySelector(ui.hostTag)?.shadowRoot;
      const highlighted = Object.values(ui.highlight).some((name) =>
        [...(CSS.highlights.get(name) ?? [])].some((range) => range.toString().includes(expected)),
      );
      const mirrored = [...(shadow?.querySelectorAll(`[${ui.mirrorAttr}] mark[data-severity]`) ?? [])].some(
        (mark) => mark.textContent?.includes(expected),
      );
      return highlighted || mirrored;
    },
    WAIT,
    UI,
    word,
  );
}

export function badgeCounts(page: Page): Promise<number[]> {
  return page.evaluate((ui: typeof UI) => {
    const shadow = document.querySelector(ui.hostTag)?.shadowRoot;
    return [...(shadow?.querySelectorAll(`[${ui.badgeAttr}]`) ?? [])].map((badge) =>
      Number.parseInt(badge.textContent ?? '', 10),
    );
  }, UI);
}

/** The card of one passage, or the send-time review dialog. */
export type Dialog = typeof UI.cardAttr | typeof UI.reviewAttr;

export function dialogOpen(page: Page, dialog: Dialog): Promise<boolean> {
  return page.evaluate(
    (ui: typeof UI, attr: string) =>
      Boolean(document.querySelector(ui.hostTag)?.shadowRoot?.querySelector(`[role=dialog][${attr}]`)),
    UI,
    dialog,
  );
}

export async function waitForDialog(page: Page, dialog: Dialog, open = true): Promise<void> {
  await page.waitForFunction(
    (ui: typeof UI, attr: string, wanted: boolean) =>
      Boolean(document.querySelector(ui.hostTag)?.shadowRoot?.querySelector(`[role=dialog][${attr}]`)) ===
      wanted,
    WAIT,
    UI,
    dialog,
    open,
  );
}

/** Clicks a dialog button by its `data-action` (replace, send-anyway, keep-editing…). */
export async function clickDialogAction(page: Page, dialog: Dialog, action: string): Promise<void> {
  await page.evaluate(
    (ui: typeof UI, attr: string, wanted: string) => {
      const container = document
        .querySelector(ui.hostTag)
        ?.shadowRoot?.querySelector(`[role=dialog][${attr}]`);
      const button = container?.querySelector<HTMLElement>(`[${ui.actionAttr}="${wanted}"]`);
      if (!button) throw new Error(`No ${wanted} button in [${attr}]`);
      button.click();
    },
    UI,
    dialog,
    action,
  );
}

export function fieldValue(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (field) => (field instanceof HTMLTextAreaElement ? field.value : null));
}
