/**
 * Reads what the extension shows on a page, the way a user sees it: flagged passages (CSS highlights and
 * mirror marks) in every frame, and UI inside the extension's shadow root. No test-runner imports, so the
 * demo and the page bench use the same code as the e2e tests.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { UI } from '../../src/content/contracts';

/** Polls a condition until it holds (like waitForFunction, for checks that span frames or Node). */
export async function waitUntil(
  check: () => Promise<boolean> | boolean,
  options: { timeout?: number; message: string },
): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? 10_000);
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
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
  // Self-contained, no inner named functions: Playwright serialises it into the page.
  const found: { text: string; severity: string; via: Flag['via']; rects: DOMRectList; box: DOMRect }[] = [];
  for (const [severity, name] of args.highlights) {
    for (const abstract of CSS.highlights?.get(name) ?? []) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const rects = range.getClientRects();
      found.push({
        text: range.toString(),
        severity,
        via: 'highlight',
        rects,
        box: range.getBoundingClientRect(),
      });
    }
  }
  for (const host of document.querySelectorAll(args.hostTag)) {
    for (const mark of host.shadowRoot?.querySelectorAll(`[${args.mirrorAttr}] mark`) ?? []) {
      const severity = mark.getAttribute('data-severity') ?? '';
      found.push({
        text: mark.textContent ?? '',
        severity,
        via: 'mirror',
        rects: mark.getClientRects(),
        box: mark.getBoundingClientRect(),
      });
    }
  }
  return found.map(({ rects, box, ...flag }) => {
    const rect = rects[0] ?? box;
    return { ...flag, left: rect.left, top: rect.top, width: rect.width, height: rect.height };
  });
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
  await waitUntil(
    async () => {
      for (const frame of page.frames()) {
        const candidate = frame.locator(`${UI.hostTag} ${selector}`).first();
        if (await candidate.isVisible().catch(() => false)) {
          found = candidate;
          return true;
        }
      }
      return false;
    },
    { message: `extension UI ${selector} to be visible` },
  );
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
