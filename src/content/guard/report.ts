/**
 * Tells the service worker what is flagged in this frame (for the popup and the badge). Summaries live only in
 * memory there; nothing is logged or written elsewhere.
 */
import type { FindingSummary } from '../../shared/messages';
import { sendToBackground } from '../../shared/messaging';
import { snippetOf } from '../ui/panels';
import type { Field } from './field';

const REPORT_DELAY_MS = 300;
/**
 * Waits before re-sending a report the worker did not take (it may be starting or restarting). Without a retry
 * the popup and badge would show nothing for a flagged field until the writer changed the text again.
 */
export const REPORT_RETRY_DELAYS_MS: readonly number[] = [250, 1000, 4000];

export type ReportedField = Pick<Field, 'id' | 'label' | 'lastFindings' | 'passageText'>;

export function createReporter(fields: () => readonly ReportedField[], signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Each scheduled report supersedes the one before it, including that one's pending retries.
  let generation = 0;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const summaries = (): FindingSummary[] =>
    fields().flatMap((field) =>
      field.lastFindings().map((finding) => ({
        id: `${field.id}:${finding.start}`,
        fieldId: field.id,
        fieldLabel: field.label,
        category: finding.category,
        severity: finding.severity,
        reason: finding.reason,
        snippet: snippetOf(field.passageText(finding)),
      })),
    );

  const report = (sent: number, attempt: number): void => {
    sendToBackground('findings/report', { frameUrl: location.href, findings: summaries() }).catch(
      (error: unknown) => {
        if (signal.aborted || sent !== generation) return;
        const delay = REPORT_RETRY_DELAYS_MS[attempt];
        if (delay !== undefined) {
          timer = setTimeout(() => report(sent, attempt + 1), delay);
          return;
        }
        // The error carries no user text; the next change to the field reports again.
        console.warn(
          'LEAD Guard: findings report not delivered.',
          error instanceof Error ? error.message : '',
        );
      },
    );
  };

  return () => {
    clearTimeout(timer);
    const scheduled = ++generation;
    timer = setTimeout(() => report(scheduled, 0), REPORT_DELAY_MS);
  };
}
