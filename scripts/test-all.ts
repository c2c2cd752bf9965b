/**
 * `npm test`: every check in order — lint, type-check, unit tests, build, the Chromium end-to-end suite and the
 * Firefox suite. A failing step does not hide the ones after it (the browser suites still run after a lint
 * error), except that the browser suites need a build. Exits non-zero when any step failed, and names them.
 */
import { spawnSync } from 'node:child_process';

interface Step {
  script: string;
  /** Steps that must have passed for this one to mean anything. */
  needs?: string[];
}

const STEPS: readonly Step[] = [
  { script: 'lint' },
  { script: 'typecheck' },
  { script: 'test:unit' },
  { script: 'build' },
  { script: 'test:e2e', needs: ['build'] },
  { script: 'test:firefox' },
];

const failed: string[] = [];
for (const step of STEPS) {
  const missing = (step.needs ?? []).filter((need) => failed.includes(need));
  if (missing.length > 0) {
    process.stdout.write(`\n> ${step.script}: not run, because ${missing.join(', ')} failed\n`);
    failed.push(step.script);
    continue;
  }
  process.stdout.write(`\n> npm run ${step.script}\n`);
  const result = spawnSync('npm', ['run', '--silent', step.script], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(step.script);
}

if (failed.length > 0) {
  process.stdout.write(`\nFailed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('\nEvery step passed.\n');
}
