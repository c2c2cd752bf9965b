/**
 * The labelled corpus in tests/corpus (format in its README): reading it and scoring the engine against it.
 * Shared by `npm run eval`, which prints the figures, and the corpus quality test, which holds them up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/engine/index';
import { CATEGORIES, type Category, type Finding, type Level } from '../src/engine/types';

export const CORPUS = join(import.meta.dirname, '..', 'tests', 'corpus');

export interface SentenceRow {
  id: string;
  text: string;
  label: 'flag' | 'allow';
  category: Category | null;
  kind: string;
  hard: boolean;
  strict?: 'flag';
}

export interface PassageRow {
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
  if (label === 'flag' && !isCategory(category)) return null;
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
  const sentences = flag.filter((item): item is string => typeof item === 'string');
  // Every sentence to flag must be found in the message, or the passage cannot be scored.
  return sentences.every((sentence) => text.includes(sentence)) ? { id, text, flag: sentences } : null;
}

/** Reads a JSON Lines file of the corpus; a malformed row is an error that names the file and line. */
function readJsonl<T>(file: string, convert: (value: unknown) => T | null): T[] {
  const lines = readFileSync(join(CORPUS, file), 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    if (line.trim() === '') return [];
    const row = convert(JSON.parse(line));
    if (!row) throw new Error(`${file}:${index + 1}: malformed row`);
    return [row];
  });
}

export const readSentences = (file: string): SentenceRow[] => readJsonl(file, toSentenceRow);
export const readPassages = (file: string): PassageRow[] => readJsonl(file, toPassageRow);

/** Development sets written one category at a time: dev3-<category>.jsonl. */
export function categoryDevSets(): string[] {
  return readdirSync(CORPUS)
    .filter((name) => /^dev3-[a-z-]+\.jsonl$/.test(name))
    .sort();
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const precision = ({ tp, fp }: Counts): number => (tp + fp === 0 ? 1 : tp / (tp + fp));
export const recall = ({ tp, fn }: Counts): number => (tp + fn === 0 ? 1 : tp / (tp + fn));

export interface Outcome {
  row: SentenceRow;
  findings: Finding[];
}

export function run(rows: readonly SentenceRow[], level: Level): Outcome[] {
  return rows.map((row) => ({ row, findings: analyze(row.text, { level }) }));
}

function shouldFlag(row: SentenceRow, level: Level): boolean {
  return row.label === 'flag' || (level === 'strict' && row.strict === 'flag');
}

/** Flagged or not, whatever the category. */
export function count(outcomes: readonly Outcome[], level: Level): Counts {
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

/** A flag row counts for its category only when the first finding names that category. */
export function countCategory(outcomes: readonly Outcome[], category: Category): Counts {
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

export interface PassageScore {
  expected: number;
  found: number;
  exactSpans: number;
  /** Findings outside every sentence to flag, with the passage they came from. */
  falseFlags: { passage: PassageRow; finding: Finding }[];
  missed: { passage: PassageRow; sentence: string }[];
}

export function scorePassages(rows: readonly PassageRow[]): PassageScore {
  const score: PassageScore = { expected: 0, found: 0, exactSpans: 0, falseFlags: [], missed: [] };
  for (const passage of rows) {
    const findings = analyze(passage.text);
    const targets = passage.flag.map((sentence) => {
      const start = passage.text.indexOf(sentence);
      return { sentence, start, end: start + sentence.length };
    });
    for (const target of targets) {
      score.expected += 1;
      const hit = findings.find((finding) => finding.start < target.end && finding.end > target.start);
      if (!hit) {
        score.missed.push({ passage, sentence: target.sentence });
        continue;
      }
      score.found += 1;
      if (hit.start === target.start && hit.end === target.end) score.exactSpans += 1;
    }
    for (const finding of findings) {
      if (!targets.some((target) => finding.start < target.end && finding.end > target.start))
        score.falseFlags.push({ passage, finding });
    }
  }
  return score;
}
