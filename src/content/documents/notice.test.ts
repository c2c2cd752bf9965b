// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { DRUG_USE_FINDING } from '../../../tests/unit/support/document-finding';
import { personClick } from '../../../tests/unit/support/person';
import { UI } from '../contracts';
import { uiRootFor } from '../ui/host';
import { showFlaggedNotice, showUnreadableNotice } from './notice';
import { DOCUMENT_UI } from './ui-contract';

vi.mock('../../shared/browser', () => import('../../../tests/unit/support/english-browser'));

const finding = DRUG_USE_FINDING;

describe('document notices', () => {
  test('a flagged notice lists each passage with its place and reason, as text', async () => {
    const ui = uiRootFor(document, new AbortController().signal);
    const download = vi.fn(async () => 'Downloaded.');
    const notice = showFlaggedNotice(ui, {
      fileName: '<b>report</b>.docx',
      passages: [{ location: 'paragraph 2', passage: 'He used heroin on Friday.', finding }],
      download,
    });
    expect(notice.getAttribute('role')).toBe('dialog');
    expect(notice.dataset.state).toBe('flagged');
    expect(notice.querySelector('b')).toBeNull();
    const item = notice.querySelector(`[${DOCUMENT_UI.passageAttr}]`);
    expect(item?.querySelector(`[${DOCUMENT_UI.locationAttr}]`)?.textContent).toBe('paragraph 2: ');
    expect(item?.querySelector(`[${UI.reasonAttr}]`)?.textContent).toBe('Substance use. Mentions drug use.');
    // A script's click is no choice; a person's is.
    notice.querySelector<HTMLButtonElement>(`[data-action=${DOCUMENT_UI.download}]`)?.click();
    expect(download).not.toHaveBeenCalled();
    personClick(notice.querySelector(`[data-action=${DOCUMENT_UI.download}]`));
    expect(download).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(notice.querySelector('[role=status]')?.textContent).toBe('Downloaded.'));
    personClick(notice.querySelector(`[data-action=${DOCUMENT_UI.keep}]`));
    expect(notice.isConnected).toBe(false);
  });

  test('a long report lists the first passages and says how many more there are', () => {
    const ui = uiRootFor(document, new AbortController().signal);
    const passages = Array.from({ length: 30 }, (_, i) => ({
      location: `paragraph ${i + 1}`,
      passage: 'x',
      finding,
    }));
    const notice = showFlaggedNotice(ui, { fileName: 'long.docx', passages, download: async () => '' });
    expect(notice.querySelectorAll(`[${DOCUMENT_UI.passageAttr}]`)).toHaveLength(25);
    expect(notice.textContent).toContain('…and 5 more. The corrected copy replaces all 30.');
  });

  test('an unreadable notice says why', () => {
    const ui = uiRootFor(document, new AbortController().signal);
    const notice = showUnreadableNotice(ui, 'scan.pdf', 'This file has no text layer.');
    expect(notice.dataset.state).toBe('unreadable');
    expect(notice.textContent).toContain('could not check “scan.pdf”');
    expect(notice.textContent).toContain('This file has no text layer.');
  });
});
