/**
 * `npm run bench:page`: what the content script costs on real pages, measured in Chromium with the built
 * extension: bootstrap bytes and time on a page with no fields, typing pause → underline, and the longest
 * task while typing in a 10,000-word field. A measurement, not a test: it prints figures beside the targets.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { UI } from '../src/content/contracts';
import { launchWithExtension } from '../tests/e2e/browser';
import { findChrome } from '../tests/e2e/chrome-path';
import { flags, waitUntil } from '../tests/e2e/page-reading';
import { ensurePages } from '../tests/e2e/pages-build';
import { startStaticServer } from '../tests/e2e/static-server';
import { uiWorld } from '../tests/e2e/ui-world';
import type {} from '../tests/fixtures/pages/shared/fixture-types';

const RUNS = 7;

declare global {
  interface Window {
    __lastKeyAt?: number;
    __longestTask?: number;
  }
}

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The content-script files Chrome injects at document_start, from the built manifest. */
function bootstrapFiles(dist: string): string[] {
  const manifest: unknown = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || !('content_scripts' in manifest)) return [];
  const scripts = manifest.content_scripts;
  if (!Array.isArray(scripts)) return [];
  const files: string[] = [];
  for (const entry of scripts) {
    if (typeof entry !== 'object' || entry === null) continue;
    const runAt = 'run_at' in entry ? entry.run_at : 'document_idle';
    if (runAt !== 'document_start' || !('js' in entry) || !Array.isArray(entry.js)) continue;
    for (const file of entry.js) if (typeof file === 'string') files.push(file);
  }
  return files;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

function isTraceEvent(value: unknown): value is TraceEvent {
  if (typeof value !== 'object' || value === null) return false;
  return 'name' in value && 'ph' in value && 'ts' in value && typeof value.ts === 'number' && 'tid' in value;
}

/** Main-thread time spent in the extension's scripts while a page with no fields loads (CDP tracing). */
async function bootstrapMilliseconds(
  context: BrowserContext,
  url: string,
  extensionId: string,
): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    const raw: unknown[] = value;
    events.push(...raw.filter(isTraceEvent));
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'],
    },
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const extensionPrefix = `chrome-extension://${extensionId}/`;
  const spans = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'TimerFire', 'FireIdleCallback'].includes(
          event.name,
        ) &&
        (event.args?.data?.url ?? event.args?.data?.scriptName ?? '').startsWith(extensionPrefix),
    )
    .sort((a, b) => a.ts - b.ts);
  // Count each nested span once: only spans not inside an earlier counted span on the same thread.
  let total = 0;
  const endByThread = new Map<number, number>();
  for (const span of spans) {
    const end = span.ts + (span.dur ?? 0);
    if (span.ts < (endByThread.get(span.tid) ?? 0)) continue;
    endByThread.set(span.tid, end);
    total += span.dur ?? 0;
  }
  return total / 1000;
}

/**
 * Runs in the content script's isolated world (the mirror marks are in the UI's closed shadow root): resolves
 * with performance.now() at the first animation frame where the page's LEAD Guard underlines (highlight ranges or
 * mirror marks) are shown (`shown: true`) or gone (`shown: false`). Self-contained: it is serialised.
 */
