/**
 * The in-page guard's behaviour, the same on every editor and site shape: underline exactly the flagged
 * sentence, nothing on clean text, Replace through the editor's own model, one Ctrl+Z to undo, and never
 * a flag on quoted reply text. Each editors-*.e2e.ts file runs this suite over its fixtures.
 */
import { describe, expect, test } from 'vitest';
import { UI } from '../../src/content/contracts';
import type { FixtureShape } from './fixture-catalog';
import {
  APPROVED_WORDING,
  clickAction,
  expectFlagged,
  expectModelText,
  flaggedTexts,
  normalize,
  openCard,
  openFixture,
  retypeLine,
  sharedHarness,
  typeInto,
  uiLocator,
} from './harness';

const CLEAN = 'We met on Monday.';
const FLAGGED = 'He told me he used meth on Friday.';
const MESSAGE = `${CLEAN} ${FLAGGED}`;
const CLEAN_MESSAGE = 'We met on Monday. He attended every group session this week.';

export function guardSuite(title: string, shapes: FixtureShape[]): void {
  describe(title, () => {
    const harness = sharedHarness();

    describe.each(shapes)('$name', (shape) => {
      test('typing flagged text underlines exactly the flagged sentence and counts it on the badge', async () => {
        const page = await openFixture(harness(), shape.name);
        await typeInto(await shape.field(page), MESSAGE);
        await expectFlagged(page, [FLAGGED]);
        await expect.poll(async () => (await uiLocator(page, `[${UI.badgeAttr}]`)).textContent()).toBe('1');
        expect(harness().requests.external()).toEqual([]);
        await page.close();
      });

      test('clean text shows nothing, even after a flag was shown', async () => {
        const page = await openFixture(harness(), shape.name);
        await typeInto(await shape.field(page), MESSAGE);
        await expectFlagged(page, [FLAGGED]);
        await retypeLine(page, CLEAN_MESSAGE);
        await expectModelText(page, (text) => normalize(text).includes(CLEAN_MESSAGE), 'clean text typed');
        await expectFlagged(page, []);
        await page.close();
      });

      test('Replace puts the approved wording into the editor model and Ctrl+Z restores the original', async () => {
        const page = await openFixture(harness(), shape.name);
        await typeInto(await shape.field(page), MESSAGE);
        await expectFlagged(page, [FLAGGED]);
        const card = await openCard(page, FLAGGED);
        await expect
          .poll(async () => normalize((await card.textContent()) ?? ''))
          .toContain(APPROVED_WORDING);
        await clickAction(card, 'replace');
        await expectModelText(
          page,
          (text) => normalize(text).includes(`${CLEAN} ${APPROVED_WORDING}`) && !text.includes(FLAGGED),
          'approved wording in the editor model',
        );
        await expectFlagged(page, []);
        await page.keyboard.press('Control+z');
        await expectModelText(
          page,
          (text) => normalize(text).includes(MESSAGE) && !text.includes(APPROVED_WORDING),
          'original restored by one Ctrl+Z',
        );
        await page.close();
      });
    });

    const withQuotes = shapes.flatMap((shape) => (shape.quoted ? [{ ...shape, quoted: shape.quoted }] : []));
    if (withQuotes.length > 0) {
      test.each(withQuotes)('$name: quoted reply text is never flagged', async (shape) => {
        const page = await openFixture(harness(), shape.name);
        await typeInto(await shape.field(page), MESSAGE);
        // The writer's flag shows, so the field was analysed; the quote below, with worse words, is not.
        await expectFlagged(page, [FLAGGED]);
        const shown = await flaggedTexts(page);
        expect(shown.filter((text) => shape.quoted.includes(text) || text.includes(shape.quoted))).toEqual(
          [],
        );
        await page.close();
      });
    }
  });
}
