import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { UI } from '../../src/content/contracts';
import { axeViolations, badgeText, openPopup, tabIdOf, tabTo } from './extension-pages';
import {
  APPROVED_WORDING,
  expectFlagged,
  modelText,
  openFixture,
  sharedHarness,
  typeInto,
  uiLocator,
} from './harness';

const CLEAN = 'We met on Monday.';
const DRUGS = 'He told me he used meth on Friday.';
const ARREST = 'She was arrested again last week.';

describe('popup', () => {
  const harness = sharedHarness();

  async function flaggedPage(
    text: string,
    expected: string[],
    fixture = 'textarea',
  ): Promise<{ page: Page; tabId: number }> {
    const page = await openFixture(harness(), fixture);
    await typeInto(page.locator('#note'), text);
    await expectFlagged(page, expected);
    return { page, tabId: await tabIdOf(harness(), page) };
  }

  test('empty state says what is watched and that nothing is flagged; no axe violations', async () => {
    const page = await openFixture(harness(), 'textarea');
    const popup = await openPopup(harness(), await tabIdOf(harness(), page));
    await expect
      .poll(() => popup.locator('main').textContent())
      .toContain('LEAD Guard is watching text fields on this page. Nothing is flagged.');
    expect(await axeViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  test('lists each passage with field, category, reason and snippet; badge counts them; no axe violations', async () => {
    const { page, tabId } = await flaggedPage(`${CLEAN} ${DRUGS} ${ARREST}`, [DRUGS, ARREST]);
    await expect.poll(() => badgeText(harness(), tabId)).toBe('2');
    const popup = await openPopup(harness(), tabId);
    const passages = popup.locator('.passage');
    await expect.poll(() => passages.count()).toBe(2);
    const first = passages.first();
    expect(await popup.locator('.field h3').first().textContent()).toBe('Case note');
    expect(await first.locator('.category').textContent()).toBe('Substance use');
    expect(await first.locator('.reason').textContent()).toMatch(/drug|alcohol/i);
    expect(await first.locator('.snippet').textContent()).toBe(`“${DRUGS}”`);
    expect(await popup.locator('#flagged-heading').textContent()).toContain('2');
    expect(await axeViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  test('a popup already open lists a passage as soon as it is typed, and drops it when it is rewritten', async () => {
    const page = await openFixture(harness(), 'textarea');
    const popup = await openPopup(harness(), await tabIdOf(harness(), page));
    await expect.poll(() => popup.locator('main').textContent()).toContain('Nothing is flagged.');
    await typeInto(page.locator('#note'), `${CLEAN} ${DRUGS}`);
    await expectFlagged(page, [DRUGS]);
    await expect.poll(() => popup.locator('.passage .snippet').allTextContents()).toEqual([`“${DRUGS}”`]);
    await page.locator('#note').fill(CLEAN);
    await expect.poll(() => popup.locator('.passage').count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });

  test('Replace, with the keyboard only, puts the approved wording into the field and empties the list', async () => {
    const { page, tabId } = await flaggedPage(`${CLEAN} ${DRUGS}`, [DRUGS]);
    const popup = await openPopup(harness(), tabId);
    await popup.locator('.passage').waitFor();
    await tabTo(popup, '[data-action=replace]');
    await popup.keyboard.press('Enter');
    await expect.poll(() => modelText(page)).toBe(`${CLEAN} ${APPROVED_WORDING}`);
    await expect.poll(() => popup.locator('main').textContent()).toContain('Nothing is flagged.');
    await expect.poll(() => badgeText(harness(), tabId)).toBe('');
    await Promise.all([popup.close(), page.close()]);
  });

  test('Ignore removes the passage from the list and leaves the text alone', async () => {
    const { page, tabId } = await flaggedPage(`${CLEAN} ${DRUGS}`, [DRUGS]);
    const popup = await openPopup(harness(), tabId);
    await popup.locator('.passage [data-action=ignore]').click();
    await expect.poll(() => popup.locator('.passage').count()).toBe(0);
    expect(await modelText(page)).toBe(`${CLEAN} ${DRUGS}`);
    await expectFlagged(page, []);
    await Promise.all([popup.close(), page.close()]);
  });

  test('Replace all rewrites every passage of the field at once', async () => {
    const { page, tabId } = await flaggedPage(`${CLEAN} ${DRUGS} ${ARREST}`, [DRUGS, ARREST]);
    const popup = await openPopup(harness(), tabId);
    await popup.locator('[data-action=replace-all]').click();
    await expect.poll(() => modelText(page)).toBe(`${CLEAN} ${APPROVED_WORDING}`);
    await expect.poll(() => popup.locator('.passage').count()).toBe(0);
    await Promise.all([popup.close(), page.close()]);
  });

  test.each(['textarea', 'contenteditable'])(
    'Jump to focuses the %s, selects exactly the passage and opens its card',
    async (fixture) => {
      const { page, tabId } = await flaggedPage(`${CLEAN} ${DRUGS}`, [DRUGS], fixture);
      await page.locator('#note').blur();
      const popup = await openPopup(harness(), tabId);
      const id = await popup.locator('.passage').getAttribute('data-finding-id');
      await popup.locator('[data-action=jump]').click();
      const card = await uiLocator(page, `[role=dialog][${UI.cardAttr}]`);
      expect(await card.getAttribute('data-finding-id')).toBe(id);
      expect(await card.locator(`[${UI.reasonAttr}]`).textContent()).toMatch(/drug|alcohol/i);
      // The card's words come from the extension's locale catalog through the content script's i18n API.
      expect(await card.locator('h2').textContent()).toMatch(/^Substance use(High|Medium|Low) risk$/);
      expect(await card.locator('[data-action=replace]').textContent()).toBe('Replace');
      const selected = await page.evaluate(() => {
        const field = document.activeElement;
        if (field instanceof HTMLTextAreaElement)
          return field.value.slice(field.selectionStart, field.selectionEnd);
        return field?.id === 'note' ? (window.getSelection()?.toString() ?? '') : null;
      });
      expect(selected).toBe(DRUGS);
      await page.close();
    },
  );

  test('Replace reaches a field inside an iframe while the top frame guards a field of its own', async () => {
    const page = await openFixture(harness(), 'framed-field');
    // Both frames run the guard, so a message to every frame would also reach one without the passage.
    await typeInto(page.locator('#note'), CLEAN);
    const inner = page.frameLocator('#inner');
    await typeInto(inner.locator('#note'), `${CLEAN} ${DRUGS}`);
    await expectFlagged(page, [DRUGS]);
    const popup = await openPopup(harness(), await tabIdOf(harness(), page));
    await popup.locator('.passage [data-action=replace]').click();
    const framedText = () => inner.locator('#note').inputValue();
    await expect.poll(framedText).toBe(`${CLEAN} ${APPROVED_WORDING}`);
    expect(await modelText(page)).toBe(CLEAN);
    await expect.poll(() => popup.locator('main').textContent()).toContain('Nothing is flagged.');
    await Promise.all([popup.close(), page.close()]);
  });

  test('the pause switch pauses LEAD Guard on this site and back', async () => {
    const { page, tabId } = await flaggedPage(DRUGS, [DRUGS]);
    const popup = await openPopup(harness(), tabId);
    const pause = popup.getByRole('switch', { name: /Pause LEAD Guard on 127\.0\.0\.1/ });
    await pause.focus();
    await popup.keyboard.press('Space');
    await expect
      .poll(() => popup.locator('main').textContent())
      .toContain('LEAD Guard is paused on this site.');
    const pausedSites = () =>
      harness().serviceWorker.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        return (settings as { pausedSites?: string[] } | undefined)?.pausedSites ?? [];
      });
    expect(await pausedSites()).toEqual(['127.0.0.1']);
    await expectFlagged(page, []);
    await popup.keyboard.press('Space');
    await expect.poll(pausedSites).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});
