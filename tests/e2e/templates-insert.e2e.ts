/**
 * Template insertion, as the insert-template command triggers it: the form asks for the placeholders,
 * then the filled template goes into the focused field through the editor's own input path, so the
 * page's model (Gmail-like compose, React court form) holds it and one undo removes it.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { TEMPLATE_UI } from '../../src/content/templates/ui-contract';
import { openPopup, tabIdOf } from './extension-pages';
import { APPROVED_WORDING, modelText, normalize, openFixture, sharedHarness, ui } from './harness';

const harness = sharedHarness();

/** Sends the message the worker sends for the insert-template command to the page's tab. */
async function runInsertCommand(page: Page): Promise<void> {
  await page.bringToFront();
  await page.waitForFunction(() => document.hasFocus());
  // The guard loads on the field's first focus; until it runs, the command finds no one to answer it.
  await expect
    .poll(
      () =>
        harness().serviceWorker.evaluate(async () => {
          // Without the tabs permission the worker cannot match tabs by URL; the page is the focused window's tab.
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          if (tab?.id === undefined) throw new Error('no active tab');
          const reply: unknown = await chrome.tabs
            .sendMessage(tab.id, { type: 'templates/open', payload: {} })
            .catch(() => null);
          return JSON.stringify(reply);
        }),
      { timeout: 15_000 },
    )
    .toBe(JSON.stringify({ ok: true, value: true }));
}

async function fillForm(page: Page, template: string, values: Record<string, string>): Promise<void> {
  const form = ui(page, `form[role=dialog][${TEMPLATE_UI.formAttr}]`);
  await form.waitFor();
  await form.locator(`select[name=${TEMPLATE_UI.pickerName}]`).selectOption(template);
  for (const [key, value] of Object.entries(values)) {
    await form.locator(`input[${TEMPLATE_UI.placeholderAttr}="${key}"]`).fill(value);
  }
  await form.locator(`button[data-action=${TEMPLATE_UI.insert}]`).click();
  await form.waitFor({ state: 'detached' });
}

const VALUES = {
  date: 'March 3, 2026',
  recipient: 'Judge Rivera',
  initials: 'J.D.',
  'case number': '26-1-01234-5',
};

test('progress report into the Gmail-like compose: placeholders filled, sections at the approved wording', async () => {
  const page = await openFixture(harness(), 'gmail');
  const body = page.locator('div[g_editable=true][role=textbox]');
  await body.focus();
  await runInsertCommand(page);
  await fillForm(page, 'progress-report', VALUES);
  await expect
    .poll(async () => normalize(await modelText(page)))
    .toContain('Re: Progress report for J.D., case 26-1-01234-5');
  const text = normalize(await modelText(page));
  expect(text).toContain('To: Judge Rivera');
  expect(text.split(APPROVED_WORDING)).toHaveLength(4);
  expect(text).not.toMatch(/\{\{|\}\}/);
  await page.close();
});

test('assessment confirmation into the React court form at the caret; one undo removes it', async () => {
  const page = await openFixture(harness(), 'react-court');
  const comments = page.locator('#filing-comments');
  await comments.fill('Filed by the LEAD case manager.');
  await comments.press('End');
  await runInsertCommand(page);
  await fillForm(page, 'assessment-confirmation', VALUES);
  await expect
    .poll(() => modelText(page))
    .toContain('This letter confirms that J.D. has completed an assessment');
  const text = await modelText(page);
  expect(text.startsWith('Filed by the LEAD case manager.\nMarch 3, 2026\n\nTo: Judge Rivera\n')).toBe(true);
  await comments.press('Control+z');
  await expect.poll(() => modelText(page)).toBe('Filed by the LEAD case manager.');
  await page.close();
});

test('Cancel inserts nothing and gives focus back to the field', async () => {
  const page = await openFixture(harness(), 'react-court');
  const comments = page.locator('#filing-comments');
  await comments.fill('Note.');
  await runInsertCommand(page);
  const form = ui(page, `form[role=dialog][${TEMPLATE_UI.formAttr}]`);
  await form.waitFor();
  await page.keyboard.press('Escape');
  await form.waitFor({ state: 'detached' });
  await expect.poll(() => comments.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await modelText(page)).toBe('Note.');
  await page.close();
});

test('from the popup: the form opens in the field the writer was in', async () => {
  const page = await openFixture(harness(), 'react-court');
  const comments = page.locator('#filing-comments');
  await comments.fill('');
  await comments.focus();
  const tabId = await tabIdOf(harness(), page);
  // The popup offers templates once the page's guard runs.
  await expect
    .poll(
      () =>
        harness().serviceWorker.evaluate(async (id) => {
          const reply: unknown = await chrome.tabs
            .sendMessage(id, { type: 'guard/status', payload: {} }, { frameId: 0 })
            .catch(() => null);
          return JSON.stringify(reply);
        }, tabId),
      { timeout: 15_000 },
    )
    .toContain('"engine":"ready"');
  const popup = await openPopup(harness(), tabId);
  await popup.getByRole('button', { name: 'Insert a report template' }).click();
  await page.bringToFront();
  await fillForm(page, 'assessment-confirmation', VALUES);
  await expect.poll(() => modelText(page)).toContain('To: Judge Rivera');
  expect(await modelText(page)).not.toMatch(/\{\{|\}\}/);
  await page.close();
});
