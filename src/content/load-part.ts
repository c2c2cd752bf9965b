/**
 * Loads a part of the content script into this frame (see parts.ts): the service worker injects it, and its
 * exports are read from the isolated world's global. Uses `chrome.runtime` directly so the bootstrap that
 * imports it stays tiny (no polyfill); Firefox provides the same promise-returning `chrome.runtime`.
 */
import { CONTENT_PARTS, type ContentPart } from './parts';

const loading = new Map<ContentPart, Promise<unknown>>();

function exportsOf(part: ContentPart): unknown {
  return Reflect.get(globalThis, CONTENT_PARTS[part].global);
}

function isFailure(reply: unknown): reply is { ok: false; error?: unknown } {
  return typeof reply !== 'object' || reply === null || Reflect.get(reply, 'ok') !== true;
}

async function inject(part: ContentPart): Promise<unknown> {
  const present = exportsOf(part);
  if (present !== undefined) return present;
  const reply: unknown = await chrome.runtime.sendMessage({ type: 'parts/inject', payload: { part } });
  if (isFailure(reply)) {
    const why =
      typeof reply === 'object' && reply !== null ? String(Reflect.get(reply, 'error')) : 'no answer';
    throw new Error(`LEAD Guard could not load its ${part} part: ${why}`);
  }
  const loaded = exportsOf(part);
  if (loaded === undefined) throw new Error(`LEAD Guard: the ${part} part did not start.`);
  return loaded;
}

/** The part's exports, injecting it on first use; a failed load may be tried again later. */
export function loadPart(part: ContentPart): Promise<unknown> {
  let pending = loading.get(part);
  if (!pending) {
    pending = inject(part);
    loading.set(part, pending);
    pending.catch(() => loading.delete(part));
  }
  return pending;
}
