/** A short human name for a field, from its accessible name or nearby hints. */
import { t } from '../../shared/i18n';

export function fieldLabel(element: HTMLElement): string {
  const doc = element.ownerDocument;
  const aria = element.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    const label = element.labels?.[0]?.textContent?.trim();
    if (label) return label;
    if (element.placeholder) return element.placeholder;
  }
  return element.getAttribute('title')?.trim() || element.getAttribute('name') || t('fieldUnnamed');
}
