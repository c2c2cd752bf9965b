import { describe, expect, test } from 'vitest';
import { resolveOptions } from '../options';
import { generatedParts } from '../testing/generated-parts';
import { ACT_KINDS } from './act-model';
import { actSentences } from './act-trainer';
import { decodeNamingModel, NAMING_CLASSES, type NamingModel, nameCondition } from './naming-model';
import { NAMING_FEATURES, namingModule, trainNamingModel } from './naming-trainer';
import { conditionHits, conditionKindsNamedIn } from './passage';

/** A tiny model trained on a handful of rows: enough to check the plumbing, not the figures. */
const ROWS = [
  { text: 'DOL still shows him as revoked until next spring.', condition: 'licence' as const },
  { text: 'The state still has her as revoked on the driving record.', condition: 'licence' as const },
  { text: 'DOL has him down as revoked through March.', condition: 'licence' as const },
  { text: 'She came to group on time and stayed the whole hour.', condition: null },
  { text: 'He brought his paperwork to the housing appointment.', condition: null },
  { text: 'We talked about her job search and the bus schedule.', condition: null },
];
const chosen = { threshold: 0.5, missed: 0, added: 0, wrong: 0 };

function roundTrip(model: NamingModel): NamingModel {
  const module = namingModule(model);
  const { header, weights } = generatedParts(module, 'NAMING');
  return decodeNamingModel(header, weights);
}

describe('naming model', () => {
  const model = trainNamingModel(ROWS, chosen);

  test('its module decodes to the same model; a wrong header or weight length is refused', () => {
    const decoded = roundTrip(model);
    expect(decoded.header).toEqual(model.header);
    expect([...decoded.weights]).toEqual([...model.weights]);
    expect(decoded.weights.length).toBe(NAMING_FEATURES.buckets * NAMING_CLASSES.length);
    expect(() => decodeNamingModel('{"format":2}', '')).toThrow('header is malformed');
    expect(() => decodeNamingModel(JSON.stringify(model.header), 'AAAA')).toThrow('do not match');
  });

  test('names the condition with the words that say so, and nothing in a harmless sentence', () => {
    const sentence = 'DOL still has her as revoked for now.';
    const named = nameCondition(model, sentence);
    expect(named?.kind).toBe('licence');
    expect(sentence.slice(named?.start, named?.end)).toMatch(/revoked|DOL/);
    expect(nameCondition(model, 'She came to group and talked about the bus schedule.')).toBeNull();
    expect(NAMING_CLASSES).toEqual(['none', ...ACT_KINDS]);
  });

  test('a condition only the model names makes the act that breaks it a finding, naming that condition', () => {
    const message = [
      'DOL still has him as revoked, per the letter he showed me.',
      'He drove to work on Monday.',
    ];
    expect(conditionKindsNamedIn(message[0] ?? '')).toEqual([]);
    expect(conditionKindsNamedIn(message[0] ?? '', model)).toEqual(['licence']);
    const options = resolveOptions();
    expect(conditionHits(message, [false, false], options)).toEqual([null, null]);
    const naming = { get: () => model, error: () => null };
    const hits = conditionHits(message, [false, false], options, { naming });
    expect(hits[0]).toBeNull();
    expect(hits[1]).toMatchObject({ category: 'driving', ruleId: 'passage/licence' });
  });

  test('the act model learns from a message whose condition only the naming model names', () => {
    const text = 'DOL still has him as revoked, per the letter he showed me. He drove to work on Monday.';
    const training = [
      { text, flag: ['He drove to work on Monday.'], categories: ['driving' as const], cross: true },
    ];
    expect(actSentences(training, () => [])).toEqual([]);
    const read = actSentences(training, () => [], model);
    expect(read.map(({ named, breaks }) => ({ named, breaks }))).toEqual([
      { named: ['licence'], breaks: 'licence' },
    ]);
  });
});
