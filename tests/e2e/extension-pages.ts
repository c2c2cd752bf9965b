/**
 * Helpers for tests of the extension's own pages: the popup (opened for a given tab, as it is in a
 * window of its own) and the options page, plus an axe-core accessibility check.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** The browser's id for the tab showing `page` (brought to the front to find it). */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await harness.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

export async function openPopup(harness: Harness, tabId: number): Promise<Page> {
  const popup = await harness.context.newPage();
  await popup.goto(`chrome-extension://${harness.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.locator('main h1').waitFor();
  return popup;
}

export async function openOptions(harness: Harness): Promise<Page> {
  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/src/options/index.html`);
  await options.locator('form[data-ready]').waitFor();
  return options;
}

/** The badge text the worker set for a tab. */
export function badgeText(harness: Harness, tabId: number): Promise<string> {
  return harness.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Runs axe-core (from node_modules) in the page and returns its violations, with offending selectors. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the debugging protocol, so the page's strict CSP does not block it.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as { run: (context: Document) => Promise<unknown> };
    const result = (await axe.run(document)) as {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** Presses Tab until the focused element matches `selector` (fails after `limit` presses). */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let press = 0; press < limit; press++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reachable with Tab`);
}
