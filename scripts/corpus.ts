/**
 * The labelled corpus in tests/corpus (format in its README): reading it and scoring the engine against it.
 * Shared by `npm run eval`, which prints the figures, and the corpus quality test, which holds them up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Classifier, createAnalyzer } from '../src/engine/index';
import { CONDITION_RULES, type ConditionKind } from '../src/engine/passage/conditions';
import { segment } from '../src/engine/segment';
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
  /** Who the message is written to or in what voice (calibration and newer sets); optional. */
  register?: string;
}

/**
 * A whole message for training: the exact sentences to flag and their categories (same order). `cross` marks a
 * message whose conduct is only revealed across sentences (a condition named in one, broken in another), so no
 * single sentence carries the label and the trainer skips it.
 */
export interface MessageRow {
  id: string;
  text: string;
  flag: string[];
  categories: Category[];
  register?: string;
  cross: boolean;
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
  const { id, text, label, category, kind, hard, strict, register } = value;
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
    ...(typeof register === 'string' ? { register } : {}),
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

function toMessageRow(value: unknown): MessageRow | null {
  if (!isRecord(value)) return null;
  const { id, text, flag, categories, register, cross } = value;
  if (
    typeof id !== 'string' ||
    typeof text !== 'string' ||
    !Array.isArray(flag) ||
    !Array.isArray(categories)
  )
    return null;
  const sentences = flag.filter((item): item is string => typeof item === 'string');
  const labels = categories.filter(isCategory);
  if (sentences.length !== flag.length || labels.length !== categories.length) return null;
  if (!sentences.every((sentence) => text.includes(sentence))) return null;
  return {
    id,
    text,
    flag: sentences,
    categories: labels,
    cross: cross === true,
    ...(typeof register === 'string' ? { register } : {}),
  };
}

/** A sentence labelled with the supervision condition it names (conditions.jsonl), or null for none. */
export interface ConditionRow {
  id: string;
  text: string;
  condition: ConditionKind | null;
}

const CONDITION_KINDS: ReadonlySet<string> = new Set(CONDITION_RULES.map((rule) => rule.kind));
const isConditionKind = (value: unknown): value is ConditionKind =>
  typeof value === 'string' && CONDITION_KINDS.has(value);

function toConditionRow(value: unknown): ConditionRow | null {
  if (!isRecord(value)) return null;
  const { id, text, condition } = value;
  if (typeof id !== 'string' || typeof text !== 'string') return null;
  if (condition !== null && !isConditionKind(condition)) return null;
  return { id, text, condition };
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
export const readMessages = (file: string): MessageRow[] => readJsonl(file, toMessageRow);
export const readConditions = (file: string): ConditionRow[] => readJsonl(file, toConditionRow);

/** The corpus files whose names match `pattern`, in name order. */
const filesMatching = (pattern: RegExp): string[] =>
  readdirSync(CORPUS)
    .filter((name) => pattern.test(name))
    .sort();

/** The files of sentences labelled with the condition they name (conditions.jsonl, conditions2.jsonl, …). */
export function conditionFiles(): string[] {
  return filesMatching(/^conditions\d*\.jsonl$/);
}

/** True when tests/corpus holds the file (calibration, holdout3 and messages arrive later). */
export const corpusHas = (file: string): boolean => readdirSync(CORPUS).includes(file);

/**
 * The sentence files the model may learn from. Never the holdouts (they measure generalisation) nor the
 * calibration set (thresholds are chosen on it), and not passages.jsonl, which stays a whole-message test.
 */
export function trainingSentenceFiles(): string[] {
  const extra = filesMatching(/^train\d*-[a-z0-9-]+\.jsonl$/);
  return ['sentences.jsonl', 'dev2.jsonl', ...categoryDevSets(), ...extra].filter(corpusHas);
}

/** Whole messages the engine may learn from: messages.jsonl, messages2.jsonl, … (never the holdout messages). */
export function trainingMessageFiles(): string[] {
  return filesMatching(/^messages\d*\.jsonl$/);
}

/**
 * Whole messages written for reading conditions across sentences (across-messages.jsonl, across-messages2.jsonl,
 * …): the act model learns from them as from the training messages, the sentence model does not (see the corpus
 * README).
 */
export function acrossMessageFiles(): string[] {
  return filesMatching(/^across-messages\d*\.jsonl$/);
}

/**
 * The sets thresholds are chosen on, never trained on: calibration.jsonl, calibration2.jsonl, … (sentences) and
 * the calibration-messages files (whole messages; see calibrationMessageFiles).
 */
export function calibrationSentenceFiles(): string[] {
  return filesMatching(/^calibration\d*\.jsonl$/);
}

/** Whole messages thresholds are chosen on, never trained on: calibration-messages.jsonl and any calibration-messagesN.jsonl. */
export function calibrationMessageFiles(): string[] {
  return filesMatching(/^calibration-messages\d*\.jsonl$/);
}

/** Whole messages measured by figure only: holdout3-messages.jsonl, holdout4-messages.jsonl, … */
export function holdoutMessageFiles(): string[] {
  return filesMatching(/^holdout\d*-messages\.jsonl$/);
}

/** Sets measured by figure only: their sentences are never printed. */
export function holdoutFiles(): string[] {
  return ['holdout.jsonl', 'holdout2.jsonl', 'holdout3.jsonl'].filter(corpusHas);
}

/** Development sets written one category at a time: dev3-<category>.jsonl. */
export function categoryDevSets(): string[] {
  return filesMatching(/^dev3-[a-z-]+\.jsonl$/);
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

/** Runs `classify` (the shipped engine by default) over rows, each row on its own. */
export function run(rows: readonly SentenceRow[], level: Level, classify?: Classifier): Outcome[] {
  const analyzer = createAnalyzer(classify ? { classify } : {});
  return rows.map((row) => ({ row, findings: analyzer.analyze(row.text, { level }) }));
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

export function scorePassages(rows: readonly PassageRow[], classify?: Classifier): PassageScore {
  const analyzer = createAnalyzer(classify ? { classify } : {});
  const score: PassageScore = { expected: 0, found: 0, exactSpans: 0, falseFlags: [], missed: [] };
  for (const passage of rows) {
    const findings = analyzer.analyze(passage.text);
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

export interface MessageScore {
  /** Sentences to flag whose violation shows only across sentences, and those found. */
  cross: { expected: number; found: number };
  /** The other sentences to flag, and those found. */
  single: { expected: number; found: number };
  /** Sentences not to flag, and those flagged all the same. */
  clean: { sentences: number; flagged: number };
  missed: { message: MessageRow; sentence: string }[];
  falseFlags: { message: MessageRow; sentence: string; finding: Finding }[];
}

/** Whole messages (messages.jsonl format): what was found, by kind, and how many clean sentences were flagged. */
export function scoreMessages(rows: readonly MessageRow[], classify?: Classifier): MessageScore {
  const analyzer = createAnalyzer(classify ? { classify } : {});
  const score: MessageScore = {
    cross: { expected: 0, found: 0 },
    single: { expected: 0, found: 0 },
    clean: { sentences: 0, flagged: 0 },
    missed: [],
    falseFlags: [],
  };
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && a.end > b.start;
  for (const message of rows) {
    const findings = analyzer.analyze(message.text);
    const targets = message.flag.map((sentence) => {
      const start = message.text.indexOf(sentence);
      return { sentence, start, end: start + sentence.length };
    });
    const tally = message.cross ? score.cross : score.single;
    for (const target of targets) {
      tally.expected += 1;
      if (findings.some((finding) => overlaps(finding, target))) tally.found += 1;
      else score.missed.push({ message, sentence: target.sentence });
    }
    for (const seg of segment(message.text)) {
      if (targets.some((target) => overlaps(seg, target))) continue;
      score.clean.sentences += 1;
      const finding = findings.find((candidate) => overlaps(candidate, seg));
      if (finding === undefined) continue;
      score.clean.flagged += 1;
      score.falseFlags.push({ message, sentence: message.text.slice(seg.start, seg.end), finding });
    }
  }
  return score;
}
