/**
 * The message vocabulary, one map per receiver: name → payload and result. Every sender and
 * handler is typed from these maps; receivers reject names they do not know.
 */
import type { ContentPart } from '../content/parts';
import type { Category, EngineOptions, Finding, Severity } from '../engine/types';

/** A flagged passage as the popup shows it. Lives only in memory and storage.session. */
export interface FindingSummary {
  /** Stable within the page: `${fieldId}:${start}`. */
  id: string;
  fieldId: string;
  fieldLabel: string;
  category: Category;
  severity: Severity;
  reason: string;
  snippet: string;
}

/** A finding as the worker keeps it for a tab: with the frame whose content script reported it. */
export interface TabFinding extends FindingSummary {
  frameId: number;
}

/** Engine state in a page: `idle` until a field is used, `paused` on a paused site. */
export type EngineStatus = 'idle' | 'loading' | 'ready' | 'failed' | 'paused';

type NoPayload = Record<string, never>;

/** A phrase a writer asked to always allow, and the site they asked on (shown with it in the popup). */
export interface AllowRequest {
  phrase: string;
  host: string;
}

export interface AllowState {
  requested: AllowRequest[];
  /** Confirmed in this browser session, newest first: each can be undone. */
  recent: string[];
}

/** Messages handled by the service worker. */
export interface BackgroundMessages {
  /** From a content script: the complete current list for its frame (an empty list clears it). */
  'findings/report': { payload: { frameUrl: string; findings: FindingSummary[] }; result: null };
  /** From the popup: what is flagged in a tab, across its frames. */
  'findings/get': { payload: { tabId: number }; result: { findings: TabFinding[] } };
  /**
   * From a content script: the text of a document the writer chose, analysed here so the engine never
   * blocks the page. Kept in memory for the call only.
   */
  'documents/analyze': { payload: { text: string; options: EngineOptions }; result: { findings: Finding[] } };
  /**
   * From a content script, after the writer's own click on "Always allow": only asks. The allow-list turns a flag
   * off on every site, so it changes only when the writer confirms in the popup (`allow/confirm`).
   */
  'allow/request': { payload: { phrase: string }; result: null };
  /** From the extension's pages: phrases waiting for confirmation, and those confirmed in this session. */
  'allow/state': { payload: NoPayload; result: AllowState };
  'allow/confirm': { payload: { phrase: string }; result: null };
  'allow/dismiss': { payload: { phrase: string }; result: null };
  /** Takes a phrase confirmed in this session off the allow-list again. */
  'allow/undo': { payload: { phrase: string }; result: null };
  /** From a content script: inject a part of the content script into the asking frame (content/parts.ts). */
  'parts/inject': { payload: { part: ContentPart }; result: null };
}

/** Messages handled by the content script of a tab (sent by the popup or the worker). */
export interface ContentMessages {
  /** Scrolls to the field, focuses it and selects the passage. */
  'guard/jump': { payload: { id: string }; result: boolean };
  'guard/replace': { payload: { id: string }; result: boolean };
  'guard/ignore': { payload: { id: string }; result: boolean };
  'guard/replace-all': { payload: { fieldId: string }; result: boolean };
  /**
   * Answered by the top frame: engine state and the page's host name for the popup (which cannot
   * read the URL of a tab it was not opened on).
   */
  'guard/status': { payload: NoPayload; result: { engine: EngineStatus; host?: string } };
  /**
   * Keyboard commands, sent to every frame of the active tab: only the frame the writer is in answers
   * (see `FOCUSED_FRAME_MESSAGES`), so the command acts where the writer is.
   */
  'guard/next-flag': { payload: NoPayload; result: boolean };
  /**
   * From the insert-template command and from the popup: answered only by the frame whose focused element is a
   * guarded field (the popup takes the page's focus while open), which opens the template form there.
   */
  'templates/open': { payload: NoPayload; result: boolean };
}

/** Content messages that only the frame the writer is in handles; other frames stay silent. */
export const FOCUSED_FRAME_MESSAGES: ReadonlySet<string> = new Set(['guard/next-flag', 'templates/open']);

export type MessageName<M> = keyof M & string;
export type Payload<M, K extends keyof M> = M[K] extends { payload: infer P } ? P : never;
export type Result<M, K extends keyof M> = M[K] extends { result: infer R } ? R : never;

export interface Envelope<M, K extends MessageName<M> = MessageName<M>> {
  type: K;
  payload: Payload<M, K>;
}
