/**
 * Reads a named input into text, refusing what is not UTF-8 text. The seam where readers for other
 * formats (.docx, .pdf) plug in: dispatch on the path, return plain text.
 */
import { isDocumentError, kindFromName, readDocument } from '../documents/index';
import type { CliIo } from './io';

/** Bad input the user can fix; reported as one line, never with a stack trace. */
export class InputError extends Error {
  override name = 'InputError';
}

export const STDIN_NAME = '<stdin>';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file',
  ELOOP: 'too many symbolic links',
};

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

/** UTF-8 text or an InputError: NUL bytes mean a binary file, and malformed UTF-8 is not guessed at. */
function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name}: binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    length += chunk.length;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The text of `path`, or of standard input for `-`. */
export async function readInput(path: string, io: CliIo): Promise<string> {
  if (path === '-') return decodeText(await readAll(io.stdin), STDIN_NAME);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = errorCode(error);
    const reason = code === undefined ? undefined : READ_ERRORS[code];
    throw new InputError(`${path}: ${reason ?? `cannot read file${code === undefined ? '' : ` (${code})`}`}`);
  }
  const kind = kindFromName(path);
  if (kind === 'docx' || kind === 'pdf') return documentText(bytes, path);
  return decodeText(bytes, path);
}

/** The text of a .docx or .pdf, paragraphs and pages separated by blank lines. */
async function documentText(bytes: Uint8Array, path: string): Promise<string> {
  try {
    return (await readDocument(bytes, path)).text;
  } catch (error) {
    throw new InputError(`${path}: ${isDocumentError(error) ? error.message : 'cannot be read'}`);
  }
}
