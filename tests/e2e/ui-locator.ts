/**
 * A small stand-in for Playwright's Locator for elements inside the extension's closed shadow root: reads go
 * through the content script's isolated world (`ui-world.ts`), clicks are real mouse clicks at the element's
 * centre, so the UI receives trusted events, as from a person. Selectors are re-resolved on every call.
 */
import type { Page } from 'playwright-core';
import { UI } from '../../src/content/contracts';
import { uiWorld } from './ui-world';
import { waitUntil } from './wait';

interface Step {
  css: string;
  nth?: number;
}

type Op =
  | { kind: 'count' }
  | { kind: 'texts' }
  | { kind: 'attrs'; name: string }
  | { kind: 'select'; value: string }
  | { kind: 'attr'; name: string }
  | { kind: 'checked' }
  | { kind: 'visible' }
  | { kind: 'point' }
  | { kind: 'focused-attr'; name: string };

interface Query {
  hostTag: string;
  steps: Step[];
  op: Op;
}

type Answer = number | string | boolean | null | string[] | { x: number; y: number };

/**
 * Runs in a frame's isolated world. Self-contained (it is serialised): resolves the steps inside every UI root
 * of the frame and answers the operation for the first match (or all matches for count and texts).
 */
function queryUi(query: Query): Answer {
  let found: Element[] = [];
  const roots: ShadowRoot[] = [];
  for (const host of document.querySelectorAll<HTMLElement>(query.hostTag)) {
    const root = chrome.dom.openOrClosedShadowRoot(host);
    if (root) roots.push(root);
  }
  if (query.op.kind === 'focused-attr') {
    for (const root of roots) {
      const active = root.activeElement;
      if (active) return active.getAttribute(query.op.name);
    }
    return null;
  }
  let scopes: ParentNode[] = roots;
  for (const step of query.steps) {
    found = scopes.flatMap((scope) => [...scope.querySelectorAll(step.css)]);
    if (step.nth !== undefined) found = found.slice(step.nth, step.nth + 1);
    scopes = found;
  }
  if (query.op.kind === 'count') return found.length;
  if (query.op.kind === 'texts') return found.map((element) => element.textContent ?? '');
  if (query.op.kind === 'attrs') {
    const name = query.op.name;
    return found.map((element) => element.getAttribute(name) ?? '');
  }
  const element = found[0];
  if (!element) return query.op.kind === 'visible' ? false : null;
  if (query.op.kind === 'attr') return element.getAttribute(query.op.name);
  if (query.op.kind === 'select') {
    // A native <select> popup cannot be driven by test input in headless Chromium; choosing the option here is
    // what the popup would do. The picker only shows that template's placeholders: no choice is made by it.
    if (!(element instanceof HTMLSelectElement)) return false;
    element.value = query.op.value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return element.value === query.op.value;
  }
  if (query.op.kind === 'checked') return element instanceof HTMLInputElement && element.checked;
  const box = element.getBoundingClientRect();
  const visible =
    box.width > 0 &&
    box.height > 0 &&
    element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  if (query.op.kind === 'visible') return visible;
  if (!visible) return null;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  let x = rect.left + rect.width / 2;
  let y = rect.top + rect.height / 2;
  // From this frame's viewport to the top page's: add each same-origin frame element's content-box offset.
  let view: Window = window;
  while (view.frameElement) {
    const frame = view.frameElement;
    const frameRect = frame.getBoundingClientRect();
    x += frameRect.left + frame.clientLeft;
    y += frameRect.top + frame.clientTop;
    view = view.parent;
  }
  return { x, y };
}

export class UiLocator {
  constructor(
    readonly page: Page,
    private readonly steps: readonly Step[],
  ) {}

  locator(css: string): UiLocator {
    return new UiLocator(this.page, [...this.steps, { css }]);
  }

  nth(index: number): UiLocator {
    const last = this.steps.at(-1);
    if (!last) throw new Error('nth() needs a selector first');
    return new UiLocator(this.page, [...this.steps.slice(0, -1), { ...last, nth: index }]);
  }

  first(): UiLocator {
    return this.nth(0);
  }

  /** Answers from every frame that has a UI root. */
  private async ask(op: Op): Promise<Answer[]> {
    const world = await uiWorld(this.page);
    return world.evaluateAll(queryUi, { hostTag: UI.hostTag, steps: [...this.steps], op });
  }

