/**
 * A short human name for a field, shown in the send review ("In: Case note") and the findings list.
 * Taken from what a person sees or hears for the field; never a `name` or `id` attribute, which are
 * developer words ("ta", "body_2") that tell a case manager nothing.
 */
import { t } from '../../shared/i18n';

/** Long enough for any real label; a heading paragraph is cut so the review line stays one line. */
const MAX_LABEL_LENGTH = 80;
/** The nearest heading only counts inside the same piece of page, not from elsewhere on it. */
const CONTAINER = 'form, section, dialog, [role="dialog"], [role="form"]';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Parts of a label that hold what the user typed (a wrapped textarea's text), not its name. */
const USER_TEXT = 'textarea, input, select, [contenteditable]';

function tidy(text: string | null | undefined): string {
  const plain = (text ?? '').replace(/\s+/g, ' ').trim();
  return plain.length > MAX_LABEL_LENGTH ? `${plain.slice(0, MAX_LABEL_LENGTH - 1).trimEnd()}…` : plain;
}

/** The text of `node` without any text inside form controls or editors it wraps. */
function labelText(node: Node): string {
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
    if (!text.parentElement?.closest(USER_TEXT)) parts.push(text.nodeValue ?? '');
  }
  return tidy(parts.join(' '));
}

function fromAria(element: HTMLElement): string {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const named = tidy(
    ids
      .map((id) => element.ownerDocument.getElementById(id))
      .map((node) => (node === null ? '' : labelText(node)))
      .join(' '),
  );
  return named || tidy(element.getAttribute('aria-label'));
}

/** A `<label for=…>` naming the field, or one wrapping it; for editors as well as form controls. */
function fromLabel(element: HTMLElement): string {
  const labels: Element[] = [];
  if (element.id) {
    for (const label of element.ownerDocument.getElementsByTagName('label')) {
      if (label.htmlFor === element.id) labels.push(label);
    }
  }
  const wrapping = element.parentElement?.closest('label');
  if (wrapping) labels.push(wrapping);
  for (const label of labels) {
    const text = labelText(label);
    if (text) return text;
  }
  return '';
}

/** The last heading before the field inside its form, section or dialog. */
function fromHeading(element: HTMLElement): string {
  const container = element.closest(CONTAINER);
  if (container === null) return '';
  const headings = [...container.querySelectorAll(HEADING)].filter(
    (heading) => heading.compareDocumentPosition(element) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */,
  );
  for (const heading of headings.reverse()) {
    const text = labelText(heading);
    if (text) return text;
  }
  return '';
}

/** Multi-line fields are where messages are written; a one-line input is just a text field. */
function genericName(element: HTMLElement): string {
  return element.localName === 'input' ? t('fieldUnnamed') : t('fieldMessage');
}

export function fieldLabel(element: HTMLElement): string {
  return (
    fromAria(element) ||
    fromLabel(element) ||
    tidy(element.getAttribute('placeholder') || element.getAttribute('aria-placeholder')) ||
    tidy(element.getAttribute('title')) ||
    fromHeading(element) ||
    genericName(element)
  );
}
