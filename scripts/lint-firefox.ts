/**
 * `npm run lint:firefox`: addons-linter (through web-ext) on dist-firefox/. Fails on any error and on any
 * warning that firefox-lint-policy.ts does not explain.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LintMessage, type LintReport, lintFailures } from './firefox-lint-policy';

const ROOT = resolve(import.meta.dirname, '..');
/** dist-firefox/ unless another build folder is named on the command line. */
const SOURCE_DIR = resolve(ROOT, process.argv[2] ?? 'dist-firefox');

function isMessageList(value: unknown): value is LintMessage[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof Reflect.get(item, 'code') === 'string' &&
        typeof Reflect.get(item, 'message') === 'string',
    )
  );
}

function parseReport(output: string): LintReport {
  const parsed: unknown = JSON.parse(output);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('web-ext lint printed no report');
  const [errors, warnings, notices] = ['errors', 'warnings', 'notices'].map((key) =>
    Reflect.get(parsed, key),
  );
  if (!isMessageList(errors) || !isMessageList(warnings) || !isMessageList(notices)) {
    throw new Error('web-ext lint printed a report of an unknown shape');
  }
  return { errors, warnings, notices };
}

function main(): void {
  if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
    console.error(`lint:firefox: no build in ${SOURCE_DIR}: run \`npm run build:firefox\` first.`);
    process.exitCode = 1;
    return;
  }
  const run = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'web-ext'),
    ['lint', '--source-dir', SOURCE_DIR, '--output', 'json'],
    {
      encoding: 'utf8',
    },
  );
  const report = parseReport(run.stdout);
  const failures = lintFailures(report);
  for (const failure of failures) {
    console.error(`${failure.code} ${failure.file ?? ''}: ${failure.message}`);
  }
  const explained =
    report.warnings.length - failures.filter((failure) => report.warnings.includes(failure)).length;
  console.warn(
    `lint:firefox: ${report.errors.length} errors, ${report.warnings.length} warnings (${explained} explained in the README), ${report.notices.length} notices.`,
  );
  if (failures.length > 0) process.exitCode = 1;
}

main();
