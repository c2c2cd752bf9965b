/**
 * `--fix --out PATH` / `--fix --in-place`: writes a corrected copy of a .txt or .docx (a PDF's corrected
 * text goes to a .txt with a note that the PDF must be regenerated), using the findings already reported.
 */
import { correctDocument, isDocumentError } from '../documents/index';
import type { EngineOptions, Finding } from '../engine/index';
import { InputError } from './input';
import type { CliIo } from './io';

function errorCode(error: unknown): string {
  const code: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' ? ` (${code})` : '';
}

/** Resolves to a one-line summary; rejects with an InputError the user can act on. */
export async function writeCorrectedFile(
  source: string,
  target: string,
  findings: readonly Finding[],
  options: Partial<EngineOptions>,
  io: CliIo,
): Promise<string> {
  let corrected: Awaited<ReturnType<typeof correctDocument>>;
  try {
    corrected = await correctDocument(await io.readFile(source), source, findings, options);
  } catch (error) {
    throw new InputError(`${source}: ${isDocumentError(error) ? error.message : 'cannot be corrected'}`);
  }
  try {
    await io.writeFile(target, corrected.bytes);
  } catch (error) {
    throw new InputError(`${target}: cannot write${errorCode(error)}`);
  }
  const count = corrected.replaced;
  return `${target}: written, ${count} passage${count === 1 ? '' : 's'} replaced`;
}
