import { describe, expect, test } from 'vitest';
import {
  type ActFigures,
  actSentences,
  chooseThreshold,
  chooseVeto,
  evaluateAct,
  type TrainingMessage,
  VETO_COST,
  type VetoFigures,
} from './act-trainer';

const veto = (v: number, falseRemoved: number, rightRemoved: number): VetoFigures => ({
  veto: v,
  rightFlags: 100,
  rightRemoved,
  falseFlags: 40,
  falseRemoved,
});

/** A licence named, then the act that breaks it, then a clean sentence. */
function message(name: string, place: string): TrainingMessage {
  const act = `${name} drove to ${place} on Monday.`;
  return {
    text: `${name}'s licence is suspended. ${act} ${name} starts at the bakery next week.`,
    flag: [act],
    categories: ['driving'],
    cross: true,
  };
}

const names = ['Dana', 'Luis', 'Mara', 'Theo', 'Ines', 'Ruth', 'Omar', 'Kira'];
const places = ['Tacoma', 'Everett', 'Olympia', 'Renton', 'Auburn', 'Kent', 'Burien', 'Lynnwood'];
const messages = names.map((name, i) => message(name, places[i] ?? 'Seattle'));

describe('act trainer: choosing thresholds', () => {
  test('the veto spares the most false flags net of the true ones it costs, and stays off when none pays', () => {
    const figures = [veto(0, 0, 0), veto(0.02, 15, 2), veto(0.05, 20, 6), veto(0.1, 23, 13)];
    // Gains at VETO_COST 3: 0, 9, 2, -16.
    expect(VETO_COST).toBe(3);
    expect(chooseVeto(figures).veto).toBe(0.02);
    expect(chooseVeto([veto(0, 0, 0), veto(0.02, 2, 1), veto(0.05, 5, 3)]).veto).toBe(0);
  });

  test('no veto above the one that pays best in the cross-validation', () => {
    const held = [veto(0, 0, 0), veto(0.05, 2, 0), veto(0.12, 3, 0)];
    const trained = [veto(0, 0, 0), veto(0.05, 126, 12), veto(0.12, 152, 41)];
    // Cross-validated gains at VETO_COST 3: 0, 90, 29; on the calibration messages 0.12 would pay best.
    expect(chooseVeto(held).veto).toBe(0.12);
    expect(chooseVeto(held, trained).veto).toBe(0.05);
  });

  test('the threshold is the lowest at and above which the calibration additions are precise and the guard holds', () => {
    // Per candidate: [threshold, additions right and wrong on the calibration messages, wrong ones in training].
    const figure = (threshold: number, added: number, falseAdded: number, clean: number): ActFigures => ({
      threshold,
      missed: 50,
      added,
      clean,
      falseAdded,
    });
    const table = (rows: [number, number, number, number][]) => ({
      trained: rows.map(([threshold, , , wrong]) => figure(threshold, 10, wrong, 1000)),
      held: rows.map(([threshold, right, wrong]) => figure(threshold, right, wrong, 300)),
    });
    const limits = { precision: 0.95, falseShare: 0.02 };
    const choose = (rows: [number, number, number, number][]) => {
      const { trained, held } = table(rows);
      return chooseThreshold(trained, held, limits).threshold;
    };
    // 0.4 adds a wrong flag on the calibration messages; 0.3 is precise again but lies below it.
    expect(
      choose([
        [0.3, 9, 0, 5],
        [0.4, 8, 1, 4],
        [0.5, 7, 0, 3],
        [0.6, 5, 0, 2],
      ]),
    ).toBe(0.5);
    // The training messages' guard: 0.5 flags 25 of 1,000 clean sentences, over the 2 % limit.
    expect(
      choose([
        [0.5, 7, 0, 25],
        [0.6, 5, 0, 20],
        [0.7, 4, 0, 10],
      ]),
    ).toBe(0.6);
    // Nothing holds: the highest candidate.
    expect(
      choose([
        [0.5, 1, 1, 50],
        [0.6, 1, 1, 40],
      ]),
    ).toBe(0.6);
    // No additions at all on the calibration messages count as precise.
    expect(
      choose([
        [0.5, 0, 0, 0],
        [0.6, 0, 0, 0],
      ]),
    ).toBe(0.5);
  });

  test('every sentence, trained on or held out, is read exactly once for every candidate', () => {
    const none = () => [];
    const train = actSentences(messages.slice(0, 6), none);
    const held = actSentences(messages.slice(6), none);
    const { trained, held: heldFigures, trainedVetoes, heldVetoes } = evaluateAct(train, held);
    expect(trained).toHaveLength(heldFigures.length);
    // Each message: one breach and one clean sentence besides the one naming the licence.
    for (const f of trained) {
      expect([f.missed, f.clean]).toEqual([6, 6]);
      expect(f.added).toBeLessThanOrEqual(f.missed);
    }
    for (const f of heldFigures) expect([f.missed, f.clean]).toEqual([2, 2]);
    for (const vetoes of [trainedVetoes, heldVetoes])
      expect(vetoes.every((v) => v.rightFlags === 0 && v.falseFlags === 0)).toBe(true);
  });

  test("the veto's figures count the hand-written patterns' findings, right and wrong, apart for each reading", () => {
    // The engine's patterns flag the act (right) and the bakery sentence (wrong) of every message.
    const patterns = (text: string) =>
      [/\w+ drove to \w+ on Monday\./, /\w+ starts at the bakery next week\./].map((regex) => {
        const found = regex.exec(text);
        const start = found?.index ?? 0;
        return { start, end: start + (found?.[0].length ?? 0), ruleId: 'passage/licence' };
      });
    const { trainedVetoes, heldVetoes } = evaluateAct(
      actSentences(messages.slice(0, 6), patterns),
      actSentences(messages.slice(6), patterns),
    );
    expect(trainedVetoes.every((v) => v.rightFlags === 6 && v.falseFlags === 6)).toBe(true);
    expect(heldVetoes.every((v) => v.rightFlags === 2 && v.falseFlags === 2)).toBe(true);
    expect(heldVetoes[0]).toMatchObject({ veto: 0, rightRemoved: 0, falseRemoved: 0 });
  });
});
