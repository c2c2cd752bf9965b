/**
 * `npm run eval`: measures the engine against the labelled corpus in tests/corpus (format in its README).
 * Prints precision / recall / F1 overall, per category, for hard cases and at the strict level, the passage
 * figures, and the misses. Holdout misses are hidden unless `--show-holdout-misses` is given: the holdout set
 * measures generalisation, so its sentences should not be read while tuning rules; `--skip-holdout` leaves its
 * figures out too, for tuning sessions that should not steer by them. Always exits 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/engine/index';
import { CATEGORIES, type Category, type Finding, type Level } from '../src/engine/types';

/** A report line on stdout (the project's lint keeps console.log out of the code). */
function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

const CORPUS = join(import.meta.dirname, '..', 'tests', 'corpus');

interface SentenceRow {
  id: string;
  text: string;
  label: 'flag' | 'allow';
  category: Category | null;
  kind: string;
  hard: boolean;
  strict?: 'flag';
}

interface PassageRow {
  id: string;
  text: string;
  flag: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCategory(value: unknown): value is Category {
  return CATEGORIES.some((category) => category === value);
}

function toSentenceRow(value: unknown): SentenceRow | null {
  if (!isRecord(value)) return null;
  const { id, text, label, category, kind, hard, strict } = value;
  if (typeof id !== 'string' || typeof text !== 'string') return null;
  if (label !== 'flag' && label !== 'allow') return null;
  return {
    id,
    text,
    label,
    category: isCategory(category) ? category : null,
    kind: typeof kind === 'string' ? kind : '',
    hard: hard === true,
    ...(strict === 'flag' ? { strict } : {}),
  };
}

function toPassageRow(value: unknown): PassageRow | null {
  if (!isRecord(value)) return null;
  const { id, text, flag } = value;
  if (typeof id !== 'string' || typeof text !== 'string' || !Array.isArray(flag)) return null;
  return { id, text, flag: flag.filter((item): item is string => typeof item === 'string') };
}

function readJsonl<T>(file: string, convert: (value: unknown) => T | null): T[] {
  let content: string;
  try {
    content = readFileSync(join(CORPUS, file), 'utf8');
  } catch {
    console.warn(`(${file} not found, skipped)`);
    return [];
  }
  const rows: T[] = [];
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue;
    const row = convert(JSON.parse(line));
    if (row) rows.push(row);
    else console.warn(`(skipped a malformed row in ${file})`);
  }
  return rows;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function scores({ tp, fp, fn }: Counts): string {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const cell = (value: number) => value.toFixed(3).padStart(6);
  return `P ${cell(precision)}  R ${cell(recall)}  F1 ${cell(f1)}   (tp ${tp}, fp ${fp}, fn ${fn})`;
}

interface Outcome {
  row: SentenceRow;
  findings: Finding[];
}

function run(rows: SentenceRow[], level: Level): Outcome[] {
  return rows.map((row) => ({ row, findings: analyze(row.text, { level }) }));
}

function shouldFlag(row: SentenceRow, level: Level): boolean {
  return row.label === 'flag' || (level === 'strict' && row.strict === 'flag');
}

function count(outcomes: Outcome[], level: Level): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { row, findings } of outcomes) {
    const flagged = findings.length > 0;
    if (shouldFlag(row, level)) {
      if (flagged) counts.tp += 1;
      else counts.fn += 1;
    } else if (flagged) counts.fp += 1;
  }
  return counts;
}

function countCategory(outcomes: Outcome[], category: Category): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { row, findings } of outcomes) {
    const found = findings[0]?.category;
    if (row.label === 'flag' && row.category === category) {
      if (found === category) counts.tp += 1;
      else counts.fn += 1;
    } else if (found === category) counts.fp += 1;
  }
  return counts;
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
  let expected = 0;
  let found = 0;
  let falseFlags = 0;
  let exactSpans = 0;
  const lines: string[] = [];
  for (const passage of rows) {
    const findings = analyze(passage.text);
    const targets = passage.flag.map((sentence) => {
      const start = passage.text.indexOf(sentence);
      return { sentence, start, end: start + sentence.length };
    });
    for (const target of targets) {
      expected += 1;
      const hit = findings.find((finding) => finding.start < target.end && finding.end > target.start);
      if (hit) {
        found += 1;
        if (hit.start === target.start && hit.end === target.end) exactSpans += 1;
      } else lines.push(`  ${passage.id} MISSED: ${target.sentence}`);
    }
    for (const finding of findings) {
      if (targets.some((target) => finding.start < target.end && finding.end > target.start)) continue;
      falseFlags += 1;
      const text = passage.text.slice(finding.start, finding.end);
      lines.push(`  ${passage.id} FALSE FLAG ${describe([finding])}: ${text}`);
    }
  }
  print(`\n== passages: ${rows.length} messages, ${expected} sentences to flag ==`);
  print(`sentences found  ${(expected === 0 ? 1 : found / expected).toFixed(3)}  (${found}/${expected})`);
  print(`exact spans      ${exactSpans}/${found}`);
  print(`false flags      ${falseFlags}`);
  for (const line of lines) print(line);
}

const showHoldoutMisses = process.argv.includes('--show-holdout-misses');
const skipHoldout = process.argv.includes('--skip-holdout');
reportSentences('sentences.jsonl', readJsonl('sentences.jsonl', toSentenceRow), true);
reportPassages(readJsonl('passages.jsonl', toPassageRow));
reportSentences('dev2.jsonl', readJsonl('dev2.jsonl', toSentenceRow), true);
// Development sets written one category at a time: dev3-<category>.jsonl.
for (const file of readdirSync(CORPUS).filter((name) => /^dev3-[a-z-]+\.jsonl$/.test(name)).sort()) {
  reportSentences(file, readJsonl(file, toSentenceRow), true);
}
if (!skipHoldout) {
  reportSentences('holdout.jsonl', readJsonl('holdout.jsonl', toSentenceRow), showHoldoutMisses);
  reportSentences('holdout2.jsonl', readJsonl('holdout2.jsonl', toSentenceRow), showHoldoutMisses);
}
