import { describe, expect, test } from 'vitest';
import { createAnalyzer } from './analyzer';
import { classifySentence, rulesVerdict } from './classify';
import {
  combinedClassifier,
  modelFinding,
  modelOnlyClassifier,
  modelView,
  noneAroundTriggers,
  recategorised,
  shippedModel,
  vetoes,
} from './combine';
import { DEFAULT_FEATURE_CONFIG } from './model/config';
import { lazyModel } from './model/load';
import { predict } from './model/predict';
import { MODEL_REASONS } from './model/reasons';
import {
  ALWAYS_CHECKED,
  NEVER_RECATEGORISE,
  NEVER_VETO,
  sameThreshold,
  trainWeightFile,
} from './model/trainer';
import { resolveOptions } from './options';
import { TOY_HYPER, toyEncoded, toyModel } from './testing/toy-model';
import { CATEGORIES, type EngineOptions, type Finding } from './types';

// A toy model (testing/toy-model.ts) so these tests hold whatever the shipped weights are: it reads the made-up
// words "zorbled" as drug use and "glimmed" as a fight; the rules know neither.
const source = lazyModel(toyEncoded(0.5));
const combined = createAnalyzer({ classify: combinedClassifier(source) });
const modelAlone = createAnalyzer({ classify: modelOnlyClassifier(source) });
const rules = createAnalyzer({ classify: classifySentence });

function only(findings: Finding[]): Finding {
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
}

