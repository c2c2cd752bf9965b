/**
 * 200 seeded random Sends per page on messages spread over two fields: the body prefilled by the page (never
 * focused) or typed, the subject or filing description typed or left alone, and Send pressed at once after the
 * last keystroke, by mouse or keyboard. Whenever any field holds a flagged passage, the review must list every
 * flagged passage of every field, never fewer; a message it could not check in time must say so instead.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index';
import { mulberry32 as seededRandom } from '../../src/engine/model/rng';
import { type Harness, launch, normalize, openFixture } from './harness';
import { choose, drivers, expectCleanSend, outcomeOfSend, passagesShown, sentCount } from './send-drivers';

const ATTEMPTS = 200;
const SEED = Number(process.env.LEAD_GUARD_SEED ?? 20261206);

const CLEAN = ['Thanks for your patience.', 'He attended every group session this month.', 'Housing update'];
const FLAGGED = ['He used meth on Friday.', 'She missed her UA on Monday.', 'He was arrested again'];

/** The second field of each page: typed with real keys, never through the page. */
const SECOND_FIELD: Record<string, string> = {
  gmail: 'input[name=subjectbox]',
  'react-court': '#filing-description',
};

const flaggedIn = (text: string): string[] =>
  analyze(text).map((finding) => normalize(text.slice(finding.start, finding.end)));

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const pages = drivers.filter((driver) => driver.prefill && SECOND_FIELD[driver.name]);

describe.each(pages)('a complete review on $name', (driver) => {
  test(`${ATTEMPTS} sends right after typing in two fields, one prefilled`, {
    timeout: 900_000,
  }, async () => {
    const next = seededRandom(SEED + driver.name.length);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const page: Page = await openFixture(harness, driver.name);
    const second = page.locator(SECOND_FIELD[driver.name] ?? '');
    let sent = 0;

    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const body = pick(next() < 0.5 ? CLEAN : FLAGGED);
      const other = next() < 0.3 ? '' : pick(next() < 0.5 ? CLEAN : FLAGGED);
      const prefilled = next() < 0.5;
      const viaKey = next() < 0.5;
      const context = `attempt ${attempt}: body "${body}" (${prefilled ? 'prefilled' : 'typed'}), second "${other}", ${viaKey ? 'key' : 'click'}`;
      if (prefilled) await driver.prefill?.(page, body);
      else await driver.write(page, body);
      // Typed last, and Send follows at once: no waiting for the guard's analysis.
      await second.fill(other);
      await (viaKey ? driver.keySend(page) : driver.clickSend(page));

      const expected = [...flaggedIn(body), ...flaggedIn(other)].sort();
      if (expected.length === 0) {
        await expectCleanSend(page, sent, context);
        sent++;
        continue;
      }
      const outcome = await outcomeOfSend(page, sent, context);
      expect(outcome, context).not.toBe('sent');
      if (outcome === 'flagged') expect((await passagesShown(page)).sort(), context).toEqual(expected);
      if (next() < 0.5) {
        await choose(page, 'keep-editing');
        expect(await sentCount(page), context).toBe(sent);
      } else {
        await choose(page, 'send-anyway');
        sent++;
        await expect.poll(() => sentCount(page), { message: context, timeout: 15_000 }).toBe(sent);
      }
    }
    await page.close();
  });
});
