/**
 * 200 seeded random Send attempts per fixture, on the sites with an adapter and on the site shapes found by
 * the name of their Send control: random clean or flagged text, mouse or keyboard, and a random choice in the
 * review dialog. After every attempt the page's own record of sends must match
 * the model exactly: nothing lost, nothing sent twice, nothing sent behind the writer's back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze, rewrite } from '../../src/engine/index';
import { mulberry32 as seededRandom } from '../../src/engine/model/rng';
import { type Harness, launch, normalize, openFixture } from './harness';
import { anywhereDrivers } from './send-anywhere-drivers';
import {
  choose,
  drivers,
  expectCleanSend,
  expectSent,
  outcomeOfSend,
  reviewDialog,
  sentCount,
} from './send-drivers';

const ATTEMPTS = 200;
const SEED = Number(process.env.LEAD_GUARD_SEED ?? 20260417);

const CLEAN = [
  'We met on Tuesday to plan his housing application.',
  'He attended every group session this month.',
  'He is working on his resume.',
  'She has a job interview on Monday.',
  'Thanks for your patience.',
];
const FLAGGED = [
  'He used meth on Friday.',
  'He was arrested for shoplifting last week.',
  'He missed his drug test.',
  'She tested positive for fentanyl.',
  'She relapsed over the weekend.',
];
const CHOICES = ['replace-all', 'send-anyway', 'keep-editing', 'escape'] as const;

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe.each([...drivers, ...anywhereDrivers])('random Sends on $name', (driver) => {
  test(`${ATTEMPTS} attempts: no lost and no duplicated send`, { timeout: 900_000 }, async () => {
    const next = seededRandom(SEED + driver.name.length);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const page = await openFixture(harness, driver.name);
    let sent = 0;
    let previous = 'the page opened';
    const send = (viaKey: boolean) => (viaKey ? driver.keySend(page) : driver.clickSend(page));

    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const sentences = Array.from({ length: 1 + Math.floor(next() * 2) }, () =>
        pick(next() < 0.5 ? CLEAN : FLAGGED),
      );
      const text = sentences.join(' ');
      const findings = analyze(text);
      const viaKey = next() < 0.5;
      const context = `attempt ${attempt}: ${viaKey ? 'key' : 'click'} "${text}"`;
      await driver.write(page, text);
      // The editor holds what was written (beside a quoted reply): a failure after this is the guard's, not the driver's.
      await expect
        .poll(async () => normalize(await page.evaluate(() => window.__fixture?.getText() ?? '')), {
          message: `${context} (written)`,
        })
        .toContain(normalize(text));
      await send(viaKey);

      if (findings.length === 0) {
        expect(await expectCleanSend(page, sent, context), context).toContain(normalize(text));
        sent++;
        previous = `${context} → clean send`;
        continue;
      }
      const outcome = await outcomeOfSend(page, sent, context);
      if (outcome === 'sent') {
        // Say what went out and what came before, so a rare failure on a loaded machine can be told apart:
        // this message let through, or an earlier one sent a second time.
        const record = await page.evaluate(() => window.__sent.map((entry) => entry.text));
        expect.fail(
          `${context}: went out unreviewed after ${previous}; the page recorded ${record.length} sends ` +
            `(expected ${sent} before this one), the last: ${JSON.stringify(record.slice(-2))}`,
        );
      }
      // A message that could not be checked in time offers no Replace all.
      const choice = pick(
        outcome === 'flagged' ? CHOICES : CHOICES.filter((option) => option !== 'replace-all'),
      );
      if (choice === 'escape') {
        await page.keyboard.press('Escape');
        await reviewDialog(page).waitFor({ state: 'detached' });
      } else {
        await choose(page, choice);
      }
      if (choice === 'send-anyway') {
        sent++;
        expect(await expectSent(page, sent, `${context} → ${choice}`)).toContain(normalize(text));
      } else if (choice === 'replace-all') {
        const rewritten = rewrite(text, findings).text;
        await page.waitForFunction((own) => window.__fixture?.getText().includes(own) ?? false, rewritten);
        expect(await sentCount(page), `${context} → ${choice}`).toBe(sent);
        await send(viaKey);
        sent++;
        expect(await expectSent(page, sent, `${context} → ${choice}, sent again`)).toContain(
          normalize(rewritten),
        );
      } else {
        expect(await sentCount(page), `${context} → ${choice}`).toBe(sent);
      }
      previous = `${context} → ${choice}`;
    }
    // A last clean send shows nothing arrived late.
    await driver.write(page, CLEAN[0] ?? '');
    await driver.clickSend(page);
    expect(await expectCleanSend(page, sent, 'last send')).toContain(CLEAN[0]);
    await page.close();
  });
});
