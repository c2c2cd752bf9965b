/**
 * One flagged passage of a document as a list item: where it is, why it is flagged, and the passage quoted.
 * Shared by the notice after a file is checked and by the review at Send. Built with DOM APIs only.
 */
import type { FlaggedPassage } from '../../documents/index';
import { categoryLabel } from '../../shared/i18n';
import { UI } from '../contracts';
import { element } from '../ui/element';
import { snippetOf } from '../ui/panels';
import { DOCUMENT_UI } from './ui-contract';

/** `quoteClass` styles the quoted passage in the surface that lists it. */
export function flaggedPassageItem(
  doc: Document,
  { location, passage, finding }: FlaggedPassage,
  quoteClass: string,
): HTMLLIElement {
  const item = element(doc, 'li');
  item.setAttribute(DOCUMENT_UI.passageAttr, '');
  const where = element(doc, 'span', `${location}: `, 'where');
  where.setAttribute(DOCUMENT_UI.locationAttr, '');
  const reason = element(doc, 'span', `${categoryLabel(finding.category)}. ${finding.reason}`);
  reason.setAttribute(UI.reasonAttr, '');
  item.append(where, reason, element(doc, 'q', snippetOf(passage), quoteClass));
  return item;
}
