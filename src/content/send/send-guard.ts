/**
 * The send guard, loaded with the guard chunk: recognises a Send through the site adapter, decides
 * synchronously whether it may pass, and otherwise holds it, checks the message (body and subject,
 * without quoted text or signature, and the files attached to it), shows the review, and sends the
 * original on exactly once.
 */
import { rewrite } from '../../engine/rewrite';
import type { Finding } from '../../engine/types';
import { defaults, engineOptions, type Settings } from '../../shared/settings';
import { loadSettings, watchSettings } from '../../shared/settings-store';
import { type GuardApi, type GuardedField, UI } from '../contracts';
import type { AttachedFile } from '../documents/attached-files';
import { uiRootFor } from '../ui/host';
import {
  type FlaggedFile,
  flaggedFiles,
  forgetTaken,
  outcomeOf,
  removeFlagged,
  reviewAttachments,
  settleFiles,
} from './attached-at-send';
import { composeRegionOf, sendControlNear } from './compose-region';
import { decideAfterCheck, decideAtSend, type FieldOutcome, type ImmediateDecision } from './decision';
import { frameFieldsIn } from './frame-fields';
import { PROSE_FIELDS } from './prose';
import { recipientPolicy } from './recipient-policy';
import { BUTTON_LIKE, planFor, type ReplayPlan, replay, submitsForm } from './replay';
import { type ReviewPassage, showReview } from './review-dialog';
import { siteSendControl } from './send-control';
import type { SendEvent, SendGuard } from './send-event';
import { controlOf, isNamedSend, verbSet } from './send-name';
import { type SendEffect, type SendInput, type SendState, transition } from './send-state';

/** How long a Send waits for analysis still running before saying the message could not be checked. */
const ANALYSIS_WAIT_MS = 1000;
/** The same for an attached file's check: reading a document takes longer than analysing a field. */
const ATTACHMENT_WAIT_MS = 5000;

interface Attempt {
  root: Element;
  plan: ReplayPlan;
}

/** A field's text with the findings that belong to exactly that text. */
interface Checked {
  field: GuardedField;
  text: string;
  findings: readonly Finding[];
}

function inUi(node: Node): boolean {
  const root = node.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === UI.hostTag;
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('Analysis timed out.')), ms));
}

