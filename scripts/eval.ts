/**
 * `npm run eval`: measures the engine against the labelled corpus in tests/corpus (format in its README).
 * Prints precision / recall / F1 overall, per category, for hard cases and at the strict level, the passage
 * figures, and the misses. Holdout misses are hidden unless `--show-holdout-misses` is given: the holdout set
 * measures generalisation, so its sentences should not be read while tuning rules; `--skip-holdout` leaves its
 * figures out too, for tuning sessions that should not steer by them. Exits 0 whatever the figures (the corpus
 * quality test holds them up); a malformed corpus file is reported and exits 1.
 */
import { CATEGORIES, type Finding } from '../src/engine/types';
import {
  type Counts,
  categoryDevSets,
  count,
  countCategory,
  type PassageRow,
  precision,
  readPassages,
  readSentences,
  recall,
  run,
  type SentenceRow,
  scorePassages,
} from './corpus';

/** A report line on stdout (the project's lint keeps console.log out of the code). */
function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function scores(counts: Counts): string {
  const p = precision(counts);
  const r = recall(counts);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const cell = (value: number) => value.toFixed(3).padStart(6);
  return `P ${cell(p)}  R ${cell(r)}  F1 ${cell(f1)}   (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})`;
}

function describe(findings: Finding[]): string {
  const first = findings[0];
  return first ? `${first.category}/${first.severity} ${first.ruleId} "${first.trigger}"` : 'nothing';
}

function reportSentences(title: string, rows: SentenceRow[], showMisses: boolean): void {
  if (rows.length === 0) return;
  const standard = run(rows, 'standard');
  print(`\n== ${title}: ${rows.length} rows ==`);
  print(`overall          ${scores(count(standard, 'standard'))}`);
  print(
    `hard             ${scores(
      count(
        standard.filter(({ row }) => row.hard),
        'standard',
      ),
    )}`,
  );
  for (const category of CATEGORIES) {
    print(`${category.padEnd(16)} ${scores(countCategory(standard, category))}`);
  }
  const strictRows = rows.filter((row) => row.strict === 'flag' || row.label === 'flag');
  const strict = run(strictRows.length > 0 ? rows : [], 'strict');
  print(`strict level     ${scores(count(strict, 'strict'))}`);
  print(
    `strict-only rows ${scores(
      count(
        strict.filter(({ row }) => row.strict === 'flag'),
        'strict',
      ),
    )}`,
  );
  if (!showMisses) {
    print('(misses hidden)');
    return;
  }
  const misses = standard.filter(({ row, findings }) => findings.length > 0 !== (row.label === 'flag'));
  const wrongCategory = standard.filter(
    ({ row, findings }) =>
      row.label === 'flag' && findings.length > 0 && findings[0]?.category !== row.category,
  );
  const strictMisses = strict.filter(({ row, findings }) => row.strict === 'flag' && findings.length === 0);
  for (const { row, findings } of misses) {
    const what =
      row.label === 'flag' ? `FN [${row.category}/${row.kind}]` : `FP [${row.kind}] ${describe(findings)}`;
    print(`  ${row.id} ${what}: ${row.text}`);
  }
  for (const { row, findings } of wrongCategory) {
    print(`  ${row.id} CATEGORY want ${row.category}, got ${describe(findings)}: ${row.text}`);
  }
  for (const { row } of strictMisses) print(`  ${row.id} STRICT FN [${row.kind}]: ${row.text}`);
}

function reportPassages(rows: PassageRow[]): void {
  if (rows.length === 0) return;
  const score = scorePassages(rows);
  print(`\n== passages: ${rows.length} messages, ${score.expected} sentences to flag ==`);
  const found = score.expected === 0 ? 1 : score.found / score.expected;
  print(`sentences found  ${found.toFixed(3)}  (${score.found}/${score.expected})`);
  print(`exact spans      ${score.exactSpans}/${score.found}`);
  print(`false flags      ${score.falseFlags.length}`);
  for (const { passage, sentence } of score.missed) print(`  ${passage.id} MISSED: ${sentence}`);
  for (const { passage, finding } of score.falseFlags) {
    const text = passage.text.slice(finding.start, finding.end);
    print(`  ${passage.id} FALSE FLAG ${describe([finding])}: ${text}`);
  }
}

function main(): void {
  const showHoldoutMisses = process.argv.includes('--show-holdout-misses');
  const skipHoldout = process.argv.includes('--skip-holdout');
  reportSentences('sentences.jsonl', readSentences('sentences.jsonl'), true);
  reportPassages(readPassages('passages.jsonl'));
  reportSentences('dev2.jsonl', readSentences('dev2.jsonl'), true);
  for (const file of categoryDevSets()) reportSentences(file, readSentences(file), true);
  if (!skipHoldout) {
    reportSentences('holdout.jsonl', readSentences('holdout.jsonl'), showHoldoutMisses);
    reportSentences('holdout2.jsonl', readSentences('holdout2.jsonl'), showHoldoutMisses);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
