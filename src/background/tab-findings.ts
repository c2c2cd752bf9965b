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

/** Where a report comes from: the frame, and the document in it where the browser names one. */
export interface ReportSource {
  tabId: number;
  frameId: number;
  /** Chrome's `sender.documentId`: a report from a document the tab has since left is dropped. */
  documentId?: string;
}

/** How many left documents are remembered; a report is in flight for moments, not for hundreds of pages. */
const RETIRED_LIMIT = 500;

export class TabFindingsStore {
  /** Per tab, the end of its queue: reports and clears of one tab run one at a time, in arrival order. */
  private readonly queues = new Map<number, Promise<void>>();
  /** The document that last reported for each frame key. */
  private readonly documents = new Map<string, string>();
  /** Documents their tab has navigated away from or closed: their late reports must not bring findings back. */
  private readonly retired = new Set<string>();

  constructor(private readonly session: SessionArea) {}

  /** Replaces a frame's findings; returns the tab's new total. */
  report({ tabId, frameId, documentId }: ReportSource, findings: FindingSummary[]): Promise<number> {
    return this.serial(tabId, async () => {
      if (documentId !== undefined && this.retired.has(documentId)) return (await this.get(tabId)).length;
      const key = frameKey(tabId, frameId);
      if (documentId !== undefined) this.documents.set(key, documentId);
      if (findings.length > 0) await this.session.set({ [key]: findings });
      else await this.session.remove(key);
      return (await this.get(tabId)).length;
    });
  }

  async get(tabId: number): Promise<TabFinding[]> {
    return tabFindings(await this.session.get(null), tabId);
  }

  /** The tab loads a new document or closes: forget its findings and refuse its old documents' reports. */
  clearTab(tabId: number): Promise<void> {
    return this.serial(tabId, async () => {
      for (const [key, documentId] of this.documents) {
        if (!key.startsWith(tabPrefix(tabId))) continue;
        this.retire(documentId);
        this.documents.delete(key);
      }
      const keys = Object.keys(await this.session.get(null)).filter((key) =>
        key.startsWith(tabPrefix(tabId)),
      );
      if (keys.length > 0) await this.session.remove(keys);
    });
  }

  private retire(documentId: string): void {
    this.retired.add(documentId);
    if (this.retired.size > RETIRED_LIMIT) {
      const oldest = this.retired.values().next().value;
      if (oldest !== undefined) this.retired.delete(oldest);
    }
  }

  private serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const result = (this.queues.get(tabId) ?? Promise.resolve()).then(task);
    const done = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(tabId, done);
    void done.then(() => {
      if (this.queues.get(tabId) === done) this.queues.delete(tabId);
    });
    return result;
  }
}
