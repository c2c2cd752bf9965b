/** One entry point for every supported file: picks the reader, and turns any failure into a DocumentError. */
import { readDocx } from './docx';
import { DocumentError } from './errors';
import { kindFromName } from './kind';
import { readPdf } from './pdf';
import { readTxt } from './txt';
import { type DocumentText, MAX_DOCUMENT_BYTES } from './types';

/** Rejects (with a DocumentError) for files that cannot be checked; never throws anything else. */
export async function readDocument(bytes: Uint8Array, name: string): Promise<DocumentText> {
  const kind = kindFromName(name);
  if (kind === null) throw new DocumentError('unsupported');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new DocumentError('too-large');
  try {
    if (kind === 'txt') return readTxt(bytes);
    if (kind === 'docx') return (await readDocx(bytes)).document;
    return await readPdf(bytes);
  } catch (error) {
    throw error instanceof DocumentError ? error : new DocumentError('corrupt', { cause: error });
  }
}
