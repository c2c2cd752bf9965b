/**
 * Runs on every page at document_start, in every frame. Stays tiny: delegated capture listeners notice the first
 * use of an editable field and only then have the guard injected (once per frame, see parts.ts). Every field used
 * until the guard has started is noted and handed to it, not just the first (see early-fields.ts). The send
 * capture is installed here so a Send is seen before the page's own handlers, even before the guard has loaded.
 */

import type { EngineStatus } from '../shared/messages';
import type { GuardApi } from './contracts';
import { installDocumentCapture } from './documents/capture';
import { createEarlyFields, FIELD_USE_EVENTS } from './early-fields';
import { publishBridge } from './frame-bridge';
import { loadPart } from './load-part';
import { installSendCapture } from './send/early-capture';

interface GuardModule {
  startGuard(signal: AbortSignal, earlyFields: () => readonly Element[]): Promise<GuardApi>;
}

function isGuardModule(value: unknown): value is GuardModule {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'startGuard') === 'function'
  );
}

const lifetime = new AbortController();
const earlyFields = createEarlyFields();
/** Listens for field use from document_start until the guard has started (or could not be loaded). */
let fieldUse: AbortController | undefined;
let settled = false;
let guard: Promise<GuardApi> | undefined;
/** The guard once loaded, for a parent frame that needs this editor frame's fields synchronously at Send. */
let loadedGuard: GuardApi | null = null;
let status: Exclude<EngineStatus, 'paused'> = 'idle';

function stopNoting(): void {
  settled = true;
  fieldUse?.abort();
}

function loadGuard(): Promise<GuardApi> {
  if (guard) return guard;
  status = 'loading';
  guard = loadPart('guard').then((module: unknown) => {
    if (!isGuardModule(module)) throw new Error('LEAD Guard: the guard part is malformed.');
    // The guard takes the noted fields once its own listeners are in place, so no use falls in between.
    return module.startGuard(lifetime.signal, () => earlyFields.take());
  });
  guard.then(
    (api) => {
      loadedGuard = api;
      status = 'ready';
      stopNoting();
    },
    () => {
      status = 'failed';
      earlyFields.drop();
      stopNoting();
    },
  );
  return guard;
}

/** The popup asks the top frame for the engine's state; once the guard runs, the guard answers instead. */
function answerStatus(
  message: unknown,
  sender: chrome.runtime.MessageSender,
  reply: (answer: unknown) => void,
): false {
  const ours = sender.id === chrome.runtime.id && sender.tab === undefined;
  const asksStatus =
    typeof message === 'object' && message !== null && Reflect.get(message, 'type') === 'guard/status';
  if (ours && asksStatus && status !== 'ready')
    reply({ ok: true, value: { engine: status, host: location.hostname } });
  return false;
}

function onFieldUse(event: Event): void {
  // Only a person's use counts (a page script's dispatched events do not, see ui/user-event.ts); the first
  // loads the guard, and every one until the guard runs is noted for it.
  if (earlyFields.note(event) && !guard)
    loadGuard().catch((error: unknown) => console.error('LEAD Guard could not start.', error));
}

function listenForFieldUse(): void {
  if (settled) return;
  fieldUse?.abort();
  fieldUse = new AbortController();
  for (const type of FIELD_USE_EVENTS)
    window.addEventListener(type, onFieldUse, { capture: true, passive: true, signal: fieldUse.signal });
}

listenForFieldUse();
if (window === window.top) chrome.runtime.onMessage.addListener(answerStatus);
// `document.open()` (editors that write their iframe) erases window listeners; it also empties the document,
// which this observer sees, so the listeners are put back.
new MutationObserver(listenForFieldUse).observe(document, { childList: true });
const sendCapture = installSendCapture(loadGuard, lifetime.signal);
publishBridge({ loaded: () => loadedGuard, load: loadGuard, judge: sendCapture.verdictFor });
installDocumentCapture((chosen) => {
  void loadGuard().then(
    (api) => api.checkDocuments(chosen),
    (error: unknown) => console.error('LEAD Guard could not start.', error),
  );
}, lifetime.signal);
