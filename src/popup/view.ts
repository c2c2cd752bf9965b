/**
 * The popup's DOM, rebuilt from state on every change. Buttons carry a `data-focus-key` so keyboard
 * focus survives a rebuild (or moves to the list heading when its passage is gone).
 */
import { button, el } from '../shared/dom';
import { categoryLabel, severityLabel, t } from '../shared/i18n';
import type { AllowState, EngineStatus, TabFinding } from '../shared/messages';
import type { LoadedSettings } from '../shared/settings-store';
import { type FieldGroup, groupByField, isPaused } from './model';

export interface PopupState {
  /** The site of the current tab, or null when unknown or where LEAD Guard cannot run. */
  host: string | null;
  /** `unknown`: no content script answered (a browser page, or a page loaded before installation). */
  engine: EngineStatus | 'unknown';
  findings: TabFinding[];
  loaded: LoadedSettings;
  /** Phrases a page's card asked to always allow, and those allowed in this session. */
  allow: AllowState;
}

export interface PopupActions {
  jump(finding: TabFinding): void;
  replace(finding: TabFinding): void;
  ignore(finding: TabFinding): void;
  replaceAll(group: FieldGroup): void;
  setPaused(paused: boolean): void;
  openOptions(): void;
  /** Opens the template form in the field the writer was in. */
  insertTemplate(): void;
  /** The writer's answer to an "Always allow" request, and the undo of one they confirmed. */
  confirmAllow(phrase: string): void;
  dismissAllow(phrase: string): void;
  undoAllow(phrase: string): void;
}

function header(actions: PopupActions): HTMLElement {
  const link = el('a', { text: t('popupOptionsLink'), attrs: { href: '../options/index.html' } });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    actions.openOptions();
  });
  return el('header', { className: 'bar' }, el('h1', { text: t('popupTitle') }), link);
}

function engineLine(state: PopupState, paused: boolean): HTMLElement {
  const status = paused ? 'paused' : state.engine;
  return el(
    'p',
    { className: 'engine', attrs: { 'data-engine': status } },
    el('span', { className: 'engine-label', text: t('popupEngineLabel') }),
    ' ',
    t(`engine_${status}`),
  );
}

function pauseSwitch(state: PopupState, host: string, paused: boolean, actions: PopupActions): HTMLElement {
  const locked = state.loaded.locked.includes('pausedSites');
  const input = el('input', { id: 'pause-site', attrs: { type: 'checkbox', role: 'switch' } });
  input.checked = paused;
  input.disabled = locked;
  input.dataset.focusKey = 'pause';
  input.addEventListener('change', () => actions.setPaused(input.checked));
  const label = el('label', { attrs: { for: 'pause-site' }, text: t('popupPauseSite', host) });
  const note = locked
    ? el('p', { className: 'locked', id: 'pause-locked', text: t('lockedByOrganization') })
    : null;
  if (note) input.setAttribute('aria-describedby', note.id);
  return el('div', { className: 'switch-row' }, input, label, note);
}

function passage(finding: TabFinding, position: number, total: number, actions: PopupActions): HTMLElement {
  const snippetId = `snippet-${position}`;
  const describe = (created: HTMLButtonElement, action: string) => {
    created.setAttribute('aria-describedby', snippetId);
    created.dataset.focusKey = `${finding.frameId}/${finding.id}/${action}`;
    created.dataset.action = action;
    return created;
  };
  return el(
    'li',
    {
      className: 'passage',
      attrs: { 'data-finding-id': finding.id, 'aria-label': t('popupPassageLabel', position, total) },
    },
    el(
      'p',
      { className: 'meta' },
      el('span', { className: 'category', text: categoryLabel(finding.category) }),
      ' ',
      el('span', {
        className: 'severity',
        text: severityLabel(finding.severity),
        attrs: {
          'data-severity': finding.severity,
          title: t('severityLabel', severityLabel(finding.severity)),
        },
      }),
    ),
    el('p', { className: 'reason', text: finding.reason }),
    el('p', { className: 'snippet', id: snippetId, text: `“${finding.snippet}”` }),
    el(
      'div',
      { className: 'actions' },
      describe(
        button(t('actionJump'), () => actions.jump(finding)),
        'jump',
      ),
      describe(
        button(t('actionReplace'), () => actions.replace(finding)),
        'replace',
      ),
      describe(
        button(t('actionIgnore'), () => actions.ignore(finding)),
        'ignore',
      ),
    ),
  );
}

