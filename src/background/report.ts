/**
 * Checks a findings report from a content script before it is kept. The content script runs in a
 * web page's process, so its payload is treated as untrusted: malformed entries are dropped and
 * every string is capped, so a page can neither break the popup nor fill session storage.
 */
import { CATEGORIES, type Category, SEVERITIES, type Severity } from '../engine/types';
import type { FindingSummary } from '../shared/messages';

export const REPORT_LIMITS = { findings: 200, snippet: 160, reason: 300, label: 100, id: 200 } as const;

function text(value: unknown, max: number): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

const category = (value: unknown): Category | undefined => CATEGORIES.find((known) => known === value);
const severity = (value: unknown): Severity | undefined => SEVERITIES.find((known) => known === value);

function finding(value: unknown): FindingSummary | null {
  if (typeof value !== 'object' || value === null) return null;
  const field = (name: string): unknown => Reflect.get(value, name);
  const id = text(field('id'), REPORT_LIMITS.id);
  const fieldId = text(field('fieldId'), REPORT_LIMITS.id);
  const fieldLabel = text(field('fieldLabel'), REPORT_LIMITS.label);
  const reason = text(field('reason'), REPORT_LIMITS.reason);
  const snippet = text(field('snippet'), REPORT_LIMITS.snippet);
  const cat = category(field('category'));
  const sev = severity(field('severity'));
  if (!id || !fieldId || !fieldLabel || !reason || !snippet || !cat || !sev) return null;
  return { id, fieldId, fieldLabel, category: cat, severity: sev, reason, snippet };
}

/** The valid findings of a report payload, at most `REPORT_LIMITS.findings`. */
export function parseReport(payload: unknown): FindingSummary[] {
  const findings: unknown =
    typeof payload === 'object' && payload !== null ? Reflect.get(payload, 'findings') : null;
  if (!Array.isArray(findings)) return [];
  return findings
    .slice(0, REPORT_LIMITS.findings)
    .map(finding)
    .filter((entry): entry is FindingSummary => entry !== null);
}
