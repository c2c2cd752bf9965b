/**
 * Runs on every page at document_start, in every frame. Stays tiny: delegated capture listeners notice the first
 * use of an editable field and only then import the guard (once per frame). The send capture is installed here
 * so a Send is seen before the page's own handlers, even before the guard has loaded.
 */

import type { EngineStatus } from '../shared/messages';
import type { GuardApi } from './contracts';
import { installDocumentCapture } from './documents/capture';
import { editableFromEvent } from './editable';
import { publishBridge } from './frame-bridge';
import { GUARD_OUTPUT } from './guard-chunk';
import { installSendCapture } from './send/early-capture';

const FIRST_USE_EVENTS = ['focusin', 'pointerdown', 'keydown', 'input', 'compositionstart'] as const;

interface GuardModule {
  startGuard(signal: AbortSignal): Promise<GuardApi>;
}

function isGuardModule(value: unknown): value is GuardModule {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'startGuard') === 'function'
  );
}

const lifetime = new AbortController();
let guard: Promise<GuardApi> | undefined;
/** The guard once loaded, for a parent frame that needs this editor frame's fields synchronously at Send. */
let loadedGuard: GuardApi | null = null;
let status: Exclude<EngineStatus, 'paused'> = 'idle';

function loadGuard(): Promise<GuardApi> {
  if (guard) return guard;
  status = 'loading';
  guard = import(/* @vite-ignore */ chrome.runtime.getURL(GUARD_OUTPUT)).then((module: unknown) => {
    if (!isGuardModule(module)) throw new Error('LEAD Guard: the guard module is malformed.');
    return module.startGuard(lifetime.signal);
  });
  guard.then(
    (api) => {
      loadedGuard = api;
      status = 'ready';
    },
    () => {
      status = 'failed';
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

let firstUse: AbortController | undefined;

function onFirstUse(event: Event): void {
  // A page script's dispatched events are not the writer using a field (see ui/user-event.ts).
  if (!event.isTrusted) return;
  const field = editableFromEvent(event);
  if (!field) return;
  firstUse?.abort();
  void loadGuard().then(
    (api) => api.registry.fieldFor(field),
    (error: unknown) => console.error('LEAD Guard could not start.', error),
  );
}

function listenForFirstUse(): void {
  if (guard) return;
  firstUse?.abort();
  firstUse = new AbortController();
  for (const type of FIRST_USE_EVENTS)
    window.addEventListener(type, onFirstUse, { capture: true, passive: true, signal: firstUse.signal });
}

listenForFirstUse();
if (window === window.top) chrome.runtime.onMessage.addListener(answerStatus);
// `document.open()` (editors that write their iframe) erases window listeners; it also empties the document,
// which this observer sees, so the listeners are put back.
new MutationObserver(listenForFirstUse).observe(document, { childList: true });
const sendCapture = installSendCapture(loadGuard, lifetime.signal);
publishBridge({ loaded: () => loadedGuard, load: loadGuard, judge: sendCapture.verdictFor });
installDocumentCapture((files) => {
  void loadGuard().then(
    (api) => api.checkDocuments(files),
    (error: unknown) => console.error('LEAD Guard could not start.', error),
  );
}, lifetime.signal);
