/**
 * Installed by the bootstrap at document_start: capture-phase listeners on window that see a Send
 * before the page does. Kept tiny (it ships in the bootstrap); the judging lives in the guard chunk.
 *
 * Once the guard is loaded every candidate event is judged synchronously. Before that, a press on a
 * button near prose (or a submit of a form holding prose) is cancelled, the guard is loaded, and the
 * send guard either checks it or sends it on. The rest of a cancelled gesture (mouseup, click,
 * keyup) is swallowed too, so the page never sees half a click. Once a file LEAD Guard reads was attached,
 * a Send may carry it though no text was typed: the guard is loaded then, and Sends are judged as near prose.
 */
import { kindFromName } from '../../documents/kind';
import type { GuardApi } from '../contracts';
import { bridgeOf, type FrameBridge, isEditorFrame } from '../frame-bridge';
import { holdsProse, PROSE_FIELDS, proseFieldsIn } from './prose';
import { planFor, replay, submitsForm } from './replay';
import { isReplaying } from './replay-mark';
import { type SendEvent, type SendGuard, snapshotEvent } from './send-event';
import { controlOf } from './send-name';

const GESTURE_STARTS = new Set(['pointerdown', 'mousedown', 'keydown']);
/** What follows a gesture's start; `mousedown` is included because it follows a `pointerdown`. */
const GESTURE_REST = new Set(['mousedown', 'pointerup', 'mouseup', 'click', 'keyup']);
const JUDGED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown', 'keyup', 'submit'];

/** Prose in the element's form or dialog, or anywhere in its document (editor frames included). */
function proseNear(element: Element): boolean {
  const region = element.closest('form, [role=dialog]') ?? element.ownerDocument;
  return proseFieldsIn(region).some(holdsProse);
}

function isCtrlEnter(event: SendEvent): boolean {
  return event.type === 'keydown' && event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/**
 * Could this event, seen before the guard is loaded, be a Send? Cheap structural hints only. With a file
 * attached, any Send may carry it, prose or not.
 */
function maybeSend(event: SendEvent, filesAttached: boolean): boolean {
  const near = (element: Element): boolean => filesAttached || proseNear(element);
  if (event.type === 'submit') return near(event.target);
  if (event.type === 'keydown') {
    const enter = event.key === 'Enter';
    if (enter && (event.ctrlKey || event.metaKey)) return near(event.target);
    if (!enter && event.key !== ' ') return false;
  } else if (event.type !== 'pointerdown' && event.type !== 'mousedown') {
    return false;
  }
  const control = controlOf(event.target);
  // A form's submit button is judged at its `submit` event, which follows on its own.
  return control !== null && !submitsForm(control) && near(control);
}

function holdsReadable(list: FileList | null | undefined): boolean {
  return [...(list ?? [])].some((file) => kindFromName(file.name) !== null);
}

function cancel(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export interface CaptureOptions {
  /**
   * Whether an event is the user's own. Only trusted events are a user's Send: a page script that
   * dispatches a click runs its own code, and the guard's replays are synthetic too. Tests stub it.
   */
  trusted?: (event: Event) => boolean;
}

export interface SendCapture {
  /** Judges a possible Send synchronously; also used for Ctrl+Enter in a child editor frame. */
  verdictFor(event: SendEvent): 'pass' | 'cancel';
}

export function installSendCapture(
  loadGuard: () => Promise<GuardApi>,
  signal: AbortSignal,
  { trusted = (event) => event.isTrusted }: CaptureOptions = {},
): SendCapture {
  let sendGuard: SendGuard | null = null;
  let loading: Promise<SendGuard> | null = null;
  /** The guard could not be loaded: stop holding anything, so no Send is ever trapped. */
  let unavailable = false;
  /** True from a cancelled gesture start until its click or keyup. */
  let swallowing = false;
  /** A file LEAD Guard reads was chosen, dropped or pasted in this frame. */
  let filesAttached = false;

  const load = (): Promise<SendGuard> => {
    loading ??= loadGuard().then((api) => {
      sendGuard = api.startSendGuard(api, signal);
      return sendGuard;
    });
    return loading;
  };

  const verdictFor = (snapshot: SendEvent): 'pass' | 'cancel' => {
    if (sendGuard) return sendGuard.judge(snapshot);
    if (unavailable || !maybeSend(snapshot, filesAttached)) return 'pass';
    load().then(
      (guard) => guard.judgeCancelled(snapshot),
      () => {
        unavailable = true;
        replay(planFor(snapshot));
      },
    );
    return 'cancel';
  };

  /** Ctrl+Enter in an editor frame sends through the parent page's Send: the parent judges it. */
  const parentJudge = (snapshot: SendEvent): Pick<FrameBridge, 'judge'> | null =>
    isCtrlEnter(snapshot) && isEditorFrame() ? bridgeOf(window.parent) : null;

  const onEvent = (event: Event): void => {
    if (isReplaying() || !trusted(event)) return;
    if (event.type === 'pointerdown' || event.type === 'keydown') swallowing = false;
    if (swallowing && GESTURE_REST.has(event.type)) {
      cancel(event);
      if (event.type === 'click' || event.type === 'keyup') swallowing = false;
      return;
    }
    const snapshot = snapshotEvent(event);
    if (!snapshot) return;
    const verdict = (parentJudge(snapshot) ?? { judge: verdictFor }).judge(snapshot);
    if (verdict === 'pass') return;
    cancel(event);
    if (GESTURE_STARTS.has(event.type)) swallowing = true;
  };

  /** Loads the send guard ahead of a Send: when a field is focused or a button near prose is approached. */
  const warmUp = (event: Event): void => {
    if (sendGuard || loading || unavailable) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const field = target.matches(PROSE_FIELDS) || (target instanceof HTMLElement && target.isContentEditable);
    const control = controlOf(target);
    if (field || (control && proseNear(control))) {
      load().catch(() => {
        unavailable = true;
      });
    }
  };

  /** An attached file holds Send like text: the send guard is loaded as the file arrives. */
  const onFiles = (list: FileList | null | undefined): void => {
    if (isReplaying() || !holdsReadable(list)) return;
    filesAttached = true;
    if (!sendGuard && !loading && !unavailable) {
      load().catch(() => {
        unavailable = true;
      });
    }
  };

  const options = { capture: true, signal };
  for (const type of JUDGED) window.addEventListener(type, onEvent, options);
  window.addEventListener('focusin', warmUp, options);
  window.addEventListener('pointerover', warmUp, options);
  const passive = { ...options, passive: true };
  window.addEventListener(
    'change',
    (event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLInputElement && target.type === 'file') onFiles(target.files);
    },
    passive,
  );
  window.addEventListener('drop', (event) => onFiles(event.dataTransfer?.files), passive);
  window.addEventListener('paste', (event) => onFiles(event.clipboardData?.files), passive);
  return { verdictFor };
}
