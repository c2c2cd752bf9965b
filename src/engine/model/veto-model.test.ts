import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { rulesVerdict } from '../classify';
import { combinedClassifier, harmlessAroundTriggers, shippedModel, vetoes } from '../combine';
import { resolveOptions } from '../options';
import { generatedParts } from '../testing/generated-parts';
import { toyEncoded } from '../testing/toy-model';
import { lazyModel } from './load';
import { shippedVetoModel } from './shipped-veto-model';
import { decodeVetoModel, harmlessProbability, VETO_CLASSES, type VetoModel } from './veto-model';
import { trainVetoModel, VETO_FEATURES, vetoModule, vetoRows, withThreshold } from './veto-trainer';

/** Rule findings, labelled: a charged word used innocently is harmless, a plain report is not. */
const ROWS = [
  { text: 'He took a shot at the warehouse job.', harmless: true },
  { text: 'She took a shot at the GED this spring.', harmless: true },
  { text: 'He wants a shot at the apprenticeship.', harmless: true },
  { text: 'He shot a man outside the store.', harmless: false },
  { text: 'She shot at her neighbor on Friday.', harmless: false },
  { text: 'He shot someone over a debt.', harmless: false },
];

function roundTrip(model: VetoModel): VetoModel {
  const module = vetoModule(model);
  const { header, weights } = generatedParts(module, 'VETO');
  return decodeVetoModel(header, weights);
}

describe('veto model', () => {
  const model = withThreshold(trainVetoModel(ROWS), 0.5, 'six rows');

  test('its module decodes to the same model; a wrong header or weight length is refused', () => {
    const decoded = roundTrip(model);
    expect(decoded.header).toEqual(model.header);
    expect([...decoded.weights]).toEqual([...model.weights]);
    expect(decoded.weights.length).toBe(VETO_FEATURES.buckets * VETO_CLASSES.length);
    expect(() => decodeVetoModel('{"format":2}', '')).toThrow('veto model: the header is malformed');
    expect(() => decodeVetoModel(JSON.stringify(model.header), 'AAAA')).toThrow('do not match');
  });

  test('reads a charged word used innocently as harmless, and a report of the act as not', () => {
    expect(harmlessProbability(model, 'He took a shot at the bakery job.')).toBeGreaterThan(0.5);
    expect(harmlessProbability(model, 'He shot a man on Friday.')).toBeLessThan(0.5);
  });

  test('learns from the sentences the rules flag and the model may overrule, as the model reads them', () => {
    const rows = vetoRows(
      [
        { text: 'He was arrested on Friday.', label: 'enforcement' },
        { text: 'His brother was arrested on Friday.', label: 'none' },
        { text: 'We met at the library.', label: 'none' },
        { text: 'He denies any new arrests.', label: 'none' },
      ],
      resolveOptions({ level: 'standard' }),
    );
    expect(rows).toEqual([{ text: 'He was arrested on Friday.', harmless: false }]);
  });
});

describe('a rule is overruled only when the veto model finds it harmless too', () => {
  // The toy sentence model with a "none" veto of 0 would overrule every rule finding it may overrule.
  const sentenceModel = lazyModel(toyEncoded(0.5, 0));
  const options = resolveOptions();

  test('below the veto model threshold the rule finding stands; at it, it is dropped', () => {
    const conduct = 'He used meth on Friday.';
    const toy = sentenceModel.get();
    if (!toy) throw new Error('the toy model did not decode');
    const verdict = rulesVerdict(conduct, options);
    if (!verdict.hit) throw new Error('the rules no longer flag the sentence');
    const harmless = harmlessAroundTriggers(model(0), conduct, verdict.triggers);
    expect(vetoes(toy, conduct, verdict, null)).toBe(true);
    expect(vetoes(toy, conduct, verdict, model(harmless))).toBe(true);
    expect(vetoes(toy, conduct, verdict, model(harmless + 0.01))).toBe(false);

    const kept = createAnalyzer({
      classify: combinedClassifier(sentenceModel, fixed(model(harmless + 0.01))),
    });
    expect(kept.analyze(conduct)).toHaveLength(1);
    const dropped = createAnalyzer({ classify: combinedClassifier(sentenceModel, fixed(model(harmless))) });
    expect(dropped.analyze(conduct)).toEqual([]);
  });

  const trained = trainVetoModel(ROWS);
  function model(threshold: number): VetoModel {
    return withThreshold(trained, threshold, 'test');
  }
  function fixed(value: VetoModel) {
    return { get: () => value, error: () => null };
  }
});

describe('the shipped engine keeps plain reports the sentence model alone would overrule', () => {
  const options = resolveOptions();
  const sentenceModel = shippedModel.get();
  const vetoModel = shippedVetoModel.get();
  const PLAIN_REPORTS = [
    'He sold drugs downtown.',
    'She sold her Suboxone.',
    'He has an FTA.',
    'He is pimping.',
  ];

  test.each(PLAIN_REPORTS)('%s', (sentence) => {
    if (!sentenceModel || !vetoModel) throw new Error('a shipped model did not decode');
    expect(vetoes(sentenceModel, sentence, rulesVerdict(sentence, options), vetoModel)).toBe(false);
    expect(createAnalyzer().analyze(sentence)).toHaveLength(1);
  });

  test('the veto model is what keeps some of them: the sentence model alone would overrule them', () => {
    if (!sentenceModel) throw new Error('the shipped model did not decode');
    const overruledAlone = PLAIN_REPORTS.filter((sentence) =>
      vetoes(sentenceModel, sentence, rulesVerdict(sentence, options), null),
    );
    expect(overruledAlone.length).toBeGreaterThan(0);
  });

  test('and still overrules a charged word used innocently', () => {
    const innocent = 'He got high marks from his supervisor.';
    expect(rulesVerdict(innocent, options).hit).not.toBeNull();
    expect(createAnalyzer().analyze(innocent)).toEqual([]);
  });
});
