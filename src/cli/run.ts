/**
 * `lead-guard`: runs one command against injected io and returns the exit status
 * (0 nothing flagged, 1 something flagged, 2 bad input or usage).
 */
import { version } from '../../package.json';
import { analyze, type EngineOptions, type Finding, rewrite } from '../engine/index';
import { type Command, parseCommand, USAGE, UsageError } from './args';
import { writeCorrectedFile } from './fix-file';
import { reportLines } from './format';
import { InputError, readInput, STDIN_NAME } from './input';
import type { CliIo } from './io';
import { scanJsonl } from './jsonl';

export const EXIT_CLEAN = 0;
export const EXIT_FLAGGED = 1;
export const EXIT_BAD_INPUT = 2;

type Analyze = (text: string, options?: Partial<EngineOptions>) => Finding[];
type ScanCommand = Extract<Command, { kind: 'scan' }>;

function report(command: ScanCommand, file: string, text: string, findings: Finding[]): string {
  switch (command.mode) {
    case 'json':
      return `${JSON.stringify({ file, findings })}\n`;
    case 'fix':
      return rewrite(text, findings, command.options).text;
    default:
      return reportLines(file, text, findings)
        .map((line) => `${line}\n`)
        .join('');
  }
}

async function scanFiles(command: ScanCommand, io: CliIo, analyzeText: Analyze): Promise<number> {
  let flagged = false;
  let badInput = false;
  for (const path of command.files) {
    let text: string;
    try {
      text = await readInput(path, io);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // One unreadable file is reported and the others still scanned; the exit status says it happened.
      io.stderr(`lead-guard: ${error.message}\n`);
      badInput = true;
      continue;
    }
    const findings = analyzeText(text, command.options);
    if (findings.length > 0) flagged = true;
    if (command.write !== undefined) {
      const target = 'out' in command.write ? command.write.out : path;
      try {
        io.stderr(`lead-guard: ${await writeCorrectedFile(path, target, findings, command.options, io)}\n`);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        io.stderr(`lead-guard: ${error.message}\n`);
        badInput = true;
      }
      continue;
    }
    io.stdout(report(command, path === '-' ? STDIN_NAME : path, text, findings));
  }
  if (badInput) return EXIT_BAD_INPUT;
  return flagged ? EXIT_FLAGGED : EXIT_CLEAN;
}

export async function run(
  argv: readonly string[],
  io: CliIo,
  analyzeText: Analyze = analyze,
): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`lead-guard: ${error.message}. Run 'lead-guard --help' for usage.\n`);
    return EXIT_BAD_INPUT;
  }
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${version}\n`);
      return EXIT_CLEAN;
    case 'scan': {
      if (command.mode !== 'jsonl') return scanFiles(command, io, analyzeText);
      const summary = await scanJsonl(io.stdin, io.stdout, analyzeText, command.options);
      if (summary.errors > 0) return EXIT_BAD_INPUT;
      return summary.flagged ? EXIT_FLAGGED : EXIT_CLEAN;
    }
  }
}
