/** Builders for the card (one passage) and the list (all passages of a field). Text only, no HTML strings. */
import type { Finding } from '../../engine/types';
import { categoryLabel, severityLabel, t } from '../../shared/i18n';
import { UI } from '../contracts';
import { element } from './element';

const ACTIONS = ['replace', 'ignore', 'allow', 'replace-all'] as const;
export type Action = (typeof ACTIONS)[number];

export function isAction(value: unknown): value is Action {
  return ACTIONS.some((action) => action === value);
}

function actionButton(doc: Document, action: Action, text: string): HTMLButtonElement {
  const button = element(doc, 'button', text);
  button.type = 'button';
  button.setAttribute(UI.actionAttr, action);
  return button;
}

let nextId = 0;

export interface CardContent {
  finding: Finding;
  /** The wording that will replace the passage; empty when the passage is removed. */
  replacement: string;
  /** More than one passage in the field: offer "Replace all". */
  offerReplaceAll: boolean;
}

export function buildCard(doc: Document, fieldId: string, content: CardContent): HTMLElement {
  const { finding } = content;
  const id = `lg-card-${++nextId}`;
  const card = element(doc, 'div', undefined, 'panel');
  card.setAttribute('role', 'dialog');
  card.setAttribute(UI.cardAttr, '');
  card.dataset.fieldId = fieldId;
  card.dataset.findingId = `${fieldId}:${finding.start}`;
  card.setAttribute('aria-labelledby', `${id}-title`);
  card.setAttribute('aria-describedby', `${id}-reason`);

  const title = element(doc, 'h2', categoryLabel(finding.category));
  title.id = `${id}-title`;
  const chip = element(doc, 'span', t('cardRisk', severityLabel(finding.severity)), 'chip');
  chip.dataset.severityChip = finding.severity;
  title.append(chip);

  const reason = element(doc, 'p', finding.reason);
  reason.id = `${id}-reason`;
  reason.setAttribute(UI.reasonAttr, '');

  const preview = element(doc, 'p', undefined, 'preview');
  preview.setAttribute('data-lg-preview', '');
  if (content.replacement)
    preview.append(element(doc, 'strong', t('cardReplaceWith')), ' ', content.replacement);
  else preview.textContent = t('cardRemoved');

  const actions = element(doc, 'div', undefined, 'actions');
  actions.append(
    actionButton(doc, 'replace', t('actionReplace')),
    actionButton(doc, 'ignore', t('cardIgnoreOnce')),
    actionButton(doc, 'allow', t('cardAllowPhrase', finding.trigger)),
  );
  if (content.offerReplaceAll) actions.append(actionButton(doc, 'replace-all', t('actionReplaceAll')));
  card.append(title, reason, preview, actions);
  return card;
}

export function buildList(
  doc: Document,
  fieldId: string,
  fieldLabel: string,
  passages: ReadonlyArray<{ finding: Finding; snippet: string }>,
): HTMLElement {
  const panel = element(doc, 'div', undefined, 'panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('listLabel', fieldLabel));
  panel.setAttribute('data-lg-list', '');
  panel.dataset.fieldId = fieldId;
  panel.append(element(doc, 'h2', t('listHeading', passages.length, fieldLabel)));
  const list = element(doc, 'ul', undefined, 'list');
  for (const { finding, snippet } of passages) {
    const item = element(doc, 'li');
    const button = element(doc, 'button', t('listPassage', categoryLabel(finding.category), snippet));
    button.type = 'button';
    button.dataset.findingId = `${fieldId}:${finding.start}`;
    item.append(button);
    list.append(item);
  }
  const actions = element(doc, 'div', undefined, 'actions');
  actions.append(actionButton(doc, 'replace-all', t('actionReplaceAll')));
  panel.append(list, actions);
  return panel;
}

/** Short one-line excerpt of a passage. */
export function snippetOf(passage: string, max = 80): string {
  const line = passage.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