  private async firstAnswer(op: Op): Promise<Answer> {
    return (await this.ask(op)).find((answer) => answer !== null && answer !== false) ?? null;
  }

  async count(): Promise<number> {
    return (await this.ask({ kind: 'count' })).reduce<number>(
      (sum, answer) => sum + (typeof answer === 'number' ? answer : 0),
      0,
    );
  }

  async allTextContents(): Promise<string[]> {
    return (await this.ask({ kind: 'texts' })).flatMap((answer) => (Array.isArray(answer) ? answer : []));
  }

  async textContent(): Promise<string | null> {
    return (await this.allTextContents())[0] ?? null;
  }

  async getAttribute(name: string): Promise<string | null> {
    const answer = await this.firstAnswer({ kind: 'attr', name });
    return typeof answer === 'string' ? answer : null;
  }

  async isVisible(): Promise<boolean> {
    return (await this.firstAnswer({ kind: 'visible' })) === true;
  }

  async isChecked(): Promise<boolean> {
    return (await this.firstAnswer({ kind: 'checked' })) === true;
  }

  async waitFor(
    options: { state: 'visible' | 'hidden' | 'attached' | 'detached' } = { state: 'visible' },
  ): Promise<void> {
    const { state } = options;
    await waitUntil(
      async () => {
        if (state === 'visible') return this.isVisible();
        if (state === 'hidden') return !(await this.isVisible());
        return (await this.count()) > 0 === (state === 'attached');
      },
      { message: `extension UI ${this.describe()} to be ${state}` },
    );
  }

  /** The element's centre on the page, once it is visible (scrolled into view). */
  async point(): Promise<{ x: number; y: number }> {
    let point: { x: number; y: number } | null = null;
    await waitUntil(
      async () => {
        const answer = await this.firstAnswer({ kind: 'point' });
        if (answer && typeof answer === 'object' && !Array.isArray(answer)) point = answer;
        return point !== null;
      },
      { message: `extension UI ${this.describe()} to be visible` },
    );
    if (!point) throw new Error(`extension UI ${this.describe()} not found`);
    return point;
  }

  /** A real (trusted) mouse click at the element's centre. */
  async click(): Promise<void> {
    const { x, y } = await this.point();
    await this.page.mouse.click(x, y);
  }

  /** A real double-click: two presses in one gesture, as a hurried writer makes. */
  async dblclick(): Promise<void> {
    const { x, y } = await this.point();
    await this.page.mouse.dblclick(x, y);
  }

  /** Every match's attribute ('' when absent), across frames. */
  async attributes(name: string): Promise<string[]> {
    return (await this.ask({ kind: 'attrs', name })).flatMap((answer) =>
      Array.isArray(answer) ? answer : [],
    );
  }

  /** Clicks into the field and types the text over its content with real input. */
  async fill(text: string): Promise<void> {
    await this.click();
    await this.page.keyboard.press('Control+a');
    if (text === '') await this.page.keyboard.press('Delete');
    else await this.page.keyboard.insertText(text);
  }

  async selectOption(value: string): Promise<void> {
    await this.waitFor({ state: 'visible' });
    if ((await this.firstAnswer({ kind: 'select', value })) !== true)
      throw new Error(`option ${value} not in ${this.describe()}`);
  }

  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
  }

  async uncheck(): Promise<void> {
    if (await this.isChecked()) await this.click();
  }

  describe(): string {
    return this.steps
      .map((step) => (step.nth === undefined ? step.css : `${step.css}[${step.nth}]`))
      .join(' ');
  }
}

/** UI elements matching a selector inside the extension's shadow root, in any frame. */
export function ui(page: Page, selector: string): UiLocator {
  return new UiLocator(page, [{ css: selector }]);
}

/** An attribute of the element focused inside the extension's shadow root (null when focus is elsewhere). */
export async function focusedUiAttribute(page: Page, name: string): Promise<string | null> {
  const world = await uiWorld(page);
  const answers = await world.evaluateAll(queryUi, {
    hostTag: UI.hostTag,
    steps: [],
    op: { kind: 'focused-attr', name },
  });
  return answers.find((answer): answer is string => typeof answer === 'string') ?? null;
}
