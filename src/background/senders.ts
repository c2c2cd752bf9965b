/**
 * Who may send what to the service worker. Content scripts (a message with `sender.tab` from a
 * web page) may only report findings and ask for a phrase to be allowed; only the extension's own pages may
 * read findings back or change the allow-list (a page's script can drive a content script, never our pages). Anything
 * from another extension, or from a sender that is neither, gets no answer at all.
 */
import type { Runtime } from '../shared/browser';
import type { BackgroundMessages, MessageName } from '../shared/messages';

export type SenderKind = 'content' | 'page';

export interface Self {
  /** `runtime.id` */
  id: string;
  /** `runtime.getURL('')`, e.g. `chrome-extension://<id>/` */
  origin: string;
}

export function senderKind(sender: Runtime.MessageSender, self: Self): SenderKind | null {
  if (sender.id !== self.id) return null;
  if (sender.url?.startsWith(self.origin)) return 'page';
  if (sender.tab?.id !== undefined && sender.frameId !== undefined) return 'content';
  return null;
}

const allowedFrom = new Map<string, SenderKind>(
  Object.entries({
    'findings/report': 'content',
    'findings/get': 'page',
    'documents/analyze': 'content',
    'allow/request': 'content',
    'allow/state': 'page',
    'allow/confirm': 'page',
    'allow/dismiss': 'page',
    'allow/undo': 'page',
    'parts/inject': 'content',
  } satisfies Record<MessageName<BackgroundMessages>, SenderKind>),
);

/**
 * True when the worker should answer. Unknown names from a legitimate sender are accepted so the
 * sender hears back that the name is unknown.
 */
export function acceptsMessage(sender: Runtime.MessageSender, type: string, self: Self): boolean {
  const kind = senderKind(sender, self);
  if (kind === null) return false;
  const required = allowedFrom.get(type);
  return required === undefined || required === kind;
}
