/**
 * Tells the service worker what is flagged in this frame (for the popup). Summaries live only in memory there;
 * nothing is logged or written elsewhere.
 */
import type { FindingSummary } from '../../shared/messages';
import { sendToBackground } from '../../shared/messaging';
import { snippetOf } from '../ui/panels';
import type { Field } from './field';

const REPORT_DELAY_MS = 300;

export function createReporter(fields: () => Field[], signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  const report = (): void => {
    const findings: FindingSummary[] = fields().flatMap((field) =>
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
    sendToBackground('findings/report', { frameUrl: location.href, findings }).catch((error: unknown) => {
      // The worker may be restarting; the next change reports again. The error carries no user text.
      console.warn('LEAD Guard: findings report not delivered.', error instanceof Error ? error.message : '');
    });
  };
  return () => {
    clearTimeout(timer);
    timer = setTimeout(report, REPORT_DELAY_MS);
  };
}
