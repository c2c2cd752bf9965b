/**
 * What is flagged in each tab, kept in `storage.session` only: held in memory, gone when the
 * browser closes, and readable by the extension's own pages but not by content scripts
 * (access level TRUSTED_CONTEXTS). One entry per frame (`findings:<tabId>:<frameId>`), so
 * reports from different frames never overwrite each other.
 */
import type { Storage } from '../shared/browser';
import type { FindingSummary, TabFinding } from '../shared/messages';

const PREFIX = 'findings:';
const tabPrefix = (tabId: number) => `${PREFIX}${tabId}:`;

export function frameKey(tabId: number, frameId: number): string {
  return `${tabPrefix(tabId)}${frameId}`;
}

/** All findings of a tab from a `storage.session` snapshot, top frame first. */
export function tabFindings(snapshot: Readonly<Record<string, unknown>>, tabId: number): TabFinding[] {
  const prefix = tabPrefix(tabId);
  return (
    Object.entries(snapshot)
      .filter(([key, value]) => key.startsWith(prefix) && Array.isArray(value))
      // Only this worker writes these keys, after `parseReport` checked them.
      .map(([key, value]) => ({
        frameId: Number(key.slice(prefix.length)),
        findings: value as FindingSummary[],
      }))
      .sort((a, b) => a.frameId - b.frameId)
      .flatMap(({ frameId, findings }) => findings.map((finding) => ({ ...finding, frameId })))
  );
}

/** The calls the store makes on `storage.session` (an in-memory map in tests). */
export type SessionArea = Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;

export class TabFindingsStore {
  constructor(private readonly session: SessionArea) {}

  /** Replaces a frame's findings; returns the tab's new total. */
  async report(tabId: number, frameId: number, findings: FindingSummary[]): Promise<number> {
    const key = frameKey(tabId, frameId);
    if (findings.length > 0) await this.session.set({ [key]: findings });
    else await this.session.remove(key);
    return (await this.get(tabId)).length;
  }

  async get(tabId: number): Promise<TabFinding[]> {
    return tabFindings(await this.session.get(null), tabId);
  }

  async clearTab(tabId: number): Promise<void> {
    const keys = Object.keys(await this.session.get(null)).filter((key) => key.startsWith(tabPrefix(tabId)));
    if (keys.length > 0) await this.session.remove(keys);
  }
}
