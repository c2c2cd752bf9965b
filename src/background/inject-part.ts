/**
 * Injects a part of the content script into the frame that asked for it, and only there (content/parts.ts).
 * The part is named, never a path: a content script driven by a hostile page can ask for nothing but the
 * extension's own parts, into its own frame.
 */
import { CONTENT_PARTS, isContentPart } from '../content/parts';
import type { Runtime, Scripting } from '../shared/browser';

export interface Injector {
  executeScript(injection: Scripting.ScriptInjection): Promise<unknown>;
}

/**
 * Chrome names the sender's document, so a frame that has navigated since it asked gets nothing; other
 * browsers name the frame.
 */
function targetOf(sender: Runtime.MessageSender): Scripting.InjectionTarget {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined)
    throw new Error('Parts are injected into a frame of a tab.');
  const documentId: unknown = Reflect.get(sender, 'documentId');
  return typeof documentId === 'string'
    ? { tabId, documentIds: [documentId] }
    : { tabId, frameIds: [frameId] };
}

export async function injectPart(
  part: unknown,
  sender: Runtime.MessageSender,
  scripting: Injector,
): Promise<null> {
  if (!isContentPart(part)) throw new Error('No such part of the content script.');
  await scripting.executeScript({ target: targetOf(sender), files: [CONTENT_PARTS[part].output] });
  return null;
}
