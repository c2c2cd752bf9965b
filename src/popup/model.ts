/** Pure helpers for the popup: grouping passages by field and editing the paused-site list. */
import { hostMatches, normalizePattern } from '../shared/domain-patterns';
import type { TabFinding } from '../shared/messages';

export interface FieldGroup {
  /** Unique across frames: `${frameId}/${fieldId}`. */
  key: string;
  frameId: number;
  fieldId: string;
  fieldLabel: string;
  findings: TabFinding[];
}

/** Passages grouped by the field they are in, fields in the order their first passage appears. */
export function groupByField(findings: readonly TabFinding[]): FieldGroup[] {
  const groups = new Map<string, FieldGroup>();
  for (const finding of findings) {
    const key = `${finding.frameId}/${finding.fieldId}`;
    const group = groups.get(key) ?? {
      key,
      frameId: finding.frameId,
      fieldId: finding.fieldId,
      fieldLabel: finding.fieldLabel,
      findings: [],
    };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The host LEAD Guard can guard in a tab, or null for browser pages, files and the like. */
export function guardableHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export const isPaused = (pausedSites: readonly string[], host: string): boolean =>
  pausedSites.some((pattern) => hostMatches(host, pattern));

/**
 * The paused-site list after the switch for `host` is turned on or off. Turning it off removes every
 * entry that covers the host (a wildcard too), since the writer asked for LEAD Guard here.
 */
export function togglePausedSite(pausedSites: readonly string[], host: string, pause: boolean): string[] {
  if (pause) return isPaused(pausedSites, host) ? [...pausedSites] : [...pausedSites, normalizePattern(host)];
  return pausedSites.filter((pattern) => !hostMatches(host, pattern));
}
