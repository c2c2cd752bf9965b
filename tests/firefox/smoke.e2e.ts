/**
 * Firefox smoke test: the Firefox build, installed in firefox-esr, underlines flagged text in a textarea
 * and in a contenteditable, and stops a flagged form submit for review.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { UI } from '../../src/content/contracts';
import {
  FIREFOX_DIST,
  type FirefoxSession,
  launchFirefoxWithExtension,
  type PageServer,
  servePages,
} from './harness';

const FLAGGED = 'He used heroin on Tuesday.';
const CLEAN = 'We met twice this week and she completed her intake.';

let firefox: FirefoxSession;
let server: PageServer;
let page: Page;
/** What the extension reported in the page console: a guard that failed to load, a report the worker refused. */
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
  extensionProblems = [];
  page = await firefox.browser.newPage();
  // Content-script messages reach the page console: this is where a Firefox-only failure would show
  // (the guard chunk not importable, the background not answering).
  page.on('console', (message) => {
    const text = message.text();
    if (['error', 'warn', 'warning'].includes(message.type()) && text.includes('LEAD Guard')) {
      extensionProblems.push(text);
    }
  });
  await page.goto(`${server.origin}/smoke.html`);
});

afterEach(async () => {
  await page.close();
  expect(extensionProblems).toEqual([]);
});

/** Text of every passage the extension currently draws as flagged: highlight ranges and mirror marks. */
function flaggedPassages(target: Page): Promise<string[]> {
  return target.evaluate((ui: typeof UI) => {
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

async function waitForFlag(target: Page, word: string): Promise<void> {
  await target.waitForFunction(
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
    { timeout: 30_000 },
    UI,
    word,
  );
}

function badgeCounts(target: Page): Promise<number[]> {
  return target.evaluate((ui: typeof UI) => {
    const shadow = document.querySelector(ui.hostTag)?.shadowRoot;
    return [...(shadow?.querySelectorAll(`[${ui.badgeAttr}]`) ?? [])].map((badge) =>
      Number.parseInt(badge.textContent ?? '', 10),
    );
  }, UI);
}

function reviewDialogOpen(target: Page): Promise<boolean> {
  return target.evaluate((ui: typeof UI) => {
    const shadow = document.querySelector(ui.hostTag)?.shadowRoot;
    return Boolean(shadow?.querySelector(`[role=dialog][${ui.reviewAttr}]`));
  }, UI);
}

async function waitForReviewDialog(target: Page): Promise<void> {
  await target.waitForFunction(
    (ui: typeof UI) =>
      Boolean(
        document.querySelector(ui.hostTag)?.shadowRoot?.querySelector(`[role=dialog][${ui.reviewAttr}]`),
      ),
    { timeout: 30_000 },
    UI,
  );
}

async function clickReviewAction(target: Page, action: 'send-anyway' | 'keep-editing'): Promise<void> {
  await target.evaluate(
    (ui: typeof UI, wanted: string) => {
      const dialog = document.querySelector(ui.hostTag)?.shadowRoot?.querySelector(`[${ui.reviewAttr}]`);
      const button = dialog?.querySelector<HTMLElement>(`[${ui.actionAttr}="${wanted}"]`);
      if (!button) throw new Error(`No ${wanted} button in the review dialog`);
      button.click();
    },
    UI,
    action,
  );
}

describe('LEAD Guard in Firefox', () => {
  test.each([
    ['textarea', '#note'],
    ['contenteditable', '#rich'],
  ])('underlines flagged text typed in a %s', async (_kind, selector) => {
    await page.click(selector);
    await page.type(selector, `${CLEAN} ${FLAGGED}`);

    await waitForFlag(page, 'heroin');
    const passages = await flaggedPassages(page);
    expect(passages.some((passage) => passage.includes('heroin'))).toBe(true);
    expect(passages.some((passage) => passage.includes('intake'))).toBe(false);
    expect(await badgeCounts(page)).toContain(1);
  });

  test('stops a flagged form submit for review, then sends once on "Send anyway"', async () => {
    await page.click('#note');
    await page.type('#note', FLAGGED);
    await waitForFlag(page, 'heroin');

    await page.click('#send');
    await waitForReviewDialog(page);
    expect(server.submissions).toEqual([]);

    await clickReviewAction(page, 'keep-editing');
    await page.waitForFunction(
      (ui: typeof UI) => !document.querySelector(ui.hostTag)?.shadowRoot?.querySelector(`[${ui.reviewAttr}]`),
      {},
      UI,
    );
    expect(server.submissions).toEqual([]);
    expect(
      await page.$eval('#note', (note) => (note instanceof HTMLTextAreaElement ? note.value : null)),
    ).toBe(FLAGGED);

    await page.click('#send');
    await waitForReviewDialog(page);
    await Promise.all([page.waitForNavigation(), clickReviewAction(page, 'send-anyway')]);
    expect(server.submissions).toEqual([
      { path: '/submitted', body: new URLSearchParams({ note: FLAGGED }).toString() },
    ]);
  });

  test('sends a clean form at once, without review', async () => {
    await page.click('#note');
    await page.type('#note', CLEAN);
    await Promise.all([page.waitForNavigation(), page.click('#send')]);
    expect(server.submissions).toHaveLength(1);
    expect(await reviewDialogOpen(page)).toBe(false);
  });
});
