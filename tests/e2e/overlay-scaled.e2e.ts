/**
 * Underlines in a textarea drawn under CSS `transform: scale()` and `zoom`: the mirror overlay must land on the
 * flagged words as the field shows them, i.e. 1.5 times as far from the field's corner as in the unscaled field.
 */
import { expect, test } from 'vitest';
import { expectFlagged, flags, openFixture, sharedHarness } from './harness';

const TEXT = 'We met on Monday to go over his housing application.\nHe told me he used meth on Friday.';
const FLAGGED = 'He told me he used meth on Friday.';
const SCALE = 1.5;
/** Where the test reads a flag: 40 px into its first line box (see page-reading.ts). */
const INTO_LINE = 40;

const harness = sharedHarness();

test.each(['scaled', 'zoomed'])('the underline in the %s textarea sits on the flagged words', async (id) => {
  const page = await openFixture(harness(), 'scaled-fields');
  for (const field of ['#plain', `#${id}`]) await page.locator(field).fill(TEXT);
  await expectFlagged(page, [FLAGGED, FLAGGED]);
  const boxes = await page.evaluate(
    (ids) => ids.map((one) => document.getElementById(one)?.getBoundingClientRect().toJSON() as DOMRect),
    ['plain', id],
  );
  const [plainBox, scaledBox] = boxes;
  if (!plainBox || !scaledBox) throw new Error('fixture fields missing');
  const inside = (box: DOMRect) => (flag: { y: number }) => flag.y >= box.top && flag.y <= box.bottom;
  const all = await flags(page);
  const plainFlag = all.find(inside(plainBox));
  const scaledFlag = all.find(inside(scaledBox));
  if (!plainFlag || !scaledFlag) throw new Error(`flags not inside their fields: ${JSON.stringify(all)}`);
  // Offsets from each field's top-left corner: the scaled field shows everything SCALE times farther out.
  const plainDy = plainFlag.y - plainBox.top;
  const plainDx = plainFlag.x - INTO_LINE - plainBox.left;
  expect(Math.abs(scaledFlag.y - scaledBox.top - SCALE * plainDy)).toBeLessThanOrEqual(3);
  expect(Math.abs(scaledFlag.x - INTO_LINE - scaledBox.left - SCALE * plainDx)).toBeLessThanOrEqual(3);
  await page.close();
});
