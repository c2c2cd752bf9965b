/**
 * The committed model must be the one the committed corpus trains: retraining gives the same bytes, so corpus
 * and weights never drift apart (after a corpus change, `npm run train` and commit both). Also holds the
 * weights module to its size budget and checks the shipped model's findings on the training sentences.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  readMessages,
  readSentences,
  trainingMessageFiles,
  trainingSentenceFiles,
} from '../../scripts/corpus';
import { buildActModel } from '../../scripts/train-act';
import { type BuildResult, buildModel, MAX_CLEAN_SHARE, TARGET_PRECISION } from '../../scripts/train-model';
import { buildNamingModel } from '../../scripts/train-naming';
import {
  ACT_WEIGHTS_MODULE,
  NAMING_WEIGHTS_MODULE,
  VETO_WEIGHTS_MODULE,
  WEIGHTS_MODULE,
} from '../../scripts/weights-path';
import { createAnalyzer } from '../../src/engine/analyzer';
import { rulesVerdict } from '../../src/engine/classify';
import { shippedModel } from '../../src/engine/combine';
import { MODEL_REASONS } from '../../src/engine/model/reasons';
import { shippedVetoModel } from '../../src/engine/model/shipped-veto-model';
import { resolveOptions } from '../../src/engine/options';
import { shippedActModel } from '../../src/engine/passage/shipped-act-model';
import { shippedNamingModel } from '../../src/engine/passage/shipped-naming-model';
import type { Finding } from '../../src/engine/types';

/** A learned finding's trigger lies inside its passage, is the text at its offsets, and sets a model's severity. */
function expectQuotedTrigger(finding: Finding, text: string): void {
  expect(finding.start <= finding.triggerStart && finding.triggerStart < finding.triggerEnd).toBe(true);
  expect(finding.triggerEnd <= finding.end && finding.end <= text.length).toBe(true);
  expect(finding.trigger).toBe(text.slice(finding.triggerStart, finding.triggerEnd));
  // A model finding is medium or low, unless it gives another category to a rule's high finding, which it keeps.
  if (finding.severity === 'high') {
    const sentence = text.slice(finding.start, finding.end);
    expect(rulesVerdict(sentence, resolveOptions()).hit?.severity).toBe('high');
  } else expect(['medium', 'low']).toContain(finding.severity);
}

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');
const committed = readFileSync(WEIGHTS_MODULE);
const committedActs = readFileSync(ACT_WEIGHTS_MODULE);
const committedNaming = readFileSync(NAMING_WEIGHTS_MODULE);
const committedVeto = readFileSync(VETO_WEIGHTS_MODULE);
// A safety net for a loaded machine, never a verdict: a retrain takes 20–60 s here.
const RETRAIN_TIMEOUT_MS = 300_000;
const GZIP_BUDGET_BYTES = 150 * 1024;

let build: BuildResult | null = null;
/** One retrain serves every test that reads it. */
const built = (): BuildResult => {
  build ??= buildModel();
  return build;
};

