/**
 * End-to-end harness: serves the fixture pages on 127.0.0.1, launches Debian Chromium with the built
 * extension, and reads what the extension shows (highlights, mirror marks, badge, card, review dialog)
 * the way a user would see it. Every wait is on a condition; nothing sleeps for a fixed time.
 */

import type { BrowserContext, Frame, Locator, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { UI } from '../../src/content/contracts';
import type {} from '../fixtures/pages/shared/fixture-types';
import { launchWithExtension } from './browser';
import { ensurePages } from './pages-build';
import { type RequestRecorder, recordRequests } from './request-recorder';
import { startStaticServer } from './static-server';

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

export interface Flag {
  text: string;
  severity: string;
  /** 'highlight' for CSS Custom Highlight ranges, 'mirror' for marks in a textarea/input overlay. */
  via: 'highlight' | 'mirror';
  /** Centre of the passage's first line box in page coordinates, for clicking it. */
  x: number;
  y: number;
}

type FrameFlag = Omit<Flag, 'x' | 'y'> & { left: number; top: number; width: number; height: number };

/**
 * Reads one document's flags in the page's main world: ranges in the lead-guard-* highlights and
 * marks in the UI's mirror overlays.
 */
function readFrameFlags(args: {
  highlights: [string, string][];
  hostTag: string;
  mirrorAttr: string;
}): FrameFlag[] {
  const flags: FrameFlag[] = [];
  const box = (rects: DOMRectList, fallback: DOMRect) => {
    const rect = rects[0] ?? fallback;
    return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
  };
  for (const [severity, name] of args.highlights) {
    const highlight = CSS.highlights?.get(name);
    if (!highlight) continue;
    for (const abstract of highlight) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      flags.push({
        text: range.toString(),
        severity,
        via: 'highlight',
        ...box(range.getClientRects(), range.getBoundingClientRect()),
      });
    }
  }
  for (const host of document.querySelectorAll(args.hostTag)) {
    for (const mark of host.shadowRoot?.querySelectorAll(`[${args.mirrorAttr}] mark`) ?? []) {
      flags.push({
        text: mark.textContent ?? '',
        severity: mark.getAttribute('data-severity') ?? '',
        via: 'mirror',
        ...box(mark.getClientRects(), mark.getBoundingClientRect()),
      });
    }
  }
  return flags;
}

async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  const element = await frame.frameElement().catch(() => null);
  const box = element ? await element.boundingBox() : null;
  // Content box of the iframe: its border is not part of the inner viewport.
  const border = element
    ? await element.evaluate((node) => {
        if (!(node instanceof Element)) return { x: 0, y: 0 };
        const style = getComputedStyle(node);
        return { x: Number.parseFloat(style.borderLeftWidth), y: Number.parseFloat(style.borderTopWidth) };
      })
    : { x: 0, y: 0 };
  return box ? { x: box.x + border.x, y: box.y + border.y } : { x: 0, y: 0 };
}

/** Every flagged passage shown on the page, in all frames. */
export async function flags(page: Page): Promise<Flag[]> {
  const all: Flag[] = [];
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(readFrameFlags, {
        highlights: Object.entries(UI.highlight),
        hostTag: UI.hostTag,
        mirrorAttr: UI.mirrorAttr,
      })
      .catch(() => []);
    if (found.length === 0) continue;
    const offset = frame === page.mainFrame() ? { x: 0, y: 0 } : await frameOffset(frame);
    for (const flag of found) {
      all.push({
        text: flag.text,
        severity: flag.severity,
        via: flag.via,
        x: offset.x + flag.left + Math.min(flag.width / 2, 40),
        y: offset.y + flag.top + flag.height / 2,
      });
    }
  }
  return all;
}

/** Flagged passage texts, whitespace-normalised and sorted, for exact comparisons. */
export async function flaggedTexts(page: Page): Promise<string[]> {
  return (await flags(page)).map((flag) => normalize(flag.text)).sort();
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A locator for UI inside the extension's shadow root, in whichever frame currently shows it. */
export async function uiLocator(page: Page, selector: string): Promise<Locator> {
  let found: Locator | null = null;
  await expect
    .poll(
      async () => {
        for (const frame of page.frames()) {
          const candidate = frame.locator(`${UI.hostTag} ${selector}`);
          if (
            await candidate
              .first()
              .isVisible()
              .catch(() => false)
          ) {
            found = candidate.first();
            return true;
          }
        }
        return false;
      },
      { timeout: 10_000, message: `extension UI ${selector} visible` },
    )
    .toBe(true);
  if (!found) throw new Error(`extension UI ${selector} not found`);
  return found;
}

/** Badge counts per field id, across frames (the text of each visible badge). */
export async function badgeCounts(page: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const frame of page.frames()) {
    const badges = frame.locator(`${UI.hostTag} [${UI.badgeAttr}]`);
    for (const badge of await badges.all()) {
      if (!(await badge.isVisible().catch(() => false))) continue;
      const id = (await badge.getAttribute('data-field-id')) ?? '';
      counts[id] = Number.parseInt((await badge.textContent()) ?? '', 10) || 0;
    }
  }
  return counts;
}

/** Waits until exactly these passages are flagged (order-insensitive, whitespace-normalised). */
export async function expectFlagged(page: Page, expected: string[], timeout = 10_000): Promise<void> {
  await expect
    .poll(() => flaggedTexts(page), { timeout, message: 'flagged passages' })
    .toEqual(expected.map(normalize).sort());
}

/** Clicks a flagged passage and waits for its card. */
export async function openCard(page: Page, passage: string): Promise<Locator> {
  const flag = (await flags(page)).find((candidate) => normalize(candidate.text) === normalize(passage));
  if (!flag) throw new Error(`no flag on "${passage}"`);
  await page.mouse.click(flag.x, flag.y);
  return uiLocator(page, `[role=dialog][${UI.cardAttr}]`);
}

/** Clicks a button of a card or review dialog by its data-action. */
export async function clickAction(container: Locator, action: string): Promise<void> {
  await container.locator(`[${UI.actionAttr}="${action}"]`).click();
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
