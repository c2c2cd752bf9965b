/** Command-line parsing: turns argv into a command, or a usage error worded for the user. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EngineOptions } from '../engine/index';

export const USAGE = `Usage: lead-guard scan [options] [FILE...]

Checks text for sentences that could reveal a participant's law violation or problem activity.
Reads .txt (UTF-8), .docx and .pdf files; standard input when no FILE (or "-") is given.

Options:
  --json            one JSON document per file: {"file": ..., "findings": [...]}
  --jsonl           read JSON lines {"id": ..., "text": "..."} from standard input and write
                    {"id": ..., "findings": [...]} for each, in order
  --fix             print the text with flagged sentences replaced by the approved wording
  --out PATH        with --fix and one FILE: write a corrected copy to PATH instead (.docx keeps
                    its formatting; a .pdf's corrected text is written as text)
  --in-place        with --fix: replace each .txt or .docx FILE with its corrected copy
  --level LEVEL     standard (default) or strict (also flags compliance statements)
  --allow PHRASE    never flag this phrase (repeatable)
  --wording TEXT    the approved wording used by --fix
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 nothing flagged, 1 something flagged, 2 bad input or usage.
`;

export type OutputMode = 'lines' | 'json' | 'jsonl' | 'fix';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'scan';
      mode: OutputMode;
      files: string[];
      options: Partial<EngineOptions>;
      /** With --fix: where corrected copies go (`--out`, or each input itself with `--in-place`). */
      write?: { out: string } | { inPlace: true };
    };

export class UsageError extends Error {
  override name = 'UsageError';
}

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  fix: { type: 'boolean' },
  level: { type: 'string' },
  allow: { type: 'string', multiple: true },
  wording: { type: 'string' },
  out: { type: 'string' },
  'in-place': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The first sentence of Node's message, without its full stop (the caller punctuates). */
function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return (end === -1 ? message : message.slice(0, end)).replace(/\.$/, '');
}

function outputMode(values: { json?: boolean; jsonl?: boolean; fix?: boolean }): OutputMode {
  const chosen = (['json', 'jsonl', 'fix'] as const).filter((mode) => values[mode] === true);
  if (chosen.length > 1) throw new UsageError(`choose one of --${chosen.join(', --')}`);
  return chosen[0] ?? 'lines';
}

function engineOptions(values: {
  level?: string;
  allow?: string[];
  wording?: string;
}): Partial<EngineOptions> {
  const options: Partial<EngineOptions> = {};
  if (values.level !== undefined) {
    if (values.level !== 'standard' && values.level !== 'strict') {
      throw new UsageError(`--level must be standard or strict, not '${values.level}'`);
    }
    options.level = values.level;
  }
  if (values.allow !== undefined) options.allowPhrases = values.allow;
  if (values.wording !== undefined) {
    if (values.wording.trim() === '') throw new UsageError('--wording must not be empty');
    options.wording = values.wording;
  }
  return options;
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? firstSentence(error.message) : 'invalid arguments');
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  if (values.version === true) return { kind: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'scan') throw new UsageError(`unknown command '${command}'`);
  const mode = outputMode(values);
  if (mode === 'jsonl' && files.length > 0)
    throw new UsageError('--jsonl reads standard input; give no files');
  const inputs = files.length === 0 ? ['-'] : files;
  const write = writeTarget(mode, inputs, values.out, values['in-place'] === true);
  return { kind: 'scan', mode, files: inputs, options: engineOptions(values), ...(write ? { write } : {}) };
}

/** Corrected copies never overwrite an input unless --in-place says so. */
function writeTarget(
  mode: OutputMode,
  files: readonly string[],
  out: string | undefined,
  inPlace: boolean,
): { out: string } | { inPlace: true } | undefined {
  if (out === undefined && !inPlace) return undefined;
  const flag = out === undefined ? '--in-place' : '--out';
  if (mode !== 'fix') throw new UsageError(`${flag} needs --fix`);
  if (files.includes('-')) throw new UsageError(`${flag} needs input files, not standard input`);
  if (out !== undefined && inPlace) throw new UsageError('choose one of --out, --in-place');
  if (inPlace) {
    const pdf = files.find((file) => file.toLowerCase().endsWith('.pdf'));
    if (pdf !== undefined)
      throw new UsageError(`${pdf}: a PDF cannot be corrected in place; use --out FILE.txt`);
    return { inPlace: true };
  }
  if (out === undefined || out.trim() === '') throw new UsageError('--out needs a path');
  if (files.length !== 1) throw new UsageError('--out takes exactly one input file');
  if (resolve(out) === resolve(files[0] ?? '')) {
    throw new UsageError(`--out ${out} would overwrite the input; use --in-place to do that`);
  }
  return { out };
}