describe('shipped model', () => {
  test(
    'retraining from the committed corpus gives the committed weights module, byte for byte',
    () => {
      const { module, veto } = built();
      expect(sha256(module), 'the corpus changed since the last `npm run train`: retrain and commit').toBe(
        sha256(committed),
      );
      expect(sha256(veto.module), 'the veto model is not the one the corpus trains').toBe(
        sha256(committedVeto),
      );
    },
    RETRAIN_TIMEOUT_MS,
  );

  test(
    'its thresholds keep the calibration targets: precision and clean message sentences',
    () => {
      const { calibration } = built();
      expect(calibration.criterion).toBe('combined');
      const chosen = calibration.combined;
      if (!chosen) throw new Error('no calibration figures');
      expect(chosen.precision).toBeGreaterThanOrEqual(TARGET_PRECISION);
      expect(chosen.clean).toBeGreaterThan(0);
      expect(chosen.cleanFlagged).toBeLessThanOrEqual(MAX_CLEAN_SHARE * chosen.clean);
      expect(shippedModel.get()?.header.noneVeto).toBe(calibration.noneVeto);
      expect(shippedModel.get()?.header.checksVetoBelow).toBe(calibration.checksVetoBelow);
      expect(shippedVetoModel.get()?.header.threshold).toBe(calibration.harmlessVeto);
      const { recategorising, model } = built();
      const overrule = recategorising.find((f) => f.categoryOverrule === model.header.categoryOverrule);
      if (overrule)
        expect(overrule.fixed).toBeGreaterThanOrEqual(TARGET_PRECISION * (overrule.fixed + overrule.broken));
      expect(shippedModel.get()?.header.categoryOverrule).toBe(model.header.categoryOverrule);
    },
    RETRAIN_TIMEOUT_MS,
  );

  test('the weights module fits its budget (150 kB gzipped) and decodes', () => {
    expect(gzipSync(committed).length).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
    expect(shippedModel.error()).toBeNull();
    expect(shippedModel.get()?.header.calibratedOn).toMatch(/\.jsonl$|^default$/);
  });

  test('model findings on the training sentences have valid triggers and plain reasons', () => {
    const analyzer = createAnalyzer();
    let modelFindings = 0;
    for (const file of trainingSentenceFiles()) {
      for (const row of readSentences(file)) {
        for (const finding of analyzer.analyze(row.text)) {
          if (!finding.ruleId.startsWith('model/')) continue;
          modelFindings += 1;
          expect(finding.ruleId).toBe(`model/${finding.category}`);
          expectQuotedTrigger(finding, row.text);
          expect(finding.reason).toBe(
            `${MODEL_REASONS[finding.category]}: \u201c${finding.trigger.trim()}\u201d`,
          );
        }
      }
    }
    expect(modelFindings).toBeGreaterThan(0);
  });
});

describe('shipped act model (conditions across sentences)', () => {
  test(
    'retraining from the committed messages gives the committed act module, byte for byte, within its limits',
    () => {
      const built = buildActModel();
      expect(sha256(built.module), 'the messages changed since the last `npm run train`').toBe(
        sha256(committedActs),
      );
      const { held, trained } = built.chosen;
      expect(held.added).toBeGreaterThanOrEqual(TARGET_PRECISION * (held.added + held.falseAdded));
      expect(trained.falseAdded).toBeLessThanOrEqual(MAX_CLEAN_SHARE * trained.clean);
    },
    RETRAIN_TIMEOUT_MS,
  );

  test('decodes, and with the main, naming and veto models stays within the 150 kB gzipped budget', () => {
    expect(shippedActModel.error()).toBeNull();
    expect(shippedNamingModel.error()).toBeNull();
    expect(shippedVetoModel.error()).toBeNull();
    const shipped = [committed, committedActs, committedNaming, committedVeto];
    expect(shipped.reduce((sum, module) => sum + gzipSync(module).length, 0)).toBeLessThanOrEqual(
      GZIP_BUDGET_BYTES,
    );
  });

  test('its findings on the training messages quote their trigger and name the condition', () => {
    const analyzer = createAnalyzer();
    let found = 0;
    for (const file of trainingMessageFiles()) {
      for (const message of readMessages(file)) {
        for (const finding of analyzer.analyze(message.text)) {
          if (!/^passage\/[a-z-]+\/model$/.test(finding.ruleId)) continue;
          found += 1;
          expectQuotedTrigger(finding, message.text);
          expect(finding.reason).toMatch(/this message/);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('shipped naming model (conditions the naming patterns miss)', () => {
  test(
    'retraining from the committed conditions gives the committed naming module, byte for byte',
    () => {
      expect(
        sha256(buildNamingModel().module),
        'conditions.jsonl changed since the last `npm run train`',
      ).toBe(sha256(committedNaming));
    },
    RETRAIN_TIMEOUT_MS,
  );
});
