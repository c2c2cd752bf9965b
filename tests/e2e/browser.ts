import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export interface LaunchOptions {
  /** The built extension folder. */
  dist: string;
  executablePath: string;
  headless: boolean;
}

/** Chromium with only this extension loaded, in a fresh profile that is thrown away on close. */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const dist = resolve(options.dist);
  const context = await chromium.launchPersistentContext('', {
    executablePath: options.executablePath,
    headless: options.headless,
    viewport: options.headless ? { width: 1280, height: 900 } : null,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (worker) => worker.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    return { context, extensionId: new URL(serviceWorker.url()).host, serviceWorker };
  } catch (error) {
    await context.close();
    throw new Error(`the extension in ${dist} did not start (no service worker): ${String(error)}`);
  }
}
