/**
 * The tests' way into the extension's closed shadow root. Playwright's selectors only pierce open roots, and a
 * page script cannot reach a closed one, so the tests do what only the extension itself can: over the Chrome
 * DevTools Protocol they evaluate in the content script's isolated world of each frame, where
 * `chrome.dom.openOrClosedShadowRoot(host)` returns the root. Nothing in the product changes for the tests.
 * Reading happens there; acting (clicks, keys) goes through Playwright's real input, so every event the UI sees
 * from a test is a trusted one, as from a person.
 */
import type { CDPSession, Page } from 'playwright-core';

interface IsolatedContext {
  id: number;
  frameId: string;
}

interface ContextEvent {
  context: { id: number; origin: string; auxData?: { frameId?: string; type?: string } };
}

/** The content script's isolated worlds of one page, kept current as frames come and go. */
export class UiWorld {
  private readonly contexts = new Map<number, IsolatedContext>();

  private constructor(private readonly session: CDPSession) {
    session.on('Runtime.executionContextCreated', (event: ContextEvent) => {
      const { id, origin, auxData } = event.context;
      // The extension's world is the isolated one whose origin is the extension's.
      if (auxData?.type === 'isolated' && origin.startsWith('chrome-extension://'))
        this.contexts.set(id, { id, frameId: auxData.frameId ?? '' });
    });
    session.on('Runtime.executionContextDestroyed', (event: { executionContextId: number }) => {
      this.contexts.delete(event.executionContextId);
    });
    session.on('Runtime.executionContextsCleared', () => this.contexts.clear());
  }

  static async attach(page: Page): Promise<UiWorld> {
    const session = await page.context().newCDPSession(page);
    const world = new UiWorld(session);
    // Enabling reports every context that already exists, so a world attached late still sees them all.
    await session.send('Runtime.enable');
    return world;
  }

  /**
   * Runs a self-contained function (it is serialised: no closures, no inner named functions) with a JSON
   * argument in every frame's isolated world, and returns the results of the frames that answered.
   */
  async evaluateAll<A, R>(fn: (arg: A) => R, arg: A): Promise<R[]> {
    const expression = `(${fn.toString()})(${JSON.stringify(arg)})`;
    const results: R[] = [];
    for (const context of [...this.contexts.values()]) {
      const reply = await this.session
        .send('Runtime.evaluate', {
          expression,
          contextId: context.id,
          returnByValue: true,
          awaitPromise: true,
        })
        .catch(() => null);
      // A frame that navigated away or threw has nothing to say about the UI now.
      if (!reply || reply.exceptionDetails) continue;
      results.push(reply.result.value as R);
    }
    return results;
  }
}

const worlds = new WeakMap<Page, Promise<UiWorld>>();

/** The page's UI world, attached once per page. */
export function uiWorld(page: Page): Promise<UiWorld> {
  let world = worlds.get(page);
  if (!world) {
    world = UiWorld.attach(page);
    worlds.set(page, world);
  }
  return world;
}