async function flagStateAt(args: {
  names: string[];
  hostTag: string;
  mirrorAttr: string;
  shown: boolean;
}): Promise<number> {
  for (;;) {
    const highlighted = args.names.some((name) => (CSS.highlights?.get(name)?.size ?? 0) > 0);
    const mirrored = [...document.querySelectorAll<HTMLElement>(args.hostTag)].some(
      (host) =>
        (chrome.dom.openOrClosedShadowRoot(host)?.querySelectorAll(`[${args.mirrorAttr}] mark`).length ?? 0) >
        0,
    );
    if ((highlighted || mirrored) === args.shown) return performance.now();
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const ui = { names: Object.values(UI.highlight), hostTag: UI.hostTag, mirrorAttr: UI.mirrorAttr };

/** The time at which the flag state is reached in the page's top frame (the bench pages have one frame). */
async function whenFlagState(page: Page, shown: boolean): Promise<number> {
  const world = await uiWorld(page);
  const [at] = await world.evaluateAll(flagStateAt, { ...ui, shown });
  if (at === undefined) throw new Error('the content script is not running in the page');
  return at;
}

/** Milliseconds from the last keystroke to the first frame that shows an underline, on the page's clock. */
async function underlineLatency(page: Page, field: string, sentence: string): Promise<number> {
  await page.evaluate(() => window.__fixture?.setText?.(''));
  await whenFlagState(page, false);
  await page.locator(field).click();
  await page.evaluate(() => {
    window.__lastKeyAt = 0;
    addEventListener(
      'keydown',
      () => {
        window.__lastKeyAt = performance.now();
      },
      true,
    );
  });
  await page.keyboard.type(sentence);
  const shown = await whenFlagState(page, true);
  return shown - (await page.evaluate(() => window.__lastKeyAt ?? 0));
}

const CLEAN = [
  'We met at the office on Tuesday to go over his housing application.',
  'He attended both group sessions and asked good questions about budgeting.',
  'Transportation remains a barrier, so we are looking into a bus pass.',
  'His goal this month is to get a state ID and apply for two jobs.',
];
const FLAGGED = 'He told me he used meth again last weekend.';

function longText(words: number): string {
  const sentences: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const sentence = index % 25 === 24 ? FLAGGED : (CLEAN[index % CLEAN.length] ?? '');
    sentences.push(sentence);
    count += sentence.split(' ').length;
  }
  const paragraphs: string[] = [];
  for (let index = 0; index < sentences.length; index += 5)
    paragraphs.push(sentences.slice(index, index + 5).join(' '));
  return paragraphs.join('\n\n');
}

/** Longest task (PerformanceObserver longtask, ≥ 50 ms) while typing at the end of a 10,000-word field. */
async function longestTaskTyping(page: Page): Promise<number> {
  await page.evaluate((text) => window.__fixture?.setText?.(text), longText(10_000));
  await waitUntil(async () => (await flags(page)).length > 0, {
    timeout: 30_000,
    message: 'long text flagged',
  });
  const before = (await flags(page)).length;
  await page.evaluate(() => {
    window.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longestTask = Math.max(window.__longestTask ?? 0, entry.duration);
      }
    }).observe({ type: 'longtask' });
  });
  await page.locator('#note').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` We spoke again on Friday. ${FLAGGED.replace('last', 'this')}`, { delay: 40 });
  await waitUntil(async () => (await flags(page)).length > before, { timeout: 10_000, message: 'new flag' });
  return page.evaluate(() => window.__longestTask ?? 0);
}

function row(metric: string, value: string, target: string, ok: boolean): void {
  say(`${metric.padEnd(46)} ${value.padStart(10)}   ${target.padEnd(9)} ${ok ? 'ok' : 'OVER'}`);
}

async function main(): Promise<void> {
  const executablePath = process.env.CHROME_PATH ?? findChrome();
  if (!executablePath) throw new Error('no Chrome or Chromium found: install chromium or set CHROME_PATH');
  const dist = resolve(process.env.LEAD_GUARD_DIST ?? 'dist');
  const files = bootstrapFiles(dist);
  if (files.length === 0) throw new Error(`no document_start content script in ${dist}/manifest.json`);
  const bytes = files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
  const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);

  const server = await startStaticServer(await ensurePages());
  const { context, extensionId } = await launchWithExtension({ dist, executablePath, headless: true });
  try {
    const bootTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      bootTimes.push(await bootstrapMilliseconds(context, `${server.url}blank.html`, extensionId));
    }

    const latencies: Record<string, number[]> = { textarea: [], contenteditable: [] };
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    for (const name of Object.keys(latencies)) {
      const page = await context.newPage();
      await page.goto(`${server.url}${name}.html`);
      await page.waitForFunction(() => window.__fixture !== undefined);
      for (const day of days) {
        latencies[name]?.push(await underlineLatency(page, '#note', `We met today. He used meth on ${day}.`));
      }
      await page.close();
    }

    const page = await context.newPage();
    await page.goto(`${server.url}textarea.html`);
    await page.waitForFunction(() => window.__fixture !== undefined);
    const longest = await longestTaskTyping(page);
    await page.close();

    say(`LEAD Guard page bench — ${files.join(', ')} from ${dist}, median of ${RUNS} runs\n`);
    row(
      'bootstrap script bytes (document_start)',
      `${(bytes / 1024).toFixed(1)} KB`,
      '≤ 15 KB',
      bytes <= 15 * 1024,
    );
    say(`${''.padEnd(46)} ${`${(gzipped / 1024).toFixed(1)} KB`.padStart(10)}   gzip`);
    const boot = median(bootTimes);
    row('bootstrap time, page with no fields', `${boot.toFixed(2)} ms`, '≤ 5 ms', boot <= 5);
    say(`${''.padEnd(46)} ${`${Math.min(...bootTimes).toFixed(2)} ms`.padStart(10)}   fastest run`);
    for (const [name, values] of Object.entries(latencies)) {
      const value = median(values);
      row(`typing pause → underline (${name})`, `${value.toFixed(0)} ms`, '≤ 300 ms', value <= 300);
    }
    row(
      'longest task typing in a 10,000-word field',
      longest === 0 ? 'none ≥ 50 ms' : `${longest.toFixed(0)} ms`,
      '≤ 50 ms',
      longest <= 50,
    );
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`bench:page: ${message.split('\n')[0]}`);
  process.exit(1);
});
