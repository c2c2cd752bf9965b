/** Why a document could not be checked. Every reading failure becomes one of these, never a raw exception. */

export type DocumentErrorCode = 'unsupported' | 'too-large' | 'password' | 'corrupt' | 'no-text' | 'encoding';

const MESSAGES: Record<DocumentErrorCode, string> = {
  unsupported: 'This type of file cannot be checked. LEAD Guard reads .txt, .docx and .pdf files.',
  'too-large': 'This file is larger than 20 MB, too large to check.',
  password: 'This file is password-protected, so its text cannot be read.',
  corrupt: 'This file is damaged or not what its name says, so its text cannot be read.',
  'no-text': 'This file has no text layer (it looks like a scan or images), so its words cannot be read.',
  encoding: 'This text file is not valid UTF-8, so its words cannot be read reliably.',
};

export class DocumentError extends Error {
  override readonly name = 'DocumentError';

  constructor(
    readonly code: DocumentErrorCode,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[code], options);
  }
}

export function isDocumentError(value: unknown): value is DocumentError {
  return value instanceof DocumentError;
}
