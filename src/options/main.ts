/**
 * The options page. Each setting saves on its own as soon as its value is valid; an invalid value
 * is explained next to the field and nothing is saved. Values set by the organization are shown
 * locked, and ignored policy values are listed at the top.
 */
import { button, el } from '../shared/dom';
import { problemText, settingLabel, t, uiLanguage } from '../shared/i18n';
import { validateSetting } from '../shared/settings-schema';
import {
  type LoadedSettings,
  loadSettings,
  SettingsRejected,
  saveSettings,
  watchSettings,
} from '../shared/settings-store';
import { type Control, createControl } from './controls';
import { FIELDS, SECTIONS, sectionHeading } from './fields';
import { exportSettings, parseImport } from './transfer';

function policySection(loaded: LoadedSettings): HTMLElement {
  const notes = loaded.policyProblems.map((problem) =>
    el('li', {
      text: t(
        'optionsPolicyIgnored',
        problem.key ? settingLabel(problem.key) : (problem.subs[0] ?? ''),
        problemText(problem),
      ),
    }),
  );
  const section = el(
    'section',
    { className: 'policy', attrs: { 'aria-labelledby': 'policy-heading' } },
    el('h2', { id: 'policy-heading', text: t('optionsPolicyHeading') }),
    el('p', { text: t('optionsPolicyActive') }),
    notes.length > 0 ? el('ul', { className: 'problems' }, ...notes) : null,
  );
  section.hidden = loaded.locked.length === 0 && loaded.policyProblems.length === 0;
  return section;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { attrs: { href: url, download: name } });
  link.click();
  URL.revokeObjectURL(url);
}

async function start(main: HTMLElement, status: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLanguage();
  document.title = t('optionsTitle');
  let loaded = await loadSettings();
  const say = (text: string) => {
    status.textContent = text;
  };

  const controls = new Map<string, Control>();
  const policy = el('div');
  const apply = (next: LoadedSettings) => {
    loaded = next;
    for (const control of controls.values()) {
      control.setLocked(loaded.locked.includes(control.key));
      if (!control.hasFocus()) control.write(loaded.settings[control.key]);
    }
    policy.replaceChildren(policySection(loaded));
  };

  const save = async (control: Control) => {
    const checked = validateSetting(control.key, control.read());
    control.showProblems(checked.ok ? [] : checked.problems);
    if (!checked.ok) {
      say(t('optionsNotSaved', settingLabel(control.key)));
      return;
    }
    try {
      loaded = await saveSettings({ [control.key]: checked.value });
      say(t('optionsSaved'));
    } catch (error) {
      if (error instanceof SettingsRejected) control.showProblems(error.problems);
      say(t('optionsNotSaved', settingLabel(control.key)));
    }
  };
  /** While typing: explain problems as they appear, but only clear them (saving waits for `change`). */
  const recheck = (control: Control) => {
    const checked = validateSetting(control.key, control.read());
    if (checked.ok) control.showProblems([]);
  };

  const form = el('form', { attrs: { novalidate: '' } });
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const section of SECTIONS) {
    const headingId = `section-${section}`;
    const block = el(
      'section',
      { attrs: { 'aria-labelledby': headingId } },
      el('h2', { id: headingId, text: t(sectionHeading[section]) }),
    );
    for (const spec of FIELDS.filter((field) => field.section === section)) {
      const control: Control = createControl(spec, () => void save(control));
      control.element.addEventListener('change', () => void save(control));
      control.element.addEventListener('input', () => recheck(control));
      controls.set(spec.key, control);
      block.append(control.element);
    }
    form.append(block);
  }

  const fileInput = el('input', {
    id: 'import-file',
    attrs: { type: 'file', accept: 'application/json,.json' },
  });
  fileInput.setAttribute('aria-describedby', 'import-help');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const result = parseImport(await file.text(), loaded.locked);
    if (!result.ok) {
      const detail =
        result.reason === 'invalid'
          ? result.problems
              .map((problem) =>
                problem.key
                  ? t('optionsProblemAt', settingLabel(problem.key), problemText(problem))
                  : problemText(problem),
              )
              .join(' ')
          : t(result.reason === 'notJson' ? 'optionsImportNotJson' : 'optionsImportNotSettings');
      say(t('optionsImportFailed', detail));
      return;
    }
    apply(await saveSettings(result.values));
    const skipped = result.skippedLocked.map(settingLabel).join(', ');
    say(
      [t('optionsImported'), skipped ? t('optionsImportSkippedLocked', skipped) : '']
        .filter(Boolean)
        .join(' '),
    );
  });
  const transfer = el(
    'section',
    { attrs: { 'aria-labelledby': 'section-transfer' } },
    el('h2', { id: 'section-transfer', text: t('optionsBackupHeading') }),
    button(t('optionsExport'), () =>
      download('lead-guard-settings.json', `${JSON.stringify(exportSettings(loaded), null, 2)}\n`),
    ),
    el(
      'div',
      { className: 'import' },
      el('label', { attrs: { for: fileInput.id }, text: t('optionsImport') }),
      fileInput,
    ),
    el('p', { className: 'help', id: 'import-help', text: t('optionsImportHelp') }),
  );

  main.replaceChildren(
    el('h1', { text: t('optionsTitle') }),
    el('p', { className: 'intro', text: t('optionsIntro') }),
    policy,
    form,
    transfer,
  );
  apply(loaded);
  form.dataset.ready = '';
  watchSettings(apply, new AbortController().signal);
}

const root = document.getElementById('app');
const notice = document.getElementById('notice');
if (root && notice) void start(root, notice);
