import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** npx and tsx start slowly on a busy machine; how fast the engine answers is the benchmark's job. */
const SPAWN_TIMEOUT_MS = 120_000;

/** Runs the CLI as users do, in its own process, through tsx. */
function cli(args: string[], stdin = ''): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('lead-guard in a real process', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lead-guard-cli-'));
    await writeFile(join(dir, 'clean.txt'), 'We met twice this week. She completed her intake.\n');
    await writeFile(join(dir, 'binary.bin'), new Uint8Array([1, 0, 2]));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test(
    'a clean file exits 0; a bad one exits 2 with one line and no stack trace',
    async () => {
      expect(await cli(['scan', join(dir, 'clean.txt')])).toMatchObject({
        status: 0,
        stdout: '',
        stderr: '',
      });
      const bad = await cli(['scan', join(dir, 'binary.bin'), join(dir, 'none.txt')]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe(
        `lead-guard: ${join(dir, 'binary.bin')}: binary file, not text\nlead-guard: ${join(dir, 'none.txt')}: no such file\n`,
      );
    },
    SPAWN_TIMEOUT_MS,
  );

  test(
    'an unknown flag exits 2 with a usage hint',
    async () => {
      const outcome = await cli(['scan', '--nope']);
      expect(outcome.status).toBe(2);
      expect(outcome.stderr).toMatch(/^lead-guard: .*--nope.*--help.*\n$/);
    },
    SPAWN_TIMEOUT_MS,
  );

  test(
    '--jsonl answers 1,000 lines in order from one process',
    async () => {
      const requests = Array.from({ length: 1000 }, (_, i) =>
        JSON.stringify({
          id: i,
          text: `Update ${i}: we met on Tuesday and she completed her intake. Her next step is SSI.`,
        }),
      );
      const outcome = await cli(['scan', '--jsonl'], `${requests.join('\n')}\n`);
      expect(outcome.stderr).toBe('');
      const ids = outcome.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id);
      expect(ids).toEqual(requests.map((_, i) => i));
    },
    SPAWN_TIMEOUT_MS,
  );
});