export function startSendGuard(api: GuardApi, signal: AbortSignal): SendGuard {
  const { adapter, registry, attachedFiles } = api;
  let settings: Settings = defaults;
  let verbs = verbSet(defaults.sendVerbs);
  const applySettings = (loaded: Settings): void => {
    settings = loaded;
    verbs = verbSet(loaded.sendVerbs);
  };
  loadSettings().then(
    (loaded) => applySettings(loaded.settings),
    () => console.warn('LEAD Guard: settings could not be read; using the defaults at Send.'),
  );
  watchSettings((loaded) => applySettings(loaded.settings), signal);
  const isSend = (control: Element): boolean => isNamedSend(control, verbs);
  const states = new WeakMap<Element, SendState>();

  const move = (root: Element, input: SendInput): SendEffect => {
    const next = transition(states.get(root) ?? 'idle', input);
    states.set(root, next.state);
    return next.effect;
  };

  /**
   * Body and subject: the guarded fields in the compose (editor frames' included) plus the adapter's extra
   * fields. `loading` holds frames whose guard has not started yet although they hold text.
   */
  const collectFields = (root: Element): { fields: GuardedField[]; loading: Promise<unknown>[] } => {
    const fields = new Map<string, GuardedField>();
    for (const field of registry.fieldsWithin(root)) fields.set(field.id, field);
    const framed = frameFieldsIn(root);
    for (const field of framed.fields) fields.set(field.id, field);
    for (const element of adapter.extraFields(root)) {
      const field = registry.fieldFor(element);
      if (field) fields.set(field.id, field);
    }
    return { fields: [...fields.values()], loading: framed.loading };
  };

  const messageFields = (root: Element): GuardedField[] => collectFields(root).fields;

  /**
   * The Send a pressed control makes, if it is one: the site adapter's by structure first, then any
   * control named with a send verb that shares a compose region with a guarded field. A form's submit
   * button is judged at the form's `submit` event instead. `key` is set for Enter or Space on the control.
   */
  const pressAttempt = (target: Element, key?: SendEvent): Attempt | null => {
    const control = target.closest(BUTTON_LIKE);
    const siteRoot = control ? adapter.composeRootOf(control) : null;
    if (control && siteRoot && adapter.isSendControl(control, siteRoot)) {
      return submitsForm(control) ? null : { root: siteRoot, plan: { kind: 'press', control } };
    }
    const named = controlOf(target);
    if (!named || !isSend(named) || submitsForm(named)) return null;
    const region = composeRegionOf(named);
    if (!region) return null;
    // Replay what the page listens for: the key on the control (a native button turns it into a click).
    return {
      root: region,
      plan: key ? { kind: 'key', target: named, press: key } : { kind: 'press', control: named },
    };
  };

  /** Ctrl/Cmd+Enter in a field: the site's Send for its compose, or the named Send of its region. */
  const shortcutAttempt = (event: SendEvent): Attempt | null => {
    const siteRoot = adapter.composeRootOf(event.target);
    const siteControl = siteRoot ? siteSendControl(adapter, siteRoot) : null;
    if (siteRoot && siteControl) {
      // A form's submit button is not sent by Ctrl+Enter; its Send is judged at `submit`.
      return submitsForm(siteControl)
        ? null
        : { root: siteRoot, plan: { kind: 'press', control: siteControl } };
    }
    const field =
      event.target.closest(PROSE_FIELDS) ??
      (Reflect.get(event.target, 'isContentEditable') === true ? event.target : null);
    if (!field || field.localName === 'input') return null;
    const control = sendControlNear(field, isSend);
    const region = control && !submitsForm(control) ? composeRegionOf(control) : null;
    // The page's own shortcut handler sends: the key is what gets replayed.
    return region ? { root: region, plan: { kind: 'key', target: event.target, press: event } } : null;
  };

  const keyAttempt = (event: SendEvent): Attempt | null => {
    if (event.isComposing || event.altKey) return null;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return shortcutAttempt(event);
    const activates = event.key === 'Enter' || event.key === ' ';
    if (!activates || event.ctrlKey || event.metaKey || event.shiftKey) return null;
    return pressAttempt(event.target, event);
  };

  const classify = (event: SendEvent): Attempt | null => {
    if (inUi(event.target)) return null;
    switch (event.type) {
      case 'submit': {
        const form = event.target;
        if (!(form instanceof HTMLFormElement)) return null;
        return {
          root: adapter.composeRootOf(form) ?? form,
          plan: { kind: 'submit', form, submitter: event.submitter },
        };
      }
      case 'keydown':
        return keyAttempt(event);
      case 'keyup':
        return null;
      default:
        return event.button === 0 ? pressAttempt(event.target) : null;
    }
  };

  /** What is known right now, without waiting. Empty fields count as clean. */
  const lookNow = (
    root: Element,
  ): {
    decision: ImmediateDecision;
    fields: GuardedField[];
    loading: Promise<unknown>[];
    flagged: Checked[];
    files: AttachedFile[];
  } => {
    const { fields, loading } = collectFields(root);
    const policy = recipientPolicy(adapter.recipients(root), location.hostname, settings);
    const flagged: Checked[] = [];
    const current = fields.map((field) => {
      const text = field.text();
      const findings = text.trim() === '' ? [] : field.currentFindings();
      if (findings && findings.length > 0) flagged.push({ field, text, findings });
      return findings;
    });
    // A frame whose guard is still starting is a field whose analysis is not up to date.
    if (loading.length > 0) current.push(null);
    const files = attachedFiles.within(root);
    const decision = decideAtSend(policy, current, files.map(outcomeOf));
    return { decision, fields, loading, flagged, files };
  };

  const focusEditor = (fields: readonly GuardedField[]): void => {
    fields[0]?.element.focus();
  };

  /**
   * Replays in a task of its own: a check that finished in microtasks would otherwise replay while
   * the original event is still being dispatched, where browsers ignore a nested form submission.
   */
  const sendOn = (attempt: Attempt): void => {
    setTimeout(() => {
      // The compose may have re-rendered its send bar while the writer was reviewing.
      const plan: ReplayPlan =
        attempt.plan.kind === 'press' && !attempt.plan.control.isConnected
          ? { kind: 'press', control: siteSendControl(adapter, attempt.root) ?? attempt.plan.control }
          : attempt.plan;
      try {
        replay(plan);
      } finally {
        move(attempt.root, { type: 'replayed' });
      }
    }, 0);
  };

  const replaceChecked = async (flagged: readonly Checked[], checked: readonly boolean[]): Promise<void> => {
    let index = 0;
    for (const { field, text, findings } of flagged) {
      const chosen = findings.filter(() => checked[index++] === true);
      if (chosen.length === 0) continue;
      const { edits } = rewrite(text, chosen, engineOptions(settings));
      if (edits.length > 0) await field.applyEdits(edits, text);
    }
  };

  /**
   * Takes the flagged attachments out of their inputs. What is left goes out only when nothing else holds the
   * Send: no flagged text, no file the page took in, no check unfinished.
   */
  const removeAttachments = (attempt: Attempt, texts: readonly Checked[], files: readonly AttachedFile[]) => {
    let rest = true;
    try {
      const removed = removeFlagged(attachedFiles, flaggedFiles(files));
      const left = files.filter((entry) => !removed.has(entry)).map(outcomeOf);
      const textOutcomes = texts.map(({ findings }): FieldOutcome => ({ kind: 'done', findings }));
      rest = decideAfterCheck(textOutcomes, left) !== 'send';
    } finally {
      const effect = move(attempt.root, { type: 'removed', sendOn: !rest });
      if (effect === 'replay') sendOn(attempt);
      else focusEditor(texts.length > 0 ? texts.map((entry) => entry.field) : messageFields(attempt.root));
    }
  };

  /** `flagged`: the flagged fields, or null when the message could not be checked; `files`: the Send's files. */
  const review = async (
    attempt: Attempt,
    flagged: readonly Checked[] | null,
    files: readonly AttachedFile[],
  ): Promise<void> => {
    const passages: ReviewPassage[] = (flagged ?? []).flatMap(({ field, text, findings }) =>
      findings.map((finding) => ({
        fieldLabel: field.label,
        text: text.slice(finding.start, finding.end),
        reason: finding.reason,
      })),
    );
    const flaggedAttachments: FlaggedFile[] = flagged ? flaggedFiles(files) : [];
    const shadow = uiRootFor(attempt.root.ownerDocument, signal).shadow;
    const result = await showReview(
      shadow,
      flagged
        ? { kind: 'flagged', passages, attachments: reviewAttachments(flaggedAttachments) }
        : { kind: 'unchecked' },
    );
    const effect = move(attempt.root, { type: 'choice', choice: result.choice });
    const edited = (flagged ?? []).map((entry) => entry.field);
    if (effect === 'replay') {
      forgetTaken(attachedFiles, files);
      sendOn(attempt);
    } else if (effect === 'apply') {
      try {
        await replaceChecked(flagged ?? [], result.checked);
      } finally {
        move(attempt.root, { type: 'applied' });
        focusEditor(edited);
      }
    } else if (effect === 'remove') {
      removeAttachments(attempt, flagged ?? [], files);
    } else if (effect === 'close') {
      focusEditor(edited.length > 0 ? edited : messageFields(attempt.root));
    }
  };

  const settle = async (field: GuardedField): Promise<{ checked: Checked; outcome: FieldOutcome }> => {
    if (field.text().trim() === '') {
      return { checked: { field, text: '', findings: [] }, outcome: { kind: 'done', findings: [] } };
    }
    try {
      const findings = await Promise.race([field.findings(), timeout(ANALYSIS_WAIT_MS)]);
      return { checked: { field, text: field.text(), findings }, outcome: { kind: 'done', findings } };
    } catch {
      return { checked: { field, text: field.text(), findings: [] }, outcome: { kind: 'failed' } };
    }
  };

  const settleFields = async (
    attempt: Attempt,
    now: { fields: readonly GuardedField[]; loading: readonly Promise<unknown>[] },
  ): Promise<{ outcomes: FieldOutcome[]; checked: Checked[] }> => {
    let fields = now.fields;
    const outcomes: FieldOutcome[] = [];
    if (now.loading.length > 0) {
      try {
        await Promise.race([Promise.all(now.loading), timeout(ANALYSIS_WAIT_MS)]);
        fields = messageFields(attempt.root);
      } catch {
        // An editor frame whose guard did not start holds text nobody checked.
        outcomes.push({ kind: 'failed' });
      }
    }
    const settled = await Promise.all(fields.map(settle));
    return {
      outcomes: [...outcomes, ...settled.map((entry) => entry.outcome)],
      checked: settled.map((entry) => entry.checked),
    };
  };

  const check = async (
    attempt: Attempt,
    now: {
      fields: readonly GuardedField[];
      loading: readonly Promise<unknown>[];
      files: readonly AttachedFile[];
    },
  ): Promise<void> => {
    const [{ outcomes, checked }, files] = await Promise.all([
      settleFields(attempt, now),
      settleFiles(attachedFiles, attempt.root, now.files, ATTACHMENT_WAIT_MS),
    ]);
    const effect = move(attempt.root, {
      type: 'checked',
      decision: decideAfterCheck(outcomes, files.map(outcomeOf)),
    });
    if (effect === 'replay') sendOn(attempt);
    else if (effect === 'show-review') {
      await review(
        attempt,
        checked.filter((entry) => entry.findings.length > 0),
        files,
      );
    } else if (effect === 'show-unchecked') await review(attempt, null, files);
  };

  /** Runs the asynchronous part; if anything breaks, the compose is released rather than left stuck. */
  const run = (attempt: Attempt, work: Promise<void>): void => {
    work.catch((error: unknown) => {
      states.delete(attempt.root);
      console.warn('LEAD Guard: the Send check failed.', error instanceof Error ? error.name : typeof error);
    });
  };

  const begin = (attempt: Attempt, alreadyCancelled: boolean): 'pass' | 'cancel' => {
    const idle = (states.get(attempt.root) ?? 'idle') === 'idle';
    const now = idle ? lookNow(attempt.root) : null;
    const effect = move(attempt.root, {
      type: 'attempt',
      decision: now?.decision ?? 'pass',
      alreadyCancelled,
    });
    if (effect === 'pass') return 'pass';
    if (effect === 'replay') sendOn(attempt);
    else if (effect === 'check' && now) run(attempt, check(attempt, now));
    else if (effect === 'show-review' && now) run(attempt, review(attempt, now.flagged, now.files));
    return 'cancel';
  };

  return {
    judge(event) {
      const attempt = classify(event);
      return attempt ? begin(attempt, false) : 'pass';
    },
    judgeCancelled(event) {
      const attempt = classify(event);
      if (attempt) {
        begin(attempt, true);
        return;
      }
      // Not a Send after all: give the page back what it was denied.
      replay(planFor(event));
    },
  };
}
