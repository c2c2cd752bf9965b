/**
 * Corrected copies: flagged passages replaced by the approved wording, the way the engine rewrites typed
 * text. A .docx keeps its formatting, a .txt its encoding mark; a PDF cannot be edited faithfully, so it
 * becomes a .txt that says the PDF must be regenerated.
 */
import { rewrite } from '../engine/index';
import type { Edit, EngineOptions, Finding } from '../engine/types';
import { readDocx, writeDocx } from './docx';
import type { DocxParagraph } from './docx-model';
import { DocumentError } from './errors';
import { kindFromName } from './kind';
import { readPdf } from './pdf';
import { decodeText, encodeText } from './txt';
import type { CorrectedDocument, DocumentBlock } from './types';

const TEXT_MIME = 'text/plain;charset=utf-8';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function correctedName(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  return `${base} (corrected).${extension}`;
}

/** The first line of a corrected copy of a PDF. */
export function pdfNote(name: string): string {
  const fileName = name.split(/[\\/]/).pop() ?? name;
  return `NOTE: corrected text of "${fileName}". The PDF itself was not changed: regenerate the PDF from this text before you file or send it.`;
}

function withinBlock(finding: Finding, block: DocumentBlock): boolean {
  return finding.start >= block.start && finding.end <= block.end;
}

async function correctDocx(
  bytes: Uint8Array,
  findings: readonly Finding[],
  options: Partial<EngineOptions>,
): Promise<{ bytes: Uint8Array; replaced: number }> {
  const content = await readDocx(bytes);
  const edits = new Map<DocxParagraph, Edit[]>();
  let replaced = 0;
  content.document.blocks.forEach((block, index) => {
    const paragraph = content.paragraphs[index];
    const inBlock = findings.filter((finding) => withinBlock(finding, block));
    if (paragraph === undefined || inBlock.length === 0) return;
    const relative = inBlock.map((finding) => ({
      ...finding,
      start: finding.start - block.start,
      end: finding.end - block.start,
    }));
    const result = rewrite(paragraph.text, relative, options);
    if (result.edits.length === 0) return;
    edits.set(paragraph, result.edits);
    replaced += inBlock.length;
  });
  return { bytes: await writeDocx(content, edits), replaced };
}

/**
 * A corrected copy of the file. `findings` are offsets into the text `readDocument` gives for the same
 * bytes (the caller has usually shown them to the writer already). Rejects with a DocumentError only.
 */
export async function correctDocument(
  bytes: Uint8Array,
  name: string,
  findings: readonly Finding[],
  options: Partial<EngineOptions> = {},
): Promise<CorrectedDocument> {
  const kind = kindFromName(name);
  try {
    if (kind === 'docx') {
      const corrected = await correctDocx(bytes, findings, options);
      return { name: correctedName(name, 'docx'), mimeType: DOCX_MIME, ...corrected };
    }
    if (kind === 'txt') {
      const decoded = decodeText(bytes);
      const result = rewrite(decoded.text, findings, options);
      const replaced = result.edits.length > 0 ? findings.length : 0;
      return {
        name: correctedName(name, 'txt'),
        mimeType: TEXT_MIME,
        bytes: encodeText(result.text, decoded.bom),
        replaced,
      };
    }
    if (kind === 'pdf') {
      const document = await readPdf(bytes);
      const result = rewrite(document.text, findings, options);
      const text = `${pdfNote(name)}\n\n${result.text}\n`;
      const replaced = result.edits.length > 0 ? findings.length : 0;
      return {
        name: correctedName(name, 'txt'),
        mimeType: TEXT_MIME,
        bytes: encodeText(text, false),
        replaced,
      };
    }
  } catch (error) {
    throw error instanceof DocumentError ? error : new DocumentError('corrupt', { cause: error });
  }
  throw new DocumentError('unsupported');
}
