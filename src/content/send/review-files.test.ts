// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { DRUG_USE_FINDING } from '../../../tests/unit/support/document-finding';
import { personClick } from '../../../tests/unit/support/person';
import { UI } from '../contracts';
import { DOCUMENT_UI } from '../documents/ui-contract';
import { attachmentSection, type ReviewAttachment } from './review-files';

vi.mock('../../shared/browser', () => import('../../../tests/unit/support/english-browser'));

const finding = DRUG_USE_FINDING;

function attachment(overrides: Partial<ReviewAttachment> = {}): ReviewAttachment {
  return {
    name: '<b>progress</b>.docx',
    passages: [{ location: 'paragraph 2', passage: 'He used heroin on Friday.', finding }],
    removable: true,
    download: async () => 'Downloaded.',
    ...overrides,
  };
}

describe('attachmentSection', () => {
  test('names the file and lists each passage with where and why, as text', () => {
    const section = attachmentSection(document, attachment());
    expect(section.getAttribute(UI.reviewFileAttr)).toBe('<b>progress</b>.docx');
    expect(section.querySelector('b')).toBeNull();
    expect(section.querySelector('h3')?.textContent).toBe('Attached file “<b>progress</b>.docx”');
    const item = section.querySelector(`[${DOCUMENT_UI.passageAttr}]`);
    expect(item?.querySelector(`[${DOCUMENT_UI.locationAttr}]`)?.textContent).toBe('paragraph 2: ');
    expect(item?.querySelector(`[${UI.reasonAttr}]`)?.textContent).toBe('Substance use. Mentions drug use.');
    expect(item?.querySelector('q')?.textContent).toBe('He used heroin on Friday.');
    expect(section.querySelector('.taken')).toBeNull();
  });

  test('a file the page has taken in says plainly that LEAD Guard cannot remove it', () => {
    const section = attachmentSection(document, attachment({ removable: false }));
    expect(section.querySelector('.taken')?.textContent).toContain('LEAD Guard cannot remove this file');
  });

  test('a long report lists the first passages and says how many more', () => {
    const passages = Array.from({ length: 14 }, (_, i) => ({
      location: `page ${i + 1}`,
      passage: 'x',
      finding,
    }));
    const section = attachmentSection(document, attachment({ passages }));
    expect(section.querySelectorAll(`[${DOCUMENT_UI.passageAttr}]`)).toHaveLength(10);
    expect(section.textContent).toContain('…and 4 more. The corrected copy replaces all 14.');
  });

  test('the corrected copy downloads on a person’s click only, and says what happened', async () => {
    const download = vi.fn(async () => 'Downloaded “progress (corrected).docx”.');
    const section = attachmentSection(document, attachment({ download }));
    const button = section.querySelector<HTMLButtonElement>(`[${UI.actionAttr}=${DOCUMENT_UI.download}]`);
    button?.click();
    expect(download).not.toHaveBeenCalled();
    personClick(button);
    expect(download).toHaveBeenCalledOnce();
    await vi.waitFor(() =>
      expect(section.querySelector('[role=status]')?.textContent).toBe(
        'Downloaded “progress (corrected).docx”.',
      ),
    );
  });
});
