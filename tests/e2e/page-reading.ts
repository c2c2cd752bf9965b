/**
 * Reads what the extension shows on a page, the way a user sees it: flagged passages (CSS highlights and
 * mirror marks) in every frame, and UI inside the extension's closed shadow root, read from the content
 * script's isolated world (`ui-world.ts`). No test-runner imports, so the demo and the page bench use the same
 * code as the e2e tests.
 */
import type { Page } from 'playwright-core';
import { UI } from '../../src/content/contracts';
import { type UiLocator, ui } from './ui-locator';
import { uiWorld } from './ui-world';

export { focusedUiAttribute, UiLocator, ui } from './ui-locator';
export { waitUntil } from './wait';

export interface Flag {
  text: string;
  severity: string;
  /** 'highlight' for CSS Custom Highlight ranges, 'mirror' for marks in a textarea/input overlay. */
  via: 'highlight' | 'mirror';
  /** Centre of the passage's first line box in page coordinates, for clicking it. */
  x: number;
  y: number;
}

/**
 * Reads one document's flags in the content script's isolated world (the mirror marks are in the closed UI root):
 * ranges in the lead-guard-* highlights and marks in the mirror overlays, with page coordinates to click them.
 */
function readFrameFlags(args: {
  highlights: [string, string][];
  hostTag: string;
  mirrorAttr: string;
}): Flag[] {
  // Self-contained, no inner named functions: it is serialised into the frame.
  const found: { text: string; severity: string; via: Flag['via']; rects: DOMRectList; box: DOMRect }[] = [];
  for (const [severity, name] of args.highlights) {
    for (const abstract of CSS.highlights?.get(name) ?? []) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      found.push({
        text: range.toString(),
        severity,
        via: 'highlight',
        rects: range.getClientRects(),
        box: range.getBoundingClientRect(),
      });
    }
  }
  for (const host of document.querySelectorAll<HTMLElement>(args.hostTag)) {
    const root = chrome.dom.openOrClosedShadowRoot(host);
    for (const mark of root?.querySelectorAll(`[${args.mirrorAttr}] mark`) ?? []) {
      found.push({
        text: mark.textContent ?? '',
        severity: mark.getAttribute('data-severity') ?? '',
        via: 'mirror',
        rects: mark.getClientRects(),
        box: mark.getBoundingClientRect(),
      });
    }
  }
  // From this frame's viewport to the top page's: add each same-origin frame element's content-box offset.
  let offsetX = 0;
  let offsetY = 0;
  let view: Window = window;
  while (view.frameElement) {
    const frame = view.frameElement;
    const frameRect = frame.getBoundingClientRect();
    offsetX += frameRect.left + frame.clientLeft;
    offsetY += frameRect.top + frame.clientTop;
    view = view.parent;
  }
  return found.map(({ rects, box, ...flag }) => {
    const rect = rects[0] ?? box;
    return {
      ...flag,
      x: offsetX + rect.left + Math.min(rect.width / 2, 40),
      y: offsetY + rect.top + rect.height / 2,
    };
  });
}

/** Every flagged passage shown on the page, in all frames. */
export async function flags(page: Page): Promise<Flag[]> {
  const world = await uiWorld(page);
  const perFrame = await world.evaluateAll(readFrameFlags, {
    highlights: Object.entries(UI.highlight),
    hostTag: UI.hostTag,
    mirrorAttr: UI.mirrorAttr,
  });
  return perFrame.flat();
}

/** Flagged passage texts, whitespace-normalised and sorted, for exact comparisons. */
export async function flaggedTexts(page: Page): Promise<string[]> {
  return (await flags(page)).map((flag) => normalize(flag.text)).sort();
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** UI inside the extension's shadow root, in whichever frame shows it, once it is visible. */
export async function uiLocator(page: Page, selector: string): Promise<UiLocator> {
  const found = ui(page, selector).first();
  await found.waitFor({ state: 'visible' });
  return found;
}

/** Clicks a flagged passage and waits for its card. */
export async function openCard(page: Page, passage: string): Promise<UiLocator> {
  const flag = (await flags(page)).find((candidate) => normalize(candidate.text) === normalize(passage));
  if (!flag) throw new Error(`no flag on "${passage}"`);
  await page.mouse.click(flag.x, flag.y);
  return uiLocator(page, `[role=dialog][${UI.cardAttr}]`);
}

/** Clicks a button of a card or review dialog by its data-action, with a real mouse click. */
export async function clickAction(container: UiLocator, action: string): Promise<void> {
  await container.locator(`[${UI.actionAttr}="${action}"]`).click();
}
