/**
 * Documents chosen in a court-form upload: a flagged .docx gets a notice listing each passage with its
 * paragraph and reason, and "Download a corrected copy" downloads a .docx with the approved wording; a
 * clean file shows nothing; an unreadable one says it could not be checked. The upload is never altered.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DOCUMENT_UI } from '../../src/content/documents/ui-contract';
import { pdfNote } from '../../src/documents/correct';
import { readDocument } from '../../src/documents/index';
import { buildDocx } from '../../src/documents/testing/build-docx';
import { buildPdf } from '../../src/documents/testing/build-pdf';
import { APPROVED_WORDING, openFixture, sharedHarness, ui } from './harness';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FLAGGED = 'He used heroin on Friday.';
const CLEAN_PARAGRAPH = 'We met twice this week to plan his housing application.';

const harness = sharedHarness();

const notices = (page: Page, state = '') =>
  ui(page, `[role=dialog][${DOCUMENT_UI.noticeAttr}]${state ? `[data-state=${state}]` : ''}`);

async function choose(
  page: Page,
  files: { name: string; bytes: Uint8Array; mimeType: string }[],
): Promise<void> {
  await page.setInputFiles(
    '#attachment',
    files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.bytes) })),
  );
}

test('a flagged .docx shows the passages; the corrected copy downloads with the approved wording', async () => {
  const page = await openFixture(harness(), 'court-form');
  const original = await buildDocx([
    CLEAN_PARAGRAPH,
    [{ text: 'She enrolled in classes. ' }, { text: FLAGGED, bold: true }],
  ]);
  await choose(page, [{ name: 'progress.docx', bytes: original, mimeType: DOCX_MIME }]);

  const notice = notices(page, 'flagged');
  await notice.waitFor();
  await expect.poll(() => notice.locator(`[${DOCUMENT_UI.passageAttr}]`).count()).toBe(1);
  expect(await notice.locator(`[${DOCUMENT_UI.locationAttr}]`).textContent()).toContain('paragraph 2');
  expect(await notice.locator('q').textContent()).toBe(FLAGGED);
  expect(
    await page.locator('#attachment').evaluate((input: HTMLInputElement) => input.files?.[0]?.size),
  ).toBe(original.length);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.locator(`button[data-action=${DOCUMENT_UI.download}]`).click(),
  ]);
  expect(download.suggestedFilename()).toBe('progress (corrected).docx');
  const corrected = new Uint8Array(await readFile(await download.path()));
  const text = (await readDocument(corrected, 'progress (corrected).docx')).text;
  expect(text).toBe(`${CLEAN_PARAGRAPH}\n\nShe enrolled in classes. ${APPROVED_WORDING}`);

  await notice.locator(`button[data-action=${DOCUMENT_UI.keep}]`).click();
  await notice.waitFor({ state: 'detached' });
  expect(harness().requests.external()).toEqual([]);
  await page.close();
});

test('a clean file shows nothing (checked before a flagged one chosen with it)', async () => {
  const page = await openFixture(harness(), 'court-form');
  await choose(page, [
    { name: 'clean.docx', bytes: await buildDocx([CLEAN_PARAGRAPH]), mimeType: DOCX_MIME },
    {
      name: 'note.txt',
      bytes: new TextEncoder().encode(`${CLEAN_PARAGRAPH}\n\n${FLAGGED}`),
      mimeType: 'text/plain',
    },
  ]);
  await notices(page).first().waitFor();
  expect(await notices(page).attributes('data-file-name')).toEqual(['note.txt']);
  await page.close();
});

test('a flagged .pdf is read in the page; its corrected copy is a .txt saying to regenerate the PDF', async () => {
  const page = await openFixture(harness(), 'court-form');
  const pdf = buildPdf([[CLEAN_PARAGRAPH], [FLAGGED]]);
  await choose(page, [{ name: 'filing.pdf', bytes: pdf, mimeType: 'application/pdf' }]);
  const notice = notices(page, 'flagged');
  await notice.waitFor();
  expect(await notice.locator(`[${DOCUMENT_UI.locationAttr}]`).textContent()).toContain('page 2');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.locator(`button[data-action=${DOCUMENT_UI.download}]`).click(),
  ]);
  expect(download.suggestedFilename()).toBe('filing (corrected).txt');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toBe(`${pdfNote('filing.pdf')}\n\n${CLEAN_PARAGRAPH}\n\n${APPROVED_WORDING}\n`);
  expect(harness().requests.external()).toEqual([]);
  await page.close();
});

test('an unreadable file gets a "could not check" notice', async () => {
  const page = await openFixture(harness(), 'court-form');
  await choose(page, [
    {
      name: 'scan.pdf',
      bytes: new TextEncoder().encode('%PDF-1.4\nnot really a pdf\n%%EOF'),
      mimeType: 'application/pdf',
    },
  ]);
  const notice = notices(page, 'unreadable');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('could not check “scan.pdf”');
  await page.close();
});
