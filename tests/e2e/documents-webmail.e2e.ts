/**
 * Documents attached in webmail: a flagged .docx dropped on the Gmail-like compose gets the notice, and
 * checking a 20-page report never blocks the page for more than 50 ms at a time (Long Tasks API), once
 * the guard and the document readers have loaded.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DOCUMENT_UI } from '../../src/content/documents/ui-contract';
import { buildDocx, type ParagraphSpec } from '../../src/documents/testing/build-docx';
import { openFixture, sharedHarness, ui } from './harness';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const harness = sharedHarness();

/** Drops files on an element the way a browser does: dragenter, dragover, then drop with a DataTransfer. */
async function dropFiles(page: Page, selector: string, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ target, fileName, data, type }) => {
      const element = document.querySelector(target);
      if (!element) throw new Error(`no ${target}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type }));
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        element.dispatchEvent(
          new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    },
    { target: selector, fileName: name, data: [...bytes], type: DOCX_MIME },
  );
}

const notices = (page: Page) => ui(page, `[role=dialog][${DOCUMENT_UI.noticeAttr}][data-state=flagged]`);

test('a flagged .docx dropped on the Gmail-like compose gets the notice', async () => {
  const page = await openFixture(harness(), 'gmail');
  const bytes = await buildDocx(['We met twice this week.', 'He used heroin on Friday.']);
  await dropFiles(page, 'div[g_editable=true][role=textbox]', 'letter.docx', bytes);
  await notices(page).waitFor();
  expect(await notices(page).locator(`[${DOCUMENT_UI.locationAttr}]`).textContent()).toContain('paragraph 2');
  await page.close();
});

test('a 20-page .docx is checked without a task longer than 50 ms', async () => {
  const page = await openFixture(harness(), 'court-form');
  const sentences = [
    'We met twice this week at the drop-in center and reviewed the housing application together.',
    'The family shelter remains full, so we are on the waitlist and checking for openings every morning.',
    'Her next step is applying for SSI, and we have gathered the medical records the application requires.',
    'He told me he was picked up Friday after the store called about the jackets that went missing.',
  ];
  const paragraphs: ParagraphSpec[] = Array.from({ length: 100 }, (_, i) =>
    Array.from({ length: 5 }, (_, j) => sentences[(i + j) % sentences.length]).join(' '),
  );
  const bytes = await buildDocx(paragraphs);
  // The writer has been typing in the form: the guard and its engine are already running.
  await page.locator('#comments').fill('He used heroin on Friday.');
  await ui(page, '[data-lg-mirror] mark').first().waitFor();
  // A first document has been checked: the readers' code is loaded (a one-time cost, like the guard's).
  const first = await buildDocx(['He used heroin on Friday.']);
  await page.setInputFiles('#attachment', {
    name: 'first.docx',
    mimeType: DOCX_MIME,
    buffer: Buffer.from(first),
  });
  await notices(page).waitFor();
  await notices(page).locator(`button[data-action=${DOCUMENT_UI.keep}]`).click();
  await notices(page).waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const longTasks: number[] = [];
    Reflect.set(window, '__longTasks', longTasks);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.setInputFiles('#attachment', {
    name: 'long.docx',
    mimeType: DOCX_MIME,
    buffer: Buffer.from(bytes),
  });
  await notices(page).waitFor();
  // Long tasks are reported after they end; a frame later the list is complete.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const longTasks = await page.evaluate(() => Reflect.get(window, '__longTasks'));
  expect(longTasks).toEqual([]);
  await page.close();
});
