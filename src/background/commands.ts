/**
 * Keyboard commands from the manifest, forwarded to the active tab's content script. Every frame
 * receives the message; only the frame the writer is in answers (see `FOCUSED_FRAME_MESSAGES`).
 */
import type { ContentMessages, MessageName } from '../shared/messages';

export const COMMAND_MESSAGES = new Map<string, MessageName<ContentMessages>>([
  ['next-flag', 'guard/next-flag'],
  ['insert-template', 'templates/open'],
]);
