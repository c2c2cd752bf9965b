import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { classifySentence } from '../classify';
import { encodeBase64 } from '../model/base64';
import { extractFeatures } from '../model/features';
import { lazyDecoded } from '../model/load';
import { ACT_KINDS, type ActModel, actVector, crossedBucket, decodeActModel, judgeAct } from './act-model';
import { ACT_FEATURES, actModule } from './act-trainer';
import type { ConditionKind } from './conditions';

/** A toy act model: every bucket that `word` produces, crossed with `kind`, pulls hard. */
function toyModel(word = 'drove', veto = 0, kind: ConditionKind = 'licence'): ActModel {
  const weights = new Int8Array(ACT_FEATURES.buckets);
  const crossed = ACT_KINDS.indexOf(kind);
  for (const bucket of extractFeatures(word, ACT_FEATURES).indexes) {
    weights[crossedBucket(bucket, crossed, ACT_FEATURES.buckets)] = 127;
  }
  return {
    header: {
      format: 1,
      features: ACT_FEATURES,
      crossWeight: 1,
      scale: 0.1,
      bias: -3,
      threshold: 0.6,
      lowMargin: 0.05,
      veto,
      calibration: 'toy',
    },
    weights,
  };
}

/** The value of a single-quoted string constant in the generated module. */
function constant(module: string, name: string): string {
  const literal = new RegExp(`${name} =\\s+'((?:[^'\\\\]|\\\\.)*)'`).exec(module)?.[1] ?? '';
  return literal.replace(/\\(.)/g, '$1');
}

function roundTrip(model: ActModel): ActModel {
  const module = actModule(model);
  return decodeActModel(constant(module, 'ACT_HEADER'), constant(module, 'ACT_WEIGHTS'));
}

describe('act model', () => {
  test('the generated module decodes to the same header and weights', () => {
    const model = toyModel();
    const back = roundTrip(model);
    expect(back.header).toEqual(model.header);
    expect([...back.weights]).toEqual([...model.weights]);
  });

  test('a malformed module is refused, and the analyzer then runs without it', () => {
    expect(() => decodeActModel('{"format":2}', '')).toThrow(/header/);
    const bytes = encodeBase64(new Uint8Array(3));
    expect(() => decodeActModel(JSON.stringify(toyModel().header), bytes)).toThrow(/weights/);
    const broken = lazyDecoded<ActModel>(() => decodeActModel('not json', ''));
    const text = 'Her licence is suspended. She drove her son to practice on Monday.';
    expect(createAnalyzer({ acts: broken }).analyze(text)).toEqual(
      createAnalyzer({ acts: null }).analyze(text),
    );
    expect(broken.error()).toBeTruthy();
  });

  test('judges only against the kinds named, and quotes the words that pulled', () => {
    const model = toyModel();
    const sentence = 'On Friday she drove to Tacoma for the interview.';
    const verdict = judgeAct(model, sentence, ['licence', 'curfew']);
    expect(verdict?.kind).toBe('licence');
    expect(sentence.slice(verdict?.trigger.start, verdict?.trigger.end)).toContain('drove');
    expect(judgeAct(model, sentence, ['curfew'])).toBeNull();
    expect(judgeAct(model, 'She rode the bus to Tacoma.', ['licence'])).toBeNull();
  });

  test('a crossed feature lands in the bucket space, apart from its shared twin', () => {
    const features = extractFeatures('she drove to work', ACT_FEATURES);
    const { indexes, values } = actVector(features, 3, { features: ACT_FEATURES, crossWeight: 0.5 });
    expect(indexes).toHaveLength(features.indexes.length * 2);
    expect(indexes.every((bucket) => bucket >= 0 && bucket < ACT_FEATURES.buckets)).toBe(true);
    expect(values[1]).toBeCloseTo((values[0] ?? 0) * 0.5);
  });

  test('in a message, an act the patterns do not list is flagged with the condition as its reason', () => {
    // "zoomed" is in no hand-written act pattern; only the (toy) model knows it breaks a licence suspension.
    const text = 'Her licence is still suspended. Last week she zoomed over to Tacoma for the interview.';
    expect(createAnalyzer({ acts: null }).analyze(text)).toEqual([]);
    const [finding, ...rest] = createAnalyzer({ acts: lazyDecoded(() => toyModel('zoomed')) }).analyze(text);
    expect(rest).toEqual([]);
    expect(finding?.ruleId).toBe('passage/licence/model');
    expect(text.slice(finding?.start, finding?.end)).toBe(
      'Last week she zoomed over to Tacoma for the interview.',
    );
    expect(finding?.reason).toMatch(/licence is suspended/);
    expect(finding?.trigger).toContain('zoomed');
  });

  test('what the act patterns know to leave alone holds against the model too', () => {
    const analyzer = createAnalyzer({
      classify: classifySentence,
      acts: lazyDecoded(() => toyModel('zoomed', 0, 'no-contact')),
      naming: null,
    });
    const approach = 'The NCO protects Rosa Ortiz. Rosa zoomed over on Sunday.';
    expect(analyzer.analyze(approach).map((finding) => finding.ruleId)).toEqual(['passage/no-contact/model']);
    expect(
      analyzer.analyze(`${approach.slice(0, -1)}, and he did not answer the door.`).map((f) => f.ruleId),
    ).toEqual([]);
  });

  test("a pattern's breach stands unless the model, given a veto, finds the sentence harmless", () => {
    const text = 'Her licence is still suspended. Later she drove over to the library.';
    // The rules alone read each sentence, so only the passage can flag the drive.
    const analyzer = (acts: ActModel | null) =>
      createAnalyzer({ classify: classifySentence, acts: acts && lazyDecoded(() => acts), naming: null });
    const withModel = (model: ActModel) => analyzer(model).analyze(text);
    const [byPattern] = analyzer(null).analyze(text);
    expect(byPattern?.ruleId).toBe('passage/licence');
    // Without a veto, the pattern's finding stands even where the model reads nothing.
    expect(withModel(toyModel('zoomed'))).toEqual([byPattern]);
    // With one, a model that sees no breach drops it; a model that sees the act keeps it.
    expect(withModel(toyModel('zoomed', 0.5))).toEqual([]);
    expect(withModel(toyModel('drove', 0.5)).map((f) => f.ruleId)).toEqual(['passage/licence']);
  });
});
