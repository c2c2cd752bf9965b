/**
 * The guard, loaded by the bootstrap on first use of an editable field in this frame. Wires the site adapter,
 * the engine, the field registry, the UI, settings and messages; everything stops when `signal` aborts.
 */
import { createAnalyzer } from '../../engine/index';
import { matchesAny } from '../../shared/domain-patterns';
import { engineOptions, type Settings } from '../../shared/settings';
import { loadSettings, watchSettings } from '../../shared/settings-store';
import type { ChosenFiles, GuardApi } from '../contracts';
import { AttachedFiles } from '../documents/attached-files';
import type { checkFiles } from '../documents/watch';
import { isTextControl } from '../editable';
import { frameHostname } from '../frame-host';
import { loadPart } from '../load-part';
import { sendControlFor } from '../send/send-control';
import { startSendGuard } from '../send/send-guard';
import { isNamedSend, verbSet } from '../send/send-name';
import { adapterFor } from '../sites/index';
import { GuardUi } from '../ui/controller';
import { uiRootFor } from '../ui/host';
import { createActions } from './actions';
import { EditableSurface } from './editable-surface';
import { adoptEarlyFields, deepActiveElement, listenToPage } from './events';
import { Field } from './field';
import { fieldLabel } from './label';
import { listenForMessages } from './messages';
import { type Attachment, Registry } from './registry';
import { createReporter } from './report';
import { TextControlSurface } from './text-control-surface';

/** What the documents part (parts.ts) exports. */
interface DocumentsPart {
  checkFiles: typeof checkFiles;
}

function isDocumentsPart(value: unknown): value is DocumentsPart {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'checkFiles') === 'function'
  );
}

/** Distinguishes this frame's field ids from other frames' in the tab. */
const frameToken = Math.random().toString(36).slice(2, 8);

/**
 * `earlyFields` hands over the fields the writer used while the guard was loading (the bootstrap notes them);
 * it is called once, right after the guard's own page listeners are in place.
 */
export async function startGuard(
  signal: AbortSignal,
  earlyFields: () => readonly Element[] = () => [],
): Promise<GuardApi> {
  let adapter = adapterFor(location, document);
  const analyzer = createAnalyzer();
  let settings: Settings = (await loadSettings()).settings;
  let options = engineOptions(settings);
  const pausedHere = (): boolean => matchesAny(frameHostname(location), settings.pausedSites);

  let sendVerbs = verbSet(settings.sendVerbs);
  const sendControlOf = (field: Field): Element | null =>
    sendControlFor(field.element, adapter, (control) => isNamedSend(control, sendVerbs));

  let ui: GuardUi | undefined;
  const uiRoot = () => uiRootFor(document, signal);
  const guardUi = (): GuardUi => {
    ui ??= new GuardUi(uiRoot(), actions, signal, sendControlOf);
    return ui;
  };
  const actions = createActions(() => options);

  let count = 0;
  const attach = (root: HTMLElement): Attachment | null => {
    // A site's structure may only appear once its editor has loaded.
    if (adapter.name === 'generic') adapter = adapterFor(location, document);
    if (pausedHere() || !adapter.acceptsField(root)) return null;
    const lifetime = new AbortController();
    signal.addEventListener('abort', () => lifetime.abort(), { once: true, signal: lifetime.signal });
    const id = `${frameToken}-${++count}`;
    const surface = isTextControl(root)
      ? new TextControlSurface(root, id, uiRoot(), lifetime.signal)
      : new EditableSurface(root, id, adapter, lifetime.signal);
    const field = new Field(
      id,
      fieldLabel(root),
      surface,
      {
        analyze: (text) => analyzer.analyze(text, options),
        changed: (changed) => {
          guardUi().update(changed);
          report();
        },
      },
      lifetime.signal,
    );
    if (!isTextControl(root)) {
      // Editors also change their DOM without input events (undo, paste handlers, collaborative edits).
      const observer = new MutationObserver(() => field.noteChange());
      observer.observe(root, { childList: true, characterData: true, subtree: true });
      lifetime.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
    field.noteChange(0);
    return { field, detach: () => lifetime.abort() };
  };

  const attachedFiles = new AttachedFiles();
  const registry = new Registry(attach, (field) => {
    ui?.remove(field);
    report();
  });
  const report = createReporter(() => registry.all(), signal);

  watchSettings((loaded) => {
    const next = loaded.settings;
    settings = next;
    options = engineOptions(next);
    sendVerbs = verbSet(next.sendVerbs);
    if (pausedHere()) {
      registry.clear();
      attachedFiles.clear();
    } else for (const field of registry.all()) field.invalidate();
  }, signal);
  listenToPage(registry, guardUi, signal);
  // In the same task as the listeners above, so no use falls between the bootstrap's notes and the guard.
  // The registry refuses every field while the guard is paused here.
  adoptEarlyFields(registry, earlyFields());
  const openTemplate = (): boolean => {
    const active = deepActiveElement(document);
    const field = active && !pausedHere() ? registry.fieldFor(active) : null;
    if (!field) return false;
    const deps = { ui: uiRoot, templates: () => settings.templates, wording: () => settings.wording, signal };
    void import('../templates/insert').then(({ insertTemplate }) => insertTemplate(field, deps));
    return true;
  };
  listenForMessages(
    { registry, ui: guardUi, actions, paused: pausedHere, insertTemplate: openTemplate },
    signal,
  );
  const checkDocuments = (chosen: ChosenFiles): void => {
    if (pausedHere()) return;
    // Noted before the readers load, so a Send pressed meanwhile waits for these checks.
    const checks = attachedFiles.note(chosen);
    if (checks.length === 0) return;
    void loadPart('documents').then(
      (part) => {
        if (!isDocumentsPart(part)) throw new Error('LEAD Guard: the documents part is malformed.');
        return part.checkFiles(checks, { ui: uiRoot, options: () => options, paused: pausedHere, signal });
      },
      (error: unknown) => {
        // Without the readers no check can finish: a Send then says the message could not be checked.
        for (const check of checks) check.settle({ kind: 'failed' });
        console.error('LEAD Guard could not check the chosen files.', error);
      },
    );
  };
  return { registry, adapter, startSendGuard, checkDocuments, attachedFiles };
}
