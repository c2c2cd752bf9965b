/**
 * The small form shown before a template is inserted: pick a template, fill its placeholders. Built with
 * createElement/textContent only, in the UI shadow root; Escape or Cancel closes it and returns focus.
 */

import { t } from '../../shared/i18n';
import { placeholdersIn, type TemplateDefinition } from '../../templates/index';
import { UI } from '../contracts';
import type { UiRoot } from '../ui/host';
import { isUserEvent, onUserEvent } from '../ui/user-event';
import { TEMPLATE_UI } from './ui-contract';

const FORM_CSS = `
.lg-template { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); }
.lg-template label { display: block; margin: 8px 0 2px; font-size: 13px; font-weight: 500; }
.lg-template select, .lg-template input { box-sizing: border-box; width: 100%; font: inherit; padding: 4px 6px;
  border: 1px solid #dadce0; border-radius: 4px; }
.lg-template button[data-action=${TEMPLATE_UI.insert}] { background: #1a73e8; border-color: #1a73e8; color: #fff; }
`;

export interface TemplateChoice {
  template: TemplateDefinition;
  /** Placeholder key → what the writer entered. */
  values: Record<string, string>;
}

let nextId = 0;

function labelled(doc: Document, text: string, control: HTMLElement): HTMLElement[] {
  const label = doc.createElement('label');
  control.id = `lg-template-${++nextId}`;
  label.htmlFor = control.id;
  label.textContent = text;
  return [label, control];
}

function actionButton(
  doc: Document,
  action: string,
  text: string,
  type: 'submit' | 'button',
): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = type;
  button.textContent = text;
  button.setAttribute(UI.actionAttr, action);
  return button;
}

/**
 * Shows the form; resolves with the writer's choice, or null when they cancel (or the guard stops).
 * Only one form is open at a time: opening another cancels the first.
 */
export function askForTemplate(
  ui: UiRoot,
  templates: readonly TemplateDefinition[],
  signal: AbortSignal,
): Promise<TemplateChoice | null> {
  const doc = ui.layer.ownerDocument;
  for (const open of ui.layer.querySelectorAll(`[${TEMPLATE_UI.formAttr}]`))
    open.dispatchEvent(new Event('reset'));
  const form = doc.createElement('form');
  form.className = 'panel lg-template';
  form.setAttribute('role', 'dialog');
  form.setAttribute(TEMPLATE_UI.formAttr, '');
  const title = doc.createElement('h2');
  title.textContent = t('templateFormTitle');
  title.id = `lg-template-title-${++nextId}`;
  form.setAttribute('aria-labelledby', title.id);
  const style = doc.createElement('style');
  style.textContent = FORM_CSS;

  const picker = doc.createElement('select');
  picker.name = TEMPLATE_UI.pickerName;
  for (const template of templates) {
    const option = doc.createElement('option');
    option.value = template.id;
    option.textContent = template.title;
    picker.append(option);
  }
  const fields = doc.createElement('div');
  const selected = (): TemplateDefinition | undefined =>
    templates.find((template) => template.id === picker.value) ?? templates[0];
  const showPlaceholders = (): void => {
    fields.replaceChildren(
      ...placeholdersIn(selected()?.body ?? '').flatMap((placeholder) => {
        const input = doc.createElement('input');
        input.type = 'text';
        input.setAttribute(TEMPLATE_UI.placeholderAttr, placeholder.key);
        input.autocomplete = 'off';
        return labelled(doc, placeholder.label, input);
      }),
    );
  };
  picker.addEventListener('change', showPlaceholders);
  showPlaceholders();

  const actions = doc.createElement('div');
  actions.className = 'actions';
  const cancel = actionButton(doc, TEMPLATE_UI.cancel, t('templateFormCancel'), 'button');
  actions.append(actionButton(doc, TEMPLATE_UI.insert, t('templateFormInsert'), 'submit'), cancel);
  form.append(style, title, ...labelled(doc, t('templateFormPicker'), picker), fields, actions);
  ui.layer.append(form);
  picker.focus();

  return new Promise((resolve) => {
    const lifetime = new AbortController();
    const finish = (choice: TemplateChoice | null): void => {
      lifetime.abort();
      form.remove();
      resolve(choice);
    };
    const options = { signal: lifetime.signal };
    signal.addEventListener('abort', () => finish(null), { once: true, signal: lifetime.signal });
    // Only a person's events choose (see ui/user-event.ts); a script cannot insert or dismiss a template.
    onUserEvent(form, 'reset', () => finish(null), options);
    onUserEvent(cancel, 'click', () => finish(null), options);
    onUserEvent(
      form,
      'keydown',
      (event) => {
        if (event instanceof KeyboardEvent && event.key === 'Escape') finish(null);
      },
      options,
    );
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        if (!isUserEvent(event)) return;
        const template = selected();
        if (template === undefined) return finish(null);
        const values: Record<string, string> = {};
        for (const input of fields.querySelectorAll('input')) {
          values[input.getAttribute(TEMPLATE_UI.placeholderAttr) ?? ''] = input.value;
        }
        finish({ template, values });
      },
      options,
    );
  });
}
