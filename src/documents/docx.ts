/**
 * Word documents (.docx): the main body's paragraphs as text, and a corrected copy with edits written back
 * into the runs. jszip is loaded only when a .docx is actually read.
 */
import type JSZip from 'jszip';
import type { Edit } from '../engine/types';
import { joinBlocks } from './blocks';
import { type DocxParagraph, parseParagraphs, rewriteParagraphs } from './docx-model';
import { DocumentError } from './errors';
import { hasEncryptionInfo, isCompoundFile, isZip } from './kind';
import type { DocumentText } from './types';

const BODY_PART = 'word/document.xml';

export interface DocxContent {
  document: DocumentText;
  /** The paragraph behind each block, same order. */
  paragraphs: DocxParagraph[];
  xml: string;
  zip: JSZip;
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  if (isCompoundFile(bytes)) {
    // Word encrypts a protected .docx into an OLE container; without encryption data it is an old .doc.
    throw new DocumentError(hasEncryptionInfo(bytes) ? 'password' : 'unsupported');
  }
  if (!isZip(bytes)) throw new DocumentError('corrupt');
  const { default: JSZipClass } = await import('jszip');
  try {
    return await JSZipClass.loadAsync(bytes);
  } catch (error) {
    throw new DocumentError('corrupt', { cause: error });
  }
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await openZip(bytes);
  const body = zip.file(BODY_PART);
  if (body === null) throw new DocumentError('corrupt');
  let xml: string;
  try {
    xml = await body.async('string');
  } catch (error) {
    throw new DocumentError('corrupt', { cause: error });
  }
  const paragraphs = parseParagraphs(xml).filter((paragraph) => paragraph.text.trim() !== '');
  const joined = joinBlocks(
    paragraphs.map((paragraph) => paragraph.text),
    (index) => `paragraph ${index + 1}`,
  );
  return { document: { kind: 'docx', ...joined }, paragraphs, xml, zip };
}

/** A new .docx: the same package with the body part rewritten; every other part is copied unchanged. */
export async function writeDocx(
  content: DocxContent,
  edits: ReadonlyMap<DocxParagraph, readonly Edit[]>,
): Promise<Uint8Array> {
  content.zip.file(BODY_PART, rewriteParagraphs(content.xml, edits));
  return content.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
