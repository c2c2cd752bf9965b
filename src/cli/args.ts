/** Command-line parsing: turns argv into a command, or a usage error worded for the user. */
import { parseArgs } from 'node:util';
import type { EngineOptions } from '../engine/index';

export const USAGE = `Usage: lead-guard scan [options] [FILE...]

Checks text for sentences that could reveal a participant's law violation or problem activity.
Reads standard input when no FILE (or "-") is given.

Options:
  --json            one JSON document per file: {"file": ..., "findings": [...]}
  --jsonl           read JSON lines {"id": ..., "text": "..."} from standard input and write
                    {"id": ..., "findings": [...]} for each, in order
  --fix             print the text with flagged sentences replaced by the approved wording
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
  | { kind: 'scan'; mode: OutputMode; files: string[]; options: Partial<EngineOptions> };

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
  return { kind: 'scan', mode, files: files.length === 0 ? ['-'] : files, options: engineOptions(values) };
}
