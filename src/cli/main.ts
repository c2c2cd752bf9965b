/** Process entry of the CLI: wires Node's streams and file system into `run`. */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';
import { run } from './run';

// A reader that stops early (`lead-guard scan x | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path),
    writeFile: writeFileAtomic,
  });
} catch (error) {
  process.stderr.write(
    `lead-guard: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
}
