/**
 * The send guard, loaded with the guard chunk: recognises a Send through the site adapter, decides
 * synchronously whether it may pass, and otherwise holds it, checks the message (body and subject,
 * without quoted text or signature), shows the review, and sends the original on exactly once.
 */
import { rewrite } from '../../engine/rewrite';
import type { Finding } from '../../engine/types';
import { defaults, engineOptions, type Settings } from '../../shared/settings';
import { loadSettings, watchSettings } from '../../shared/settings-store';
import { type GuardApi, type GuardedField, UI } from '../contracts';
import { uiRootFor } from '../ui/host';
import { decideAfterCheck, decideAtSend, type FieldOutcome, type ImmediateDecision } from './decision';
import { recipientPolicy } from './recipient-policy';
import { BUTTON_LIKE, planFor, type ReplayPlan, replay, submitsForm } from './replay';
import { type ReviewPassage, showReview } from './review-dialog';
import type { SendEvent, SendGuard } from './send-event';
import { type SendEffect, type SendInput, type SendState, transition } from './send-state';

/** How long a Send waits for analysis still running before saying the message could not be checked. */
const ANALYSIS_WAIT_MS = 1000;

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
  const { adapter, registry } = api;
  let settings: Settings = defaults;
  loadSettings().then(
    (loaded) => {
      settings = loaded.settings;
    },
    () => console.warn('LEAD Guard: settings could not be read; using the defaults at Send.'),
  );
  watchSettings((loaded) => {
    settings = loaded.settings;
  }, signal);
  const states = new WeakMap<Element, SendState>();

  const move = (root: Element, input: SendInput): SendEffect => {
    const next = transition(states.get(root) ?? 'idle', input);
    states.set(root, next.state);
    return next.effect;
  };

  /** Body and subject: the guarded fields in the compose plus the adapter's extra fields. */
  const messageFields = (root: Element): GuardedField[] => {
    const fields = new Map<string, GuardedField>();
    for (const field of registry.fieldsWithin(root)) fields.set(field.id, field);
    for (const element of adapter.extraFields(root)) {
      const field = registry.fieldFor(element);
      if (field) fields.set(field.id, field);
    }
    return [...fields.values()];
  };

  const sendControlIn = (root: Element): Element | null =>
    [...root.querySelectorAll(BUTTON_LIKE)].find((element) => adapter.isSendControl(element, root)) ?? null;

  const pressAttempt = (target: Element): Attempt | null => {
    const control = target.closest(BUTTON_LIKE);
    if (!control) return null;
    const root = adapter.composeRootOf(control);
    if (!root || !adapter.isSendControl(control, root) || submitsForm(control)) return null;
    return { root, plan: { kind: 'press', control } };
  };

  const keyAttempt = (event: SendEvent): Attempt | null => {
    if (event.isComposing || event.altKey) return null;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      const root = adapter.composeRootOf(event.target);
      const control = root ? sendControlIn(root) : null;
      // A form's submit button is not sent by Ctrl+Enter; its Send is judged at `submit`.
      return root && control && !submitsForm(control) ? { root, plan: { kind: 'press', control } } : null;
    }
    const activates = event.key === 'Enter' || event.key === ' ';
    if (!activates || event.ctrlKey || event.metaKey || event.shiftKey) return null;
    return pressAttempt(event.target);
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
  ): { decision: ImmediateDecision; fields: GuardedField[]; flagged: Checked[] } => {
    const fields = messageFields(root);
    const policy = recipientPolicy(adapter.recipients(root), location.hostname, settings);
    const flagged: Checked[] = [];
    const current = fields.map((field) => {
      const text = field.text();
      const findings = text.trim() === '' ? [] : field.currentFindings();
      if (findings && findings.length > 0) flagged.push({ field, text, findings });
      return findings;
    });
    return { decision: decideAtSend(policy, current), fields, flagged };
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
          ? { kind: 'press', control: sendControlIn(attempt.root) ?? attempt.plan.control }
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

  const review = async (attempt: Attempt, flagged: readonly Checked[] | null): Promise<void> => {
    const passages: ReviewPassage[] = (flagged ?? []).flatMap(({ field, text, findings }) =>
      findings.map((finding) => ({
        fieldLabel: field.label,
        text: text.slice(finding.start, finding.end),
        reason: finding.reason,
      })),
    );
    const shadow = uiRootFor(attempt.root.ownerDocument, signal).shadow;
    const result = await showReview(shadow, flagged ? { kind: 'flagged', passages } : { kind: 'unchecked' });
    const effect = move(attempt.root, { type: 'choice', choice: result.choice });
    const edited = (flagged ?? []).map((entry) => entry.field);
    if (effect === 'replay') {
      sendOn(attempt);
    } else if (effect === 'apply') {
      try {
        await replaceChecked(flagged ?? [], result.checked);
      } finally {
        move(attempt.root, { type: 'applied' });
        focusEditor(edited);
      }
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

  const check = async (attempt: Attempt, fields: readonly GuardedField[]): Promise<void> => {
    const settled = await Promise.all(fields.map(settle));
    const effect = move(attempt.root, {
      type: 'checked',
      decision: decideAfterCheck(settled.map((entry) => entry.outcome)),
    });
    if (effect === 'replay') sendOn(attempt);
    else if (effect === 'show-review') {
      await review(
        attempt,
        settled.map((entry) => entry.checked).filter((entry) => entry.findings.length > 0),
      );
    } else if (effect === 'show-unchecked') await review(attempt, null);
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
    else if (effect === 'check' && now) run(attempt, check(attempt, now.fields));
    else if (effect === 'show-review' && now) run(attempt, review(attempt, now.flagged));
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
