/**
 * The record of files attached on this page that LEAD Guard checked or is checking, so a Send can be held for
 * a flagged attachment as for flagged text. For each file: the file input it was chosen in, if any, and where
 * it belongs. A file input inside a compose region or form, or a drop or paste onto a field of one, belongs
 * there (`anchor`); a file whose compose cannot be told belongs to the page, and every Send of the page
 * carries it.
 */
import type { FlaggedPassage } from '../../documents/index';
import type { ChosenFiles } from '../contracts';
import { composeRegionOf, regionHolds } from '../send/compose-region';

export type CheckResult =
  | { kind: 'clean' }
  | {
      kind: 'flagged';
      passages: readonly FlaggedPassage[];
      /** Builds and downloads the corrected copy; resolves to a line telling the writer what happened. */
      download: () => Promise<string>;
      /** Takes the file's notice away, once the file is no longer attached. */
      dismiss: () => void;
    }
  /** The file's text could not be read; its notice told the writer so. */
  | { kind: 'unreadable' }
  /** The check itself could not run. */
  | { kind: 'failed' };

/** One check of one file. Records of the same file (a drop on an input, then its change) share it. */
export interface FileCheck {
  readonly file: File;
  readonly done: Promise<CheckResult>;
  /** Null while the check runs. */
  result(): CheckResult | null;
  /** The first result counts. */
  settle(result: CheckResult): void;
}

export interface AttachedFile {
  readonly file: File;
  /** The file input it was chosen in or dropped on; null when it was dropped or pasted elsewhere. */
  readonly input: HTMLInputElement | null;
  /** The input or field it came by, when that is inside a compose region or form; null for the page. */
  readonly anchor: Element | null;
  readonly check: FileCheck;
}

/** The same file noticed again this soon (a drop on a file input, then its change) is not checked twice. */
export const REPEAT_WINDOW_MS = 2000;

/** Files are told apart as the writer sees them: the same name, size and date is the same file. */
export function fileKey(file: File): string {
  return `${file.name}|${file.size}|${file.lastModified}`;
}

export function createCheck(file: File): FileCheck {
  let result: CheckResult | null = null;
  let resolve: (result: CheckResult) => void = () => {};
  const done = new Promise<CheckResult>((settle) => {
    resolve = settle;
  });
  return {
    file,
    done,
    result: () => result,
    settle(settled) {
      if (result) return;
      result = settled;
      resolve(settled);
    },
  };
}

/** `element` if it sits in a compose region or form; null when only the page as a whole holds it. */
function anchorOf(element: Element | null): Element | null {
  if (!element?.isConnected) return null;
  const region = composeRegionOf(element);
  const doc = element.ownerDocument;
  return region && region !== doc.body && region !== doc.documentElement ? element : null;
}

/** True while the file is still in the input it was chosen in: the guard can take it out again. */
export function stillInInput(entry: AttachedFile): boolean {
  const { input } = entry;
  if (!input?.isConnected) return false;
  const key = fileKey(entry.file);
  return [...(input.files ?? [])].some((file) => fileKey(file) === key);
}

export class AttachedFiles {
  private entries: AttachedFile[] = [];
  private readonly recent = new Map<string, { check: FileCheck; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Notes one choice, drop or paste; returns the checks to run (a file checked just now is not checked again). */
  note({ files, origin }: ChosenFiles): FileCheck[] {
    const input = origin.kind === 'input' ? origin.input : null;
    const anchor = anchorOf(origin.kind === 'input' ? origin.input : origin.target);
    // A new choice in a file input replaces everything it held.
    if (input) this.entries = this.entries.filter((entry) => entry.input !== input);
    const started: FileCheck[] = [];
    for (const file of files) {
      const key = fileKey(file);
      const check = this.checkFor(file, started);
      this.entries = this.entries.filter(
        (entry) => !(entry.input === input && entry.anchor === anchor && fileKey(entry.file) === key),
      );
      this.entries.push({ file, input, anchor, check });
    }
    return started;
  }

  /** The files a Send of `root` carries: those that came by an input or field inside it, and the page's own. */
  within(root: Element): AttachedFile[] {
    // A compose or form that left the page took its files with it.
    this.entries = this.entries.filter((entry) => entry.anchor === null || entry.anchor.isConnected);
    return this.entries.filter((entry) => entry.anchor === null || regionHolds(root, entry.anchor));
  }

  forget(entry: AttachedFile): void {
    this.entries = this.entries.filter((known) => known !== entry);
  }

  clear(): void {
    this.entries = [];
    this.recent.clear();
  }

  private checkFor(file: File, started: FileCheck[]): FileCheck {
    const now = this.now();
    for (const [key, seen] of this.recent)
      if (seen.check.result() !== null && now - seen.at >= REPEAT_WINDOW_MS) this.recent.delete(key);
    const key = fileKey(file);
    const seen = this.recent.get(key);
    if (seen) return seen.check;
    const check = createCheck(file);
    this.recent.set(key, { check, at: now });
    started.push(check);
    return check;
  }
}
