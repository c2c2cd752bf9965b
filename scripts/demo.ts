/**
 * `npm start`: opens Chromium with the built extension on the bundled demo pages. With a display it stays
 * open for you to type; without one it types a sample message, prints what LEAD Guard flagged and saves a
 * screenshot to artifacts/demo.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/browser';
import { findChrome } from '../tests/e2e/chrome-path';
import { flags, normalize, openCard, waitUntil } from '../tests/e2e/page-reading';
import { startStaticServer } from '../tests/e2e/static-server';

const repo = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE_LINES = [
  'Hi Officer Reyes,',
  'We met on Tuesday and he attended his group session. He told me he used meth over the weekend. ' +
    'He missed his drug test on Friday. He is applying for jobs at the food bank.',
];

class DemoError extends Error {}

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

function hasDisplay(): boolean {
  if (process.env.CI === 'true' || process.argv.includes('--headless')) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function requireChrome(): string {
  const chrome = findChrome();
  if (chrome) return chrome;
  throw new DemoError(
    'no Chrome, Chromium or Edge found. Install one (Debian/Ubuntu: sudo apt-get install chromium; ' +
      'macOS/Windows: download Google Chrome from google.com/chrome) or set CHROME_PATH to its executable.',
  );
}

function requireDist(): string {
  const dist = resolve(repo, process.env.LEAD_GUARD_DIST ?? 'dist');
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new DemoError(`no built extension in ${dist}: run "npm run build" first (npm start does this).`);
  }
  return dist;
}

async function runHeaded(context: BrowserContext, url: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  say(`LEAD Guard demo is open at ${url}`);
  say('Type in the compose box or the court form. Close the window or press Ctrl+C to stop.');
  await new Promise<void>((done) => {
    context.on('close', () => done());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        context.close().then(done, done);
      });
    }
  });
}

interface FlagReport {
  sentence: string;
  category: string;
  reason: string;
}

/** Opens the card of one flagged sentence and reads its category (the card's title) and reason. */
async function readCard(page: Page, sentence: string): Promise<FlagReport> {
  const card = await openCard(page, sentence);
  // The title is the category followed by the risk chip.
  const title = (await card.locator('h2').textContent()) ?? '';
  const chip = (await card.locator('h2 .chip').textContent()) ?? '';
  const category = title.endsWith(chip) ? title.slice(0, title.length - chip.length) : title;
  const reason = (await card.locator('[data-lg-reason]').textContent()) ?? '';
  return { sentence, category: normalize(category), reason: normalize(reason) };
}

async function runHeadless(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#body').click();
  for (const [index, line] of SAMPLE_LINES.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  say(`Typed into the demo compose box:\n  ${SAMPLE_LINES.join('\n  ')}\n`);
  await waitUntil(async () => (await flags(page)).length > 0, {
    timeout: 20_000,
    message: 'LEAD Guard to underline the sample message',
  }).catch(() => {
    throw new DemoError(
      'LEAD Guard underlined nothing within 20 s; is dist/ a current build (npm run build)?',
    );
  });
  const sentences = [...new Set((await flags(page)).map((flag) => normalize(flag.text)))];
  // Open the cards last to first, so the first flag's card is the one left open in the screenshot.
  const reports: FlagReport[] = [];
  for (const sentence of [...sentences].reverse()) reports.unshift(await readCard(page, sentence));
  say(`LEAD Guard flagged ${reports.length} passage${reports.length === 1 ? '' : 's'}:`);
  for (const [index, report] of reports.entries()) {
    say(`  ${index + 1}. [${report.category}] ${report.reason}\n     “${report.sentence}”`);
  }
  const screenshot = join(repo, 'artifacts', 'demo.png');
  mkdirSync(join(repo, 'artifacts'), { recursive: true });
  await page.screenshot({ path: screenshot });
  say(`\nScreenshot: ${screenshot}`);
}

async function main(): Promise<void> {
  const executablePath = requireChrome();
  const dist = requireDist();
  const server = await startStaticServer(join(repo, 'demo'));
  const headless = !hasDisplay();
  try {
    const { context } = await launchWithExtension({ dist, executablePath, headless });
    try {
      if (headless) await runHeadless(context, server.url);
      else await runHeaded(context, server.url);
    } finally {
      await context.close().catch(() => undefined);
    }
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`lead-guard demo: ${message.split('\n')[0]}`);
    process.exit(1);
  },
);
