/**
 * Notices when the page covers the review. The review sits in the browser's top layer (`showModal`), above
 * everything the page draws, but a page can open its own modal dialog, popover or full-screen element above it
 * afterwards, which also leaves the review inert: Send would look dead, or the writer would answer the page's
 * look-alike. Points across the review are hit-tested in the page's document; each must land on the guard's own
 * host element. When one does not, the review gives way to the browser's own prompt (`window.confirm`), which no
 * page can cover, restyle or answer.
 */
import { t } from '../../shared/i18n';

/** How far inside the review's edges the sampled points lie (clear of its rounded corners). */
const INSET = 10;

/** True when something of the page's is drawn over the open review, or the review is not drawn at all. */
export function isCovered(dialog: HTMLElement): boolean {
  const root = dialog.getRootNode();
  const view = dialog.ownerDocument.defaultView;
  if (!(root instanceof ShadowRoot) || !view) return false;
  const rect = dialog.getBoundingClientRect();
  if (rect.width <= 2 * INSET || rect.height <= 2 * INSET) return true;
  const xs = [rect.left + INSET, rect.left + rect.width / 2, rect.right - INSET];
  const ys = [rect.top + INSET, rect.top + rect.height / 2, rect.bottom - INSET];
  for (const x of xs) {
    for (const y of ys) {
      if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) continue;
      if (dialog.ownerDocument.elementFromPoint(x, y) !== root.host) return true;
    }
  }
  return false;
}

/** Checks every frame while the review is open; calls `onCovered` once, the first frame it is covered. */
export function watchCover(dialog: HTMLDialogElement, stillOpen: () => boolean, onCovered: () => void): void {
  const view = dialog.ownerDocument.defaultView;
  if (!view) return;
  const check = (): void => {
    if (!stillOpen() || !dialog.open) return;
    if (isCovered(dialog)) onCovered();
    else view.requestAnimationFrame(check);
  };
  view.requestAnimationFrame(check);
}

/** Items listed in the browser's prompt: it has no scrolling, so a long review is cut short. */
const PROMPTED_ITEMS = 5;

/**
 * The writer's choice in the browser's own prompt: true to send as it is. `items` are the review's flagged
 * passages (quoted) and files; `flagged` is false when the message could not be checked.
 */
export function askInBrowser(view: Window, flagged: boolean, items: readonly string[]): boolean {
  const lines = [t(flagged ? 'reviewCoveredFlagged' : 'reviewCoveredUnchecked'), ''];
  for (const item of items.slice(0, PROMPTED_ITEMS)) lines.push(`• ${item}`);
  if (items.length > PROMPTED_ITEMS) lines.push(t('reviewCoveredMore', items.length - PROMPTED_ITEMS));
  lines.push('', t('reviewCoveredChoice'));
  return view.confirm(lines.join('\n'));
}