function fieldSection(group: FieldGroup, start: number, total: number, actions: PopupActions): HTMLElement {
  const headingId = `field-${group.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const replaceAll = button(t('actionReplaceAll'), () => actions.replaceAll(group), {
    className: 'replace-all',
  });
  replaceAll.dataset.focusKey = `${group.key}/replace-all`;
  replaceAll.dataset.action = 'replace-all';
  replaceAll.setAttribute('aria-describedby', headingId);
  return el(
    'section',
    { className: 'field', attrs: { 'aria-labelledby': headingId, 'data-field-id': group.fieldId } },
    el('h3', { id: headingId, text: group.fieldLabel }),
    el(
      'ol',
      {},
      ...group.findings.map((finding, index) => passage(finding, start + index + 1, total, actions)),
    ),
    group.findings.length > 1 ? replaceAll : null,
  );
}

function findingsList(state: PopupState, actions: PopupActions): HTMLElement {
  const total = state.findings.length;
  const heading = el('h2', {
    id: 'flagged-heading',
    text: t('popupFlaggedHeading', total),
    attrs: { tabindex: '-1' },
  });
  let start = 0;
  const sections = groupByField(state.findings).map((group) => {
    const section = fieldSection(group, start, total, actions);
    start += group.findings.length;
    return section;
  });
  return el(
    'section',
    { className: 'findings', attrs: { 'aria-labelledby': heading.id } },
    heading,
    ...sections,
  );
}

function allowButton(text: string, action: string, phrase: string, onClick: () => void): HTMLButtonElement {
  const created = button(text, onClick);
  created.dataset.action = action;
  created.dataset.phrase = phrase;
  created.dataset.focusKey = `${action}/${phrase}`;
  return created;
}

/**
 * The confirmation step of "Always allow": the page only asked; here, in the extension's own page that no web page
 * can script, the writer sees the exact phrase and decides. Phrases allowed in this session can be undone.
 */
function allowSection(state: PopupState, actions: PopupActions): HTMLElement | null {
  const { requested, recent } = state.allow;
  if (requested.length === 0 && recent.length === 0) return null;
  const locked = state.loaded.locked.includes('allowPhrases');
  const pending = requested.map((request) =>
    el(
      'li',
      { className: 'allow-request', attrs: { 'data-phrase': request.phrase } },
      el('p', { className: 'snippet', text: `“${request.phrase}”` }),
      el('p', { className: 'reason', text: t('popupAllowAskedOn', request.host || '?') }),
      el(
        'div',
        { className: 'actions' },
        locked
          ? el('p', { className: 'locked', text: t('lockedByOrganization') })
          : allowButton(t('popupAllowConfirm', request.phrase), 'allow-confirm', request.phrase, () =>
              actions.confirmAllow(request.phrase),
            ),
        allowButton(t('popupAllowDismiss'), 'allow-dismiss', request.phrase, () =>
          actions.dismissAllow(request.phrase),
        ),
      ),
    ),
  );
  const undo = recent.map((phrase) =>
    el(
      'li',
      { className: 'allow-recent', attrs: { 'data-phrase': phrase } },
      allowButton(t('popupAllowUndo', phrase), 'allow-undo', phrase, () => actions.undoAllow(phrase)),
    ),
  );
  return el(
    'section',
    { className: 'allow', attrs: { 'aria-labelledby': 'allow-heading' } },
    pending.length > 0 ? el('h2', { id: 'allow-heading', text: t('popupAllowHeading') }) : null,
    pending.length > 0 ? el('ul', {}, ...pending) : null,
    undo.length > 0
      ? el('h2', {
          id: pending.length > 0 ? 'allow-recent-heading' : 'allow-heading',
          text: t('popupAllowRecentHeading'),
        })
      : null,
    undo.length > 0 ? el('ul', {}, ...undo) : null,
  );
}

function body(state: PopupState, paused: boolean, actions: PopupActions): HTMLElement {
  if (state.engine === 'unknown') return el('p', { className: 'empty', text: t('popupNotRunning') });
  if (paused) return el('p', { className: 'empty', text: t('popupPausedNote') });
  if (state.findings.length === 0) return el('p', { className: 'empty', text: t('popupEmpty') });
  return findingsList(state, actions);
}

export function renderPopup(root: HTMLElement, state: PopupState, actions: PopupActions): void {
  const focusKey =
    document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;
  const paused = state.host !== null && isPaused(state.loaded.settings.pausedSites, state.host);
  const parts = [
    header(actions),
    engineLine(state, paused),
    allowSection(state, actions),
    state.host === null ? null : pauseSwitch(state, state.host, paused, actions),
    body(state, paused, actions),
    state.engine === 'ready' && !paused
      ? el(
          'p',
          { className: 'templates' },
          button(t('popupInsertTemplate'), () => actions.insertTemplate()),
        )
      : null,
  ];
  root.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
  if (focusKey === undefined) return;
  const again = root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`);
  (
    again ??
    root.querySelector<HTMLElement>('#flagged-heading') ??
    root.querySelector<HTMLElement>('h1')
  )?.focus();
}
