/**
 * `npm run eval`: measures the engine against the labelled corpus in tests/corpus (format in its README).
 * Prints precision / recall / F1 overall, per category, for hard cases and at the strict level, the passage
 * figures, and the misses; then the rules alone, the model alone and the two combined (the shipped engine) side
 * by side on every set, per category and per register on the calibration set and the holdouts; then whole
 * messages, with the sentences whose violation shows only across sentences counted apart. Holdout misses are
 * hidden unless `--show-holdout-misses` is given: the holdouts measure generalisation, so their sentences
 * should not be read while tuning; `--skip-holdout` leaves their figures out too. Exits 0 whatever the figures
 * (the corpus quality test holds them up); a malformed corpus file is reported and exits 1.
 */
import { classifySentence } from '../src/engine/classify';
import { classifyCombined, modelOnlyClassifier, shippedModel } from '../src/engine/combine';
import { CATEGORIES, type Finding } from '../src/engine/types';
import {
  acrossMessageFiles,
  type Counts,
  calibrationMessageFiles,
  calibrationSentenceFiles,
  categoryDevSets,
  count,
  countCategory,
  holdoutFiles,
  holdoutMessageFiles,
  type MessageScore,
  type PassageRow,
  precision,
  readMessages,
  readPassages,
  readSentences,
  recall,
  run,
  type SentenceRow,
  scoreMessages,
  scorePassages,
  trainingMessageFiles,
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

/** Whole messages: sentences found (across sentences and within one), and clean sentences flagged. */
function reportMessages(file: string, showMisses: boolean): void {
  const rows = readMessages(file);
  const ratio = (found: number, total: number) =>
    `${(total === 0 ? 1 : found / total).toFixed(3)} (${found}/${total})`;
  print(`\n== ${file}: ${rows.length} messages, standard level ==`);
  print(`${''.padEnd(34)} ${ENGINES.map((engine) => engine.name.padEnd(20)).join('  ')}`);
  const scores = ENGINES.map((engine) => scoreMessages(rows, engine.classify));
  const line = (label: string, cell: (score: MessageScore) => string) =>
    print(`${label.padEnd(34)} ${scores.map((score) => cell(score).padEnd(20)).join('  ')}`);
  line('found, only across sentences', ({ cross }) => ratio(cross.found, cross.expected));
  line('found, within one sentence', ({ single }) => ratio(single.found, single.expected));
  line('clean sentences flagged', ({ clean }) => ratio(clean.flagged, clean.sentences));
  const combined = scores.at(-1);
  if (!showMisses || combined === undefined) return;
  for (const { message, sentence } of combined.missed)
    print(`  ${message.id} MISSED${message.cross ? ' (across sentences)' : ''}: ${sentence}`);
  for (const { message, sentence, finding } of combined.falseFlags)
    print(`  ${message.id} FALSE FLAG ${describe([finding])}: ${sentence}`);
}

const ENGINES = [
  { name: 'rules', classify: classifySentence },
  { name: 'model', classify: modelOnlyClassifier(shippedModel) },
  { name: 'combined', classify: classifyCombined },
] as const;

function compact(counts: Counts): string {
  const p = precision(counts);
  const r = recall(counts);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`.padEnd(26);
}

/**
 * Rules alone, model alone and combined, side by side: overall, per category and per register. Figures only,
 * so it is safe on the holdouts; `detail` adds the category and register lines.
 */
function compareEngines(title: string, rows: SentenceRow[], detail: boolean): void {
  if (rows.length === 0) return;
  const outcomes = ENGINES.map((engine) => run(rows, 'standard', engine.classify));
  const line = (label: string, counts: (index: number) => Counts): void =>
    print(`${label.padEnd(22)} ${ENGINES.map((_, i) => compact(counts(i))).join('  ')}`);
  print(`\n== ${title}: ${rows.length} rows, standard level ==`);
  print(`${''.padEnd(22)} ${ENGINES.map((engine) => engine.name.padEnd(26)).join('  ')}`);
  line('overall', (i) => count(outcomes[i] ?? [], 'standard'));
  if (!detail) return;
  for (const category of CATEGORIES) line(category, (i) => countCategory(outcomes[i] ?? [], category));
  const registers = [...new Set(rows.flatMap((row) => (row.register ? [row.register] : [])))].sort();
  for (const register of registers) {
    line(`register ${register}`, (i) =>
      count(
        (outcomes[i] ?? []).filter(({ row }) => row.register === register),
        'standard',
      ),
    );
  }
  if (shippedModel.error()) print(`(model unusable, rules only: ${shippedModel.error()})`);
}

function main(): void {
  const showHoldoutMisses = process.argv.includes('--show-holdout-misses');
  const skipHoldout = process.argv.includes('--skip-holdout');
  reportSentences('sentences.jsonl', readSentences('sentences.jsonl'), true);
  reportPassages(readPassages('passages.jsonl'));
  reportSentences('dev2.jsonl', readSentences('dev2.jsonl'), true);
  for (const file of categoryDevSets()) reportSentences(file, readSentences(file), true);
  if (!skipHoldout) {
    for (const file of holdoutFiles()) reportSentences(file, readSentences(file), showHoldoutMisses);
  }
  print('\n######## rules alone / model alone / combined ########');
  const development = ['sentences.jsonl', 'dev2.jsonl', ...categoryDevSets()];
  for (const file of development) compareEngines(file, readSentences(file), false);
  for (const file of calibrationSentenceFiles())
    compareEngines(`${file} (thresholds chosen here)`, readSentences(file), true);
  if (!skipHoldout) for (const file of holdoutFiles()) compareEngines(file, readSentences(file), true);
  print(
    '\n######## whole messages (the rules column includes the conditions read across sentences) ########',
  );
  for (const file of [...trainingMessageFiles(), ...acrossMessageFiles()]) reportMessages(file, true);
  // Thresholds are chosen on the calibration messages too: figures only, so no one tunes a rule to them.
  for (const file of calibrationMessageFiles()) reportMessages(file, false);
  // Whole messages never tuned on: figures only, like the sentence holdouts.
  if (!skipHoldout) for (const file of holdoutMessageFiles()) reportMessages(file, showHoldoutMisses);
}

try {
  main();
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