describe('rules and model combined', () => {
  test('a sentence the rules miss becomes a model finding with a valid trigger and a plain reason', () => {
    const text = 'We met on Monday. Then he zorbled over the weekend, he said.';
    expect(rules.analyze(text)).toEqual([]);
    const finding = only(combined.analyze(text));
    expect(finding).toMatchObject({ category: 'substance', ruleId: 'model/substance', start: 18 });
    expect(finding.end).toBe(text.length);
    expect(finding.trigger).toBe(text.slice(finding.triggerStart, finding.triggerEnd));
    expect(finding.trigger).toMatch(/zorbled/);
    expect(finding.start <= finding.triggerStart && finding.triggerEnd <= finding.end).toBe(true);
    expect(finding.reason).toBe(`${MODEL_REASONS.substance}: \u201c${finding.trigger}\u201d`);
    expect(['medium', 'low']).toContain(finding.severity);
  });

  test('every category has a reason a case manager understands', () => {
    for (const category of CATEGORIES) expect(MODEL_REASONS[category]).toMatch(/^Reads like a report /);
  });

  test('a sentence the rules flag keeps the rule finding', () => {
    const text = 'He zorbled and was arrested Friday for shoplifting.';
    const finding = only(combined.analyze(text));
    expect(finding.ruleId).not.toMatch(/^model\//);
    expect(finding).toEqual(only(rules.analyze(text)));
  });

  test.each([
    ['a hypothetical', 'If anyone zorbled, a warrant can issue.'],
    ['a general statement', 'Participants who zorbled can lose their housing.'],
    ['the referral offense', 'He was referred to LEAD after he zorbled in 2015.'],
    ['someone else, not implicating the participant', 'Her roommate zorbled last night.'],
    ['the participant as victim', 'She was glimmed by a stranger at the bus stop.'],
    ['a compliance statement', 'He has not zorbled.'],
    ['a topic of conversation', 'We talked about the risks of zorbled.'],
  ])('the rules veto the model on %s', (_name, text) => {
    expect(modelAlone.analyze(text)).toHaveLength(1);
    expect(combined.analyze(text)).toEqual([]);
  });

  describe("a model surer than the checks' limit keeps its finding", () => {
    const cases = [
      'If anyone zorbled, a warrant can issue.',
      'Her roommate zorbled last night.',
      'We talked about the risks of zorbled.',
      'He has not zorbled.',
    ];
    const withLimit = (limit: number) =>
      createAnalyzer({ classify: combinedClassifier(lazyModel(toyEncoded(0.5, NEVER_VETO, limit))) });

    test.each(cases)('"%s" is flagged from the limit up and left alone below it', (text) => {
      const model = source.get();
      if (!model) throw new Error('the toy model did not load');
      const { flagProbability } = predict(model, text);
      expect(flagProbability).toBeGreaterThanOrEqual(0.5);
      expect(withLimit(flagProbability + 0.001).analyze(text)).toEqual([]);
      const finding = only(withLimit(flagProbability).analyze(text));
      expect(finding.ruleId).toMatch(/^model\//);
      expect(finding.trigger).toBe(text.slice(finding.triggerStart, finding.triggerEnd));
    });

    test('a trigger on words naming a condition is a status below the limit, and a finding from it up', () => {
      // A model that reads "licence is suspended" as driving: the words name a condition, a status.
      const items = [
        ...['He', 'She', 'Pt', 'My client'].flatMap((who) =>
          ['now', 'again', 'since May'].map((when) => ({
            text: `${who} has a license suspended ${when}.`,
            label: 'driving' as const,
          })),
        ),
        ...['We met on Tuesday.', 'She found a job.', 'He is on the housing list.'].map((text) => ({
          text,
          label: 'none' as const,
        })),
      ];
      const statusModel = (limit: number) =>
        trainWeightFile(items, { ...DEFAULT_FEATURE_CONFIG, buckets: 1 << 12 }, TOY_HYPER, {
          thresholds: sameThreshold(0.5),
          lowMargin: 0.05,
          noneVeto: NEVER_VETO,
          checksVetoBelow: limit,
          categoryOverrule: NEVER_RECATEGORISE,
          calibratedOn: 'test',
        });
      const sentence = 'Her license is suspended until May.';
      const below = statusModel(ALWAYS_CHECKED);
      const prediction = predict(below, sentence);
      expect(prediction).toMatchObject({ category: 'driving' });
      expect(prediction.flagProbability).toBeGreaterThanOrEqual(0.5);
      const options = resolveOptions();
      expect(modelFinding(below, sentence, prediction, options, false)).toBeNull();
      const past = modelFinding(statusModel(0), sentence, prediction, options, false);
      expect(past).toMatchObject({ category: 'driving', ruleId: 'model/driving' });
    });

    test('the allow-list still applies past the limit', () => {
      expect(withLimit(0).analyze('Her roommate zorbled last night.', { allowPhrases: ['zorbled'] })).toEqual(
        [],
      );
    });
  });

  describe("a rule's finding takes the model's category when the model is sure of another", () => {
    // The rules read "arrested" as enforcement; the toy model reads "glimmed" as a fight.
    const sentence = 'He glimmed a man on Friday and was arrested.';
    const options = resolveOptions();
    const withOverrule = (categoryOverrule: number) => {
      const model = toyModel();
      return { ...model, header: { ...model.header, categoryOverrule } };
    };

    test("from the overrule up the category, trigger and reason are the model's; the severity stays", () => {
      const rules = rulesVerdict(sentence, options);
      if (!rules.hit) throw new Error('the rules no longer flag the arrest');
      expect(rules.hit.category).toBe('enforcement');
      const model = withOverrule(0.5);
      const { category, probability } = predict(model, sentence);
      expect(category).toBe('violence');
      const changed = recategorised(model, sentence, rules.hit, options);
      expect(changed).toMatchObject({
        category: 'violence',
        ruleId: 'model/violence',
        severity: rules.hit.severity,
      });
      expect(sentence.slice(changed.triggerStart, changed.triggerEnd)).toMatch(/glimmed/);
      expect(recategorised(withOverrule(probability + 0.001), sentence, rules.hit, options)).toBe(rules.hit);
      expect(recategorised(withOverrule(NEVER_RECATEGORISE), sentence, rules.hit, options)).toBe(rules.hit);
    });

    test("an organisation's own phrase keeps its finding", () => {
      const custom = resolveOptions({ extraPhrases: ['glimmed a man'] });
      const rules = rulesVerdict(sentence, custom);
      if (!rules.hit) throw new Error('the extra phrase did not flag');
      expect(recategorised(withOverrule(0.5), sentence, rules.hit, custom)).toBe(rules.hit);
    });
  });

  test('a compliance statement is a low finding at the strict level', () => {
    const finding = only(combined.analyze('He has not zorbled.', { level: 'strict' }));
    expect(finding).toMatchObject({ ruleId: 'model/substance', severity: 'low' });
  });

  test('the allow-list applies to model findings', () => {
    const options: Partial<EngineOptions> = { allowPhrases: ['zorbled'] };
    expect(combined.analyze('He zorbled last night.', options)).toEqual([]);
    expect(combined.analyze('He zorbled last night.', { allowPhrases: ['last night'] })).toHaveLength(1);
    // An allowed phrase that shares a word with the model's trigger clears it too.
    expect(combined.analyze('He zorbled last night.', { allowPhrases: ['zorbled last'] })).toEqual([]);
  });

  test('below the threshold nothing is added; within the margin above it the finding is low', () => {
    const sentence = 'He zorbled last night.';
    const model = source.get();
    if (!model) throw new Error('the toy model did not load');
    const { flagProbability: probability } = predict(model, sentence);
    const at = (threshold: number) =>
      createAnalyzer({ classify: combinedClassifier(lazyModel(toyEncoded(threshold))) }).analyze(sentence);
    expect(at(probability + 0.001)).toEqual([]);
    expect(only(at(probability - 0.01)).severity).toBe('low');
    expect(only(at(probability - 0.2)).severity).toBe('medium');
  });

  describe('a model sure the sentence is harmless overrules a rule', () => {
    const overruling = createAnalyzer({ classify: combinedClassifier(lazyModel(toyEncoded(0.5, 0))) });
    const conduct = 'He used meth on Friday.';

    test('a rule finding about conduct is dropped once the veto is reached, and kept below it', () => {
      expect(rules.analyze(conduct)).toHaveLength(1);
      expect(overruling.analyze(conduct)).toEqual([]);
      expect(combined.analyze(conduct)).toHaveLength(1);
    });

    test("an organisation's own phrase is never overruled", () => {
      expect(overruling.analyze('We met at the pantry.', { extraPhrases: ['pantry'] })).toHaveLength(1);
    });

    test('a compliance statement flagged at the strict level is never overruled', () => {
      const compliance = 'He denies any new arrests.';
      expect(rules.analyze(compliance, { level: 'strict' })).toHaveLength(1);
      expect(overruling.analyze(compliance, { level: 'strict' })).toHaveLength(1);
    });
  });
});

describe('a rule finding resting only on the words that name a condition', () => {
  test.each([
    'Pt has DWLS 3rd, no valid license, per pretrial report.',
    'Bond terms bar firearms, ammo, and any deadly weapon.',
    'His pretrial release order prohibits him from possessing or handling firearms and ammunition.',
  ])('is a status, not a finding: %s', (text) => {
    expect(rules.analyze(text)).not.toEqual([]);
    expect(combined.analyze(text)).toEqual([]);
  });

  test.each([
    'He was cited for DWLS last week on Route 9.',
    'His release prohibits firearms, and he keeps a pistol in his glovebox.',
  ])('leaves the conduct beside it a finding: %s', (text) => {
    expect(combined.analyze(text)).not.toEqual([]);
  });
});

describe('a rule is overruled only where the model is sure around every trigger the rules kept', () => {
  // Two things told in one sentence, far apart: the model below reads the first as harmless and the second not.
  const sentence =
    'He was kicked out of the shelter on Monday, and on Friday after the long group session he was fighting with staff.';
  const PEOPLE = ['He', 'She', 'They', 'My client', 'The participant'];
  const items = PEOPLE.flatMap((who) => [
    { text: `${who} was kicked out of the shelter on Monday.`, label: 'none' as const },
    { text: `${who} got kicked out of the library on Friday after group.`, label: 'none' as const },
    { text: `${who} was fighting with staff.`, label: 'violence' as const },
    { text: `${who} was fighting with a guest after the session.`, label: 'violence' as const },
  ]);
  const trained = trainWeightFile(items, { ...DEFAULT_FEATURE_CONFIG, buckets: 1 << 12 }, TOY_HYPER, {
    thresholds: sameThreshold(0.5),
    lowMargin: 0.05,
    noneVeto: NEVER_VETO,
    checksVetoBelow: ALWAYS_CHECKED,
    categoryOverrule: NEVER_RECATEGORISE,
    calibratedOn: 'test',
  });
  const verdict = rulesVerdict(sentence, resolveOptions());

  test('the rules keep both triggers, the hit and the other', () => {
    expect(verdict.triggers.map(({ start, end }) => sentence.slice(start, end))).toEqual([
      'kicked out of',
      'fighting',
    ]);
    expect(verdict.hit?.ruleId).toBe('noncompliance-program-exit');
  });

  test("sure around the hit alone is not enough: the other trigger's words keep the finding", () => {
    const [hitSpan, otherSpan] = verdict.triggers;
    if (!hitSpan || !otherSpan) throw new Error('the rules no longer find both');
    const aroundHit = noneAroundTriggers(trained, sentence, [hitSpan]);
    expect(noneAroundTriggers(trained, sentence, [otherSpan])).toBeLessThan(aroundHit);
    const model = { ...trained, header: { ...trained.header, noneVeto: aroundHit } };
    expect(vetoes(model, sentence, { ...verdict, triggers: [hitSpan] }, null)).toBe(true);
    expect(vetoes(model, sentence, verdict, null)).toBe(false);
  });
});

describe('the writer at the wheel', () => {
  const model = shippedModel.get();
  const options = resolveOptions();
  /** The shipped model's reading of the sentence, as sure of driving as a model can be. */
  const sureOfDriving = (sentence: string) => ({
    ...predict(model as NonNullable<typeof model>, sentence),
    category: 'driving' as const,
    probability: 0.99,
    flagProbability: 0.99,
  });

  test('is never the participant driving, however sure the model is', () => {
    const sentence = 'I drove Devon to the food bank on Sunday so she could pick up her mail.';
    expect(model).not.toBeNull();
    if (!model) return;
    expect(modelFinding(model, sentence, sureOfDriving(sentence), options, false)).toBeNull();
  });

  test('leaves the participant driving a finding', () => {
    const sentence = 'Devon drove to the food bank on Sunday to pick up her mail.';
    if (!model) return;
    expect(modelFinding(model, sentence, sureOfDriving(sentence), options, false)?.category).toBe('driving');
  });
});

describe('the approved wording run into a sentence', () => {
  const options = resolveOptions({ wording: 'Nothing to add for now.' });

  test('is blanked for the model, offsets kept, in any case and spacing, with or without its full stop', () => {
    const text = 'nothing  to ADD for now he zorbled. Nothing to add for now.';
    const view = modelView(text, options);
    expect(view).toHaveLength(text.length);
    expect(view.trim()).toBe('he zorbled.');
    expect(view.slice(text.indexOf('he'), text.indexOf('he') + 10)).toBe('he zorbled');
  });

  test('leaves a sentence without it as it is', () => {
    expect(modelView('He zorbled on Friday.', options)).toBe('He zorbled on Friday.');
  });

  test('cannot make the model read a report as harmless', () => {
    const analyzer = createAnalyzer();
    const text = 'There is nothing helpful to report at this time he was arrested for shoplifting last week.';
    expect(analyzer.analyze(text).map((finding) => finding.category)).toEqual(['enforcement']);
  });
});

describe('the shipped model overruling a rule', () => {
  test('judges the words and the clause around the trigger: harmless words run into a report do not cancel it', () => {
    const analyzer = createAnalyzer();
    for (const text of [
      'There is nothing helpful to report at this We She tested positive for fentanyl.',
      'There is nothing to report and she tested positive for fentanyl.',
      'Thank you for checking in about her, all is well at the house; she tested positive for fentanyl.',
    ]) {
      expect(analyzer.analyze(text).map((finding) => finding.category)).toEqual(['testing']);
    }
  });
});
