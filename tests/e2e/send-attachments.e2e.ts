/**
 * Files attached in the court form's file input at Send: a flagged .docx holds Send like flagged text, the
 * review lists it by name with its passage, and Remove attachment empties the input (the page hears it) and
 * sends the rest once when nothing else is flagged; Send anyway sends it once; a clean file does not hold
 * Send. A file the page took in itself (dropped on a field) is listed with a plain word that LEAD Guard
 * cannot remove it. What went out is what the page's own submit handler read from the form.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { UI } from '../../src/content/contracts';
import { DOCUMENT_UI } from '../../src/content/documents/ui-contract';
import { buildDocx } from '../../src/documents/testing/build-docx';
import { normalize, openFixture, sharedHarness, ui } from './harness';
import {
  choose,
  expectCleanSend,
  expectSent,
  openReview,
  passagesShown,
  reviewDialog,
  sentCount,
} from './send-drivers';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FLAGGED = 'He used heroin on Friday.';
const CLEAN = 'We met twice this week to plan his housing application.';
const CLEAN_NOTE = 'Please file the attached progress report.';

const harness = sharedHarness();

const notices = (page: Page) => ui(page, `[role=dialog][${DOCUMENT_UI.noticeAttr}]`);
const reviewFiles = (page: Page) => reviewDialog(page).locator(`[${UI.reviewFileAttr}]`);

async function attach(page: Page, name: string, paragraphs: string[]): Promise<void> {
  const bytes = await buildDocx(paragraphs);
  await page.setInputFiles('#attachment', { name, mimeType: DOCX_MIME, buffer: Buffer.from(bytes) });
}

/** The flagged file's check has finished once its notice shows. */
async function attachFlagged(page: Page): Promise<void> {
  await attach(page, 'progress.docx', [CLEAN, FLAGGED]);
  await notices(page).waitFor();
}

const send = (page: Page) => page.locator('#submit').click();
const filesSent = (page: Page) => page.evaluate(() => window.__sent.map((entry) => entry.files));
const filesHeld = (page: Page) =>
  page.locator('#attachment').evaluate((input: HTMLInputElement) => input.files?.length ?? 0);

/** Counts the change events of the file input the page itself hears, bubbled up to its form. */
async function listenForChanges(page: Page): Promise<() => Promise<string | null>> {
  await page.evaluate(() => {
    const form = document.querySelector<HTMLElement>('#filing');
    form?.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.id === 'attachment')
        form.dataset.changes = String(Number(form.dataset.changes ?? '0') + 1);
    });
  });
  return () => page.locator('#filing').getAttribute('data-changes');
}

async function expectReviewListsTheFile(page: Page): Promise<void> {
  expect(await reviewFiles(page).attributes(UI.reviewFileAttr)).toEqual(['progress.docx']);
  const passage = reviewFiles(page).locator(`[${DOCUMENT_UI.passageAttr}]`);
  expect(await passage.count()).toBe(1);
  expect(await passage.locator(`[${DOCUMENT_UI.locationAttr}]`).textContent()).toContain('paragraph 2');
  expect(normalize((await passage.locator('q').textContent()) ?? '')).toBe(FLAGGED);
  expect(await passage.locator(`[${UI.reasonAttr}]`).textContent()).not.toBe('');
}

async function removeAttachment(page: Page): Promise<void> {
  await reviewDialog(page).locator(`[${UI.actionAttr}="remove-attachment"]`).click();
  await reviewDialog(page).waitFor({ state: 'detached' });
}

