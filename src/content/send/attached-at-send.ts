/**
 * The files a Send carries, as the send guard sees them: their outcomes for the decision, waiting for
 * checks still running, what the review lists, and taking flagged ones out of their file inputs.
 */
import {
  type AttachedFile,
  type AttachedFiles,
  type CheckResult,
  stillInInput,
} from '../documents/attached-files';
import { removeFiles } from '../documents/remove-files';
import type { AttachmentOutcome } from './decision';
import type { ReviewAttachment } from './review-dialog';

type Flagged = Extract<CheckResult, { kind: 'flagged' }>;

export interface FlaggedFile {
  entry: AttachedFile;
  result: Flagged;
}

export function outcomeOf(entry: AttachedFile): AttachmentOutcome {
  return entry.check.result()?.kind ?? 'checking';
}

export function flaggedFiles(entries: readonly AttachedFile[]): FlaggedFile[] {
  return entries.flatMap((entry) => {
    const result = entry.check.result();
    return result?.kind === 'flagged' ? [{ entry, result }] : [];
  });
}

export function reviewAttachments(flagged: readonly FlaggedFile[]): ReviewAttachment[] {
  return flagged.map(({ entry, result }) => ({
    name: entry.file.name,
    passages: result.passages,
    removable: stillInInput(entry),
    download: result.download,
  }));
}

/**
 * Waits (at most `ms`) for the checks of `entries` still running, then reads the Send's files again: the
 * writer may have attached another meanwhile. A check that did not finish still reads `checking`.
 */
export async function settleFiles(
  record: AttachedFiles,
  root: Element,
  entries: readonly AttachedFile[],
  ms: number,
): Promise<AttachedFile[]> {
  const running = entries.filter((entry) => entry.check.result() === null).map((entry) => entry.check.done);
  if (running.length > 0) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    await Promise.race([Promise.all(running), expired]);
    clearTimeout(timer);
  }
  return record.within(root);
}

/**
 * Takes the flagged files still in their inputs out (one change per input) and out of the record; returns
 * those removed. A file the page has already taken in stays: only the writer can remove it there.
 */
export function removeFlagged(record: AttachedFiles, flagged: readonly FlaggedFile[]): Set<AttachedFile> {
  const byInput = new Map<HTMLInputElement, FlaggedFile[]>();
  for (const file of flagged) {
    const { input } = file.entry;
    if (input && stillInInput(file.entry)) byInput.set(input, [...(byInput.get(input) ?? []), file]);
  }
  const removed = new Set<AttachedFile>();
  for (const [input, files] of byInput) {
    removeFiles(
      input,
      files.map(({ entry }) => entry.file),
    );
    for (const { entry, result } of files) {
      if (stillInInput(entry)) continue;
      removed.add(entry);
      record.forget(entry);
      result.dismiss();
    }
  }
  return removed;
}

/**
 * After Send anyway: files the page had taken in went out with the message as far as the guard can tell,
 * so they are not listed at the next Send. Files still in an input would go again and stay.
 */
export function forgetTaken(record: AttachedFiles, entries: readonly AttachedFile[]): void {
  for (const entry of entries) if (!stillInInput(entry)) record.forget(entry);
}
