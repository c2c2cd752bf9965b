/**
 * The message vocabulary, one map per receiver: name → payload and result. Every sender and
 * handler is typed from these maps; receivers reject names they do not know.
 */
import type { Category, Severity } from '../engine/types';

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

/** Messages handled by the service worker. */
export interface BackgroundMessages {
  'findings/report': { payload: { frameUrl: string; findings: FindingSummary[] }; result: null };
  'findings/get': { payload: { tabId: number }; result: { findings: FindingSummary[] } };
}

/** Messages handled by the content script of a tab. */
export interface ContentMessages {
  'guard/jump': { payload: { id: string }; result: boolean };
  'guard/replace': { payload: { id: string }; result: boolean };
  'guard/ignore': { payload: { id: string }; result: boolean };
  'guard/replace-all': { payload: { fieldId: string }; result: boolean };
}

export type MessageName<M> = keyof M & string;
export type Payload<M, K extends keyof M> = M[K] extends { payload: infer P } ? P : never;
export type Result<M, K extends keyof M> = M[K] extends { result: infer R } ? R : never;

export interface Envelope<M, K extends MessageName<M> = MessageName<M>> {
  type: K;
  payload: Payload<M, K>;
}
