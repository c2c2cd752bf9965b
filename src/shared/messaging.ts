/**
 * Typed send and receive over runtime messaging. Errors thrown by a handler travel back to the
 * caller as a rejected promise; unknown message names are rejected, never ignored silently.
 */
import { browser, type Runtime } from './browser';
import type { BackgroundMessages, ContentMessages, Envelope, MessageName, Payload, Result } from './messages';

type Handlers<M> = {
  [K in MessageName<M>]: (
    payload: Payload<M, K>,
    sender: Runtime.MessageSender,
  ) => Promise<Result<M, K>> | Result<M, K>;
};

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: string;
}

function isEnvelope(message: unknown): message is { type: string; payload: unknown } {
  return typeof message === 'object' && message !== null && typeof Reflect.get(message, 'type') === 'string';
}

function isReply(reply: unknown): reply is Reply {
  return typeof reply === 'object' && reply !== null && typeof Reflect.get(reply, 'ok') === 'boolean';
}

async function unwrap<R>(reply: unknown): Promise<R> {
  if (!isReply(reply)) throw new Error('No answer from the receiver.');
  if (!reply.ok) throw new Error(reply.error ?? 'The receiver failed.');
  // The receiver's handler is typed by the same message map, so its value has type R.
  return reply.value as R;
}

export async function sendToBackground<K extends MessageName<BackgroundMessages>>(
  type: K,
  payload: Payload<BackgroundMessages, K>,
): Promise<Result<BackgroundMessages, K>> {
  const envelope: Envelope<BackgroundMessages, K> = { type, payload };
  return unwrap(await browser.runtime.sendMessage(envelope));
}

export async function sendToTab<K extends MessageName<ContentMessages>>(
  tabId: number,
  type: K,
  payload: Payload<ContentMessages, K>,
  frameId?: number,
): Promise<Result<ContentMessages, K>> {
  const envelope: Envelope<ContentMessages, K> = { type, payload };
  const options = frameId === undefined ? undefined : { frameId };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope, options));
}

/**
 * Registers one handler map. `accept` decides, per sender and message name, whether a message is
 * considered at all (a message not accepted gets no answer, so another frame or listener may
 * answer); accepted names not in the map are answered with an error.
 */
export function handleMessages<M>(
  handlers: Handlers<M>,
  accept: (sender: Runtime.MessageSender, type: string) => boolean,
): (message: unknown, sender: Runtime.MessageSender) => Promise<Reply> | undefined {
  const byName = new Map<string, (payload: unknown, sender: Runtime.MessageSender) => unknown>(
    Object.entries(handlers),
  );
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined => {
    if (!isEnvelope(message) || !accept(sender, message.type)) return undefined;
    const handler = byName.get(message.type);
    if (!handler) return Promise.resolve({ ok: false, error: `Unknown message: ${message.type}` });
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}
