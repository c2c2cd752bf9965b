/** Plain-text files: strict decoding (a wrong guess would misplace every offset) and blank-line paragraphs. */

import { paragraphBlocks } from './blocks';
import { DocumentError } from './errors';
import type { DocumentText } from './types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The file began with a byte-order mark; a corrected copy keeps it. */
  bom: boolean;
}

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  return { encoding: 'utf-8', bom: false };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bom } = bomEncoding(bytes);
  try {
    // TextDecoder drops the BOM itself (ignoreBOM false).
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new DocumentError('encoding');
    return { text, encoding, bom };
  } catch (error) {
    throw error instanceof DocumentError ? error : new DocumentError('encoding', { cause: error });
  }
}

/** UTF-8 output (with the BOM when the original had one); UTF-16 input is written as UTF-8. */
export function encodeText(text: string, bom: boolean): Uint8Array {
  return new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
}

export function readTxt(bytes: Uint8Array): DocumentText {
  const { text } = decodeText(bytes);
  return { kind: 'txt', text, blocks: paragraphBlocks(text) };
}
