/**
 * Holds the engine to its figures on the labelled corpus (tests/corpus), so a rule change that trades away
 * recall or starts flagging what the Golden Rule allows fails the build instead of only moving `npm run eval`.
 * Floors sit a little under the measured figures: one new miss in a development set is a review, not a failure;
 * a false flag on the passages (whole emails) is always a failure.
 */
import { describe, expect, test } from 'vitest';
import {
  categoryDevSets,
  count,
  precision,
  readMessages,
  readPassages,
  readSentences,
  recall,
  run,
  type SentenceRow,
  scoreMessages,
  scorePassages,
} from '../../scripts/corpus';
import { CATEGORIES } from '../../src/engine/types';

interface Floor {
  file: string;
  precision: number;
  recall: number;
  /** Share of flag rows whose first finding names the labelled category. */
  category: number;
}

function figures(rows: readonly SentenceRow[]) {
  const outcomes = run(rows, 'standard');
  const counts = count(outcomes, 'standard');
  const flagged = outcomes.filter(({ row, findings }) => row.label === 'flag' && findings.length > 0);
  const rightCategory = flagged.filter(({ row, findings }) => findings[0]?.category === row.category);
  return {
    precision: precision(counts),
    recall: recall(counts),
    category: flagged.length === 0 ? 1 : rightCategory.length / flagged.length,
  };
}

/** All dev3-<category>.jsonl files, scored as one set. */
const DEV3_FLOOR = { precision: 0.99, recall: 0.98, category: 0.98 };

/**
 * The holdout sets were never read while rules were written or the model trained; their floors guard
 * generalisation, and the test reports only figures, never their sentences. The calibration set chose the
 * model's thresholds but was never trained on.
 */
const HOLDOUT: Floor[] = [
  { file: 'holdout.jsonl', precision: 0.96, recall: 0.92, category: 0.85 },
  { file: 'holdout2.jsonl', precision: 0.93, recall: 0.95, category: 0.85 },
  { file: 'holdout3.jsonl', precision: 0.94, recall: 0.96, category: 0.85 },
  { file: 'calibration.jsonl', precision: 0.94, recall: 0.94, category: 0.85 },
  // Plain, short reports: the ones a model trained on hard rows overruled.
  { file: 'calibration4.jsonl', precision: 0.97, recall: 0.97, category: 0.9 },
];

interface MessageFloor {
  file: string;
  /** Share found of the sentences whose violation shows only across sentences. */
  across: number;
  /** Share found of the other sentences to flag. */
  within: number;
  /** Most clean sentences (greetings, progress, the condition itself) that may be flagged. */
  clean: number;
}

const MESSAGES: MessageFloor[] = [
  { file: 'messages.jsonl', across: 0.9, within: 0.92, clean: 0.035 },
  // The naming model names a condition only where 95 % of its namings are right (it read "the bus pass ran out"
  // as a licence): two of messages2's conditions named only by it are no longer read.
  { file: 'messages2.jsonl', across: 0.83, within: 0.8, clean: 0.03 },
  // 12 sentences to flag within one sentence: one miss is 8 points.
  { file: 'messages3.jsonl', across: 0.75, within: 0.8, clean: 0.035 },
  { file: 'messages4.jsonl', across: 0.72, within: 0.8, clean: 0.035 },
  // 290 clean sentences: one more flagged is 0.34 points. It flags 3 (0.010).
  { file: 'holdout3-messages.jsonl', across: 0.85, within: 0.88, clean: 0.02 },
  // Across sentences it finds 39 of 48 (0.81): short of the 0.85 the engine is meant to reach.
  { file: 'holdout4-messages.jsonl', across: 0.79, within: 0.96, clean: 0.012 },
  // 320 messages by four more writers: 144 of 168 across sentences (0.86) and 59 of 2,336 clean sentences flagged
  // (2.5 %, short of the 2 % target). A retrain moves the first by three breaches either way.
  { file: 'holdout5-messages.jsonl', across: 0.83, within: 0.95, clean: 0.026 },
];

const DEVELOPMENT: Floor[] = [
  { file: 'sentences.jsonl', precision: 0.99, recall: 0.98, category: 0.97 },
  { file: 'dev2.jsonl', precision: 0.99, recall: 0.97, category: 0.97 },
];

describe('corpus quality', () => {
  test.each(DEVELOPMENT)('$file: precision and recall stay at their floors', (floor) => {
    const measured = figures(readSentences(floor.file));
    expect(measured.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(measured.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(measured.category).toBeGreaterThanOrEqual(floor.category);
  });

  test.each(HOLDOUT)('$file (never tuned on): precision and recall stay at their floors', (floor) => {
    const measured = figures(readSentences(floor.file));
    expect(measured.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(measured.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(measured.category).toBeGreaterThanOrEqual(floor.category);
  });

  test('the passages: every sentence to flag is found, and nothing else in the emails is flagged', () => {
    const score = scorePassages(readPassages('passages.jsonl'));
    expect(score.falseFlags.map(({ passage, finding }) => `${passage.id}: ${finding.trigger}`)).toEqual([]);
    expect(score.missed.map(({ passage, sentence }) => `${passage.id}: ${sentence}`)).toEqual([]);
  });

  test.each(MESSAGES)('$file: whole messages, conditions read across sentences', (floor) => {
    const { cross, single, clean } = scoreMessages(readMessages(floor.file));
    expect(cross.found / cross.expected).toBeGreaterThanOrEqual(floor.across);
    // A file of across-sentence messages only has no other sentence to flag.
    if (single.expected > 0) expect(single.found / single.expected).toBeGreaterThanOrEqual(floor.within);
    expect(clean.flagged / clean.sentences).toBeLessThanOrEqual(floor.clean);
  });

  test('the per-category development sets cover every category and are scored together', () => {
    const files = categoryDevSets();
    expect(files).toEqual(CATEGORIES.map((category) => `dev3-${category}.jsonl`).sort());
    const measured = figures(files.flatMap(readSentences));
    expect(measured.precision).toBeGreaterThanOrEqual(DEV3_FLOOR.precision);
    expect(measured.recall).toBeGreaterThanOrEqual(DEV3_FLOOR.recall);
    expect(measured.category).toBeGreaterThanOrEqual(DEV3_FLOOR.category);
  });
});
