/** What reading a document yields: its plain text and where each paragraph or page lies in it. Pure data. */

export const DOCUMENT_KINDS = ['txt', 'docx', 'pdf'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Files larger than this are not read: a court filing is far smaller, and reading blocks memory. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** A paragraph (.txt, .docx) or a page (.pdf): where a passage is, in words the writer can find. */
export interface DocumentBlock {
  /** UTF-16 offsets into `DocumentText.text`. */
  start: number;
  end: number;
  /** "paragraph 3", "page 2". */
  label: string;
}

export interface DocumentText {
  kind: DocumentKind;
  /** Blocks joined by a blank line, so the engine never lets a sentence run from one block into the next. */
  text: string;
  blocks: DocumentBlock[];
}

/** A corrected copy, ready to save or download. */
export interface CorrectedDocument {
  /** Suggested file name ("report (corrected).docx"). */
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  /** Number of flagged passages that were replaced. */
  replaced: number;
}
