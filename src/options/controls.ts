/**
 * One control per setting kind. Each control reads and writes its setting's value, shows its own
 * validation problems inline (linked with aria-describedby) and can be locked by policy.
 */
import { button, el } from '../shared/dom';
import { problemText, settingLabel, t } from '../shared/i18n';
import { LEVELS, type SettingKey, type Template } from '../shared/settings';
import type { Problem } from '../shared/settings-schema';
import type { FieldSpec } from './fields';

export interface Control {
  key: SettingKey;
  /** The `.setting` block: label, help, input(s), problems, locked note. */
  element: HTMLElement;
  read(): unknown;
  write(value: unknown): void;
  showProblems(problems: readonly Problem[]): void;
  setLocked(locked: boolean): void;
  /** True while the person is editing inside this control (its value must not be overwritten). */
  hasFocus(): boolean;
}

const isTemplate = (value: unknown): value is Template =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, 'title') === 'string' &&
  typeof Reflect.get(value, 'body') === 'string';

const asLines = (value: unknown): string => (Array.isArray(value) ? value.join('\n') : '');
const fromLines = (text: string): string[] => text.split(/\r?\n/);

/** Wraps an input with its label, help, problem list and locked note, and wires the ARIA links. */
function frame(
  spec: FieldSpec,
  inputs: () => HTMLElement[],
  body: HTMLElement,
  labelled: HTMLElement,
): Control {
  const id = `setting-${spec.key}`;
  const help = el('p', { className: 'help', id: `${id}-help`, text: t(`help_${spec.key}`) });
  const problems = el('ul', { className: 'problems', id: `${id}-problems` });
  const lockedNote = el('p', { className: 'locked', id: `${id}-locked`, text: t('lockedByOrganization') });
  lockedNote.hidden = true;
  const element = el(
    'div',
    { className: 'setting', attrs: { 'data-setting': spec.key } },
    labelled,
    help,
    body,
    problems,
    lockedNote,
  );
  const describe = () => {
    for (const input of inputs()) {
      const ids = [
        help.id,
        problems.childElementCount > 0 ? problems.id : '',
        lockedNote.hidden ? '' : lockedNote.id,
      ];
      input.setAttribute('aria-describedby', ids.filter(Boolean).join(' '));
    }
  };
  describe();
  return {
    key: spec.key,
    element,
    read: () => undefined,
    write: () => undefined,
    showProblems(list) {
      problems.replaceChildren(...list.map((problem) => el('li', { text: problemText(problem) })));
      for (const input of inputs()) {
        if (list.length > 0) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
      describe();
    },
    setLocked(locked) {
      lockedNote.hidden = !locked;
      element.classList.toggle('is-locked', locked);
      for (const input of element.querySelectorAll<
        HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLButtonElement
      >('input, textarea, select, button')) {
        input.disabled = locked;
      }
      describe();
    },
    hasFocus: () => element.contains(document.activeElement),
  };
}

function textControl(spec: FieldSpec): Control {
  const input = el('input', {
    id: `setting-${spec.key}-input`,
    attrs: { type: 'text', autocomplete: 'off' },
  });
  const label = el('label', { attrs: { for: input.id }, text: settingLabel(spec.key) });
  const control = frame(spec, () => [input], input, label);
  control.read = () => input.value;
  control.write = (value) => {
    input.value = typeof value === 'string' ? value : '';
  };
  return control;
}

function linesControl(spec: FieldSpec): Control {
  const input = el('textarea', {
    id: `setting-${spec.key}-input`,
    attrs: { rows: '4', spellcheck: 'false' },
  });
  const label = el('label', { attrs: { for: input.id }, text: settingLabel(spec.key) });
  const control = frame(spec, () => [input], input, label);
  control.read = () => fromLines(input.value);
  control.write = (value) => {
    input.value = asLines(value);
  };
  return control;
}

function switchControl(spec: FieldSpec): Control {
  const input = el('input', { id: `setting-${spec.key}-input`, attrs: { type: 'checkbox', role: 'switch' } });
  const label = el('label', { attrs: { for: input.id }, text: settingLabel(spec.key) });
  const row = el('div', { className: 'switch-row' }, input, label);
  const control = frame(spec, () => [input], el('div'), row);
  control.read = () => input.checked;
  control.write = (value) => {
    input.checked = value === true;
  };
  return control;
}

function levelControl(spec: FieldSpec): Control {
  const select = el('select', { id: `setting-${spec.key}-input` });
  for (const level of LEVELS)
    select.append(el('option', { text: t(`level_${level}`), attrs: { value: level } }));
  const label = el('label', { attrs: { for: select.id }, text: settingLabel(spec.key) });
  const control = frame(spec, () => [select], select, label);
  control.read = () => select.value;
  control.write = (value) => {
    select.value = typeof value === 'string' ? value : '';
  };
  return control;
}

/** The list of organization templates: a title and a text each, with add and remove. */
function templatesControl(spec: FieldSpec, onEdit: () => void): Control {
  const list = el('ol', { className: 'templates' });
  const empty = el('p', { className: 'help', text: t('templatesNone') });
  const legend = el('legend', { text: settingLabel(spec.key) });
  const renumber = () => {
    empty.hidden = list.childElementCount > 0;
    [...list.children].forEach((item, index) => {
      const heading = item.querySelector('h3');
      if (heading) heading.textContent = t('templateNumber', index + 1);
      const remove = item.querySelector<HTMLButtonElement>('button');
      if (remove) remove.textContent = t('templateRemove', index + 1);
    });
  };
  let nextId = 0;
  const addItem = (template: Template) => {
    const id = `template-${++nextId}`;
    const title = el('input', { id: `${id}-title`, attrs: { type: 'text', autocomplete: 'off' } });
    title.value = template.title;
    const body = el('textarea', { id: `${id}-body`, attrs: { rows: '6' } });
    body.value = template.body;
    const item = el(
      'li',
      { className: 'template' },
      el('h3', {}),
      el('label', { attrs: { for: title.id }, text: t('templateTitle') }),
      title,
      el('label', { attrs: { for: body.id }, text: t('templateBody') }),
      body,
    );
    item.append(
      button('', () => {
        item.remove();
        renumber();
        onEdit();
      }),
    );
    list.append(item);
    renumber();
    return title;
  };
  const add = button(t('templateAdd'), () => addItem({ title: '', body: '' }).focus(), { className: 'add' });
  const fieldset = el('fieldset', { className: 'templates-set' }, legend, empty, list, add);
  const control = frame(
    spec,
    () => [...list.querySelectorAll<HTMLElement>('input, textarea')],
    fieldset,
    el('span'),
  );
  control.read = () =>
    [...list.querySelectorAll('li')].map((item) => ({
      title: item.querySelector('input')?.value ?? '',
      body: item.querySelector('textarea')?.value ?? '',
    }));
  control.write = (value) => {
    list.replaceChildren();
    if (Array.isArray(value)) for (const template of value.filter(isTemplate)) addItem(template);
    renumber();
  };
  return control;
}

export function createControl(spec: FieldSpec, onEdit: () => void): Control {
  switch (spec.kind) {
    case 'text':
      return textControl(spec);
    case 'lines':
      return linesControl(spec);
    case 'switch':
      return switchControl(spec);
    case 'level':
      return levelControl(spec);
    case 'templates':
      return templatesControl(spec, onEdit);
  }
}
