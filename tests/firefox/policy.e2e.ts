/**
 * Organization policy in Firefox: `policies.json` ("3rdparty" > "Extensions" > add-on id) reaches the
 * extension's managed storage, and Replace uses the wording it sets. Firefox reads policies.json from the
 * `distribution` folder of its installation, so this writes there (root, as in CI) and removes it afterwards.
 */
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { GECKO_ID } from '../../scripts/firefox-manifest';
import {
  FIREFOX_PATH,
  type FirefoxSession,
  launchFirefoxWithExtension,
  type PageServer,
  servePages,
} from './harness';
import { chooseInReview, fieldValue, waitForUiFocus, watchExtensionProblems } from './page-ui';

const POLICY_WORDING = 'Nothing to report per agency policy.';
const POLICY_FILE = join(dirname(realpathSync(FIREFOX_PATH)), 'distribution', 'policies.json');

let firefox: FirefoxSession | undefined;
let server: PageServer | undefined;
let wrotePolicy = false;

beforeAll(async () => {
  if (existsSync(POLICY_FILE)) {
    throw new Error(`${POLICY_FILE} already exists; this test will not replace an installed policy.`);
  }
  await mkdir(dirname(POLICY_FILE), { recursive: true });
  const policy = { policies: { '3rdparty': { Extensions: { [GECKO_ID]: { wording: POLICY_WORDING } } } } };
  await writeFile(POLICY_FILE, JSON.stringify(policy));
  wrotePolicy = true;
  server = await servePages();
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  try {
    await firefox?.close();
    await server?.close();
  } finally {
    if (wrotePolicy) await rm(POLICY_FILE, { force: true });
  }
});

async function openSmokePage(): Promise<{ page: Page; problems: string[] }> {
  if (!firefox || !server) throw new Error('Firefox did not start');
  const page = await firefox.browser.newPage();
  const problems = watchExtensionProblems(page);
  await page.goto(`${server.origin}/smoke.html`);
  return { page, problems };
}

test('Replace all inserts the approved wording set by policies.json', async () => {
  const { page, problems } = await openSmokePage();
  const flagged = 'He told me he used meth on Friday.';
  await page.click('#note');
  await page.type('#note', `We met on Monday. ${flagged}`);

  // Submit holds the flagged text for review, which opens on "Replace all".
  await page.click('#send');
  await waitForUiFocus(page);
  await chooseInReview(page, 'replace-all');

  await page.waitForFunction(
    (expected: string) => document.querySelector<HTMLTextAreaElement>('#note')?.value === expected,
    { timeout: 30_000 },
    `We met on Monday. ${POLICY_WORDING}`,
  );
  expect(await fieldValue(page, '#note')).toBe(`We met on Monday. ${POLICY_WORDING}`);
  expect(problems).toEqual([]);
  await page.close();
});
