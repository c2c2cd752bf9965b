/**
 * `--jsonl`: one request per input line, one answer per output line, in order, written as soon as each
 * line is analysed. A bad line gets an error answer and the rest still run.
 */
import type { EngineOptions, Finding } from '../engine/index';

type Analyze = (text: string, options?: Partial<EngineOptions>) => Finding[];

export interface JsonlSummary {
  flagged: boolean;
  errors: number;
}

const NEWLINE = 0x0a;

/** Splits a byte stream on LF; splitting bytes (not text) is safe for UTF-8 and lets each line fail alone. */
export async function* byteLines(stream: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  const joinPending = (tail: Uint8Array): Uint8Array => {
    if (pending.length === 0) return tail;
    const parts = [...pending, tail];
    const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    pending = [];
    return joined;
  };
  for await (const chunk of stream) {
    let from = 0;
    let newline = chunk.indexOf(NEWLINE, from);
    while (newline !== -1) {
      yield joinPending(chunk.subarray(from, newline));
      from = newline + 1;
      newline = chunk.indexOf(NEWLINE, from);
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length > 0) yield joinPending(new Uint8Array(0));
}

type Answer = { id: unknown; findings: Finding[] } | { id: unknown; error: string };

function answer(
  bytes: Uint8Array,
  lineNumber: number,
  analyze: Analyze,
  options: Partial<EngineOptions>,
): Answer | null {
  let line: string;
  try {
    line = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { id: null, error: `line ${lineNumber}: not valid UTF-8` };
  }
  if (line.trim() === '') return null;
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNumber}: not valid JSON` };
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return { id: null, error: `line ${lineNumber}: expected an object {"id": ..., "text": "..."}` };
  }
  // The id is echoed whenever the line has one, so the caller can match even an error to its request.
  const id = 'id' in request ? request.id : null;
  if (!('text' in request) || typeof request.text !== 'string') {
    return { id, error: `line ${lineNumber}: "text" must be a string` };
  }
  return { id, findings: analyze(request.text, options) };
}

export async function scanJsonl(
  stdin: AsyncIterable<Uint8Array>,
  write: (text: string) => void,
  analyze: Analyze,
  options: Partial<EngineOptions>,
): Promise<JsonlSummary> {
  const summary: JsonlSummary = { flagged: false, errors: 0 };
  let lineNumber = 0;
  for await (const bytes of byteLines(stdin)) {
    lineNumber++;
    const result = answer(bytes, lineNumber, analyze, options);
    if (result === null) continue;
    if ('error' in result) summary.errors++;
    else if (result.findings.length > 0) summary.flagged = true;
    write(`${JSON.stringify(result)}\n`);
  }
  return summary;
}