test('a flagged attachment holds Send; Remove attachment empties the input and sends the rest once', async () => {
  const page = await openFixture(harness(), 'court-form');
  await page.locator('#comments').fill(CLEAN_NOTE);
  await attachFlagged(page);
  const changes = await listenForChanges(page);
  await openReview(page, () => send(page));
  await expectReviewListsTheFile(page);
  expect(await passagesShown(page)).toEqual([]);
  expect(await reviewDialog(page).locator(`[${UI.actionAttr}="replace-all"]`).count()).toBe(0);
  expect(await sentCount(page)).toBe(0);

  await removeAttachment(page);
  expect(await filesHeld(page)).toBe(0);
  expect(await changes()).toBe('1');
  expect(await expectSent(page, 1)).toContain(CLEAN_NOTE);
  expect(await filesSent(page)).toEqual([[]]);
  // The file is gone, and so is its notice.
  await notices(page).waitFor({ state: 'detached' });
  await page.close();
});

test('with flagged text too, Remove attachment takes the file out and the writer keeps editing', async () => {
  const page = await openFixture(harness(), 'court-form');
  await page.locator('#comments').fill(`${FLAGGED} ${CLEAN}`);
  await attachFlagged(page);
  await openReview(page, () => send(page));
  expect(await passagesShown(page)).toEqual([FLAGGED]);
  await expectReviewListsTheFile(page);
  await removeAttachment(page);
  expect(await filesHeld(page)).toBe(0);
  expect(await sentCount(page)).toBe(0);
  // The text alone still holds the next Send; the removed file is no longer listed.
  await openReview(page, () => send(page));
  expect(await reviewFiles(page).count()).toBe(0);
  await choose(page, 'keep-editing');
  expect(await sentCount(page)).toBe(0);
  await page.close();
});

test('Send anyway sends a flagged attachment once', async () => {
  const page = await openFixture(harness(), 'court-form');
  await page.locator('#comments').fill(CLEAN_NOTE);
  await attachFlagged(page);
  await openReview(page, () => send(page));
  await expectReviewListsTheFile(page);
  await choose(page, 'send-anyway');
  expect(await expectSent(page, 1)).toContain(CLEAN_NOTE);
  expect(await filesSent(page)).toEqual([['progress.docx']]);
  await page.close();
});

test('a clean attachment does not hold Send, even while its check runs', async () => {
  const page = await openFixture(harness(), 'court-form');
  await page.locator('#comments').fill(CLEAN_NOTE);
  await attach(page, 'clean.docx', [CLEAN]);
  await send(page);
  expect(await expectCleanSend(page, 0)).toContain(CLEAN_NOTE);
  expect(await filesSent(page)).toEqual([['clean.docx']]);
  expect(await notices(page).count()).toBe(0);
  await page.close();
});

test('choosing a clean file instead clears the flagged one', async () => {
  const page = await openFixture(harness(), 'court-form');
  await attachFlagged(page);
  await attach(page, 'clean.docx', [CLEAN]);
  await send(page);
  await expectCleanSend(page, 0);
  expect(await filesSent(page)).toEqual([['clean.docx']]);
  await page.close();
});

test('a flagged file dropped on a field is listed, with a plain word that LEAD Guard cannot remove it', async () => {
  const page = await openFixture(harness(), 'court-form');
  const bytes = [...(await buildDocx([CLEAN, FLAGGED]))];
  // The page takes a dropped file in itself; the drop reaches the field as from the page's own drop zone.
  await page.evaluate(
    ({ bytes, mime }) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(bytes)], 'progress.docx', { type: mime }));
      const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: files });
      document.querySelector('#comments')?.dispatchEvent(drop);
    },
    { bytes, mime: DOCX_MIME },
  );
  await notices(page).waitFor();
  await openReview(page, () => send(page));
  await expectReviewListsTheFile(page);
  expect(await reviewFiles(page).textContent()).toContain('LEAD Guard cannot remove this file');
  expect(await reviewDialog(page).locator(`[${UI.actionAttr}="remove-attachment"]`).count()).toBe(0);
  await choose(page, 'send-anyway');
  await expectSent(page, 1);
  // It went out with that message as far as LEAD Guard can tell: the next Send is not held for it.
  await send(page);
  await expectCleanSend(page, 1);
  await page.close();
});
