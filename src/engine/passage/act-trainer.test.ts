import { describe, expect, test } from 'vitest';
import {
  actSentences,
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

  test('every sentence, trained on or held out, is read exactly once for every candidate', () => {
    const none = () => [];
    const train = actSentences(messages.slice(0, 6), none);
    const held = actSentences(messages.slice(6), none);
    const { figures, vetoes } = evaluateAct(train, held);
    for (const f of figures) {
      // Each message: one breach and one clean sentence besides the one naming the licence.
      expect([f.missed, f.clean]).toEqual([8, 8]);
      expect(f.added).toBeLessThanOrEqual(f.missed);
    }
    expect(vetoes.every((v) => v.rightFlags === 0 && v.falseFlags === 0)).toBe(true);
  });

  test("the veto's figures count the hand-written patterns' findings, right and wrong", () => {
    // The engine's patterns flag the act (right) and the bakery sentence (wrong) of every message.
    const patterns = (text: string) =>
      [/\w+ drove to \w+ on Monday\./, /\w+ starts at the bakery next week\./].map((regex) => {
        const found = regex.exec(text);
        const start = found?.index ?? 0;
        return { start, end: start + (found?.[0].length ?? 0), ruleId: 'passage/licence' };
      });
    const { vetoes } = evaluateAct(
      actSentences(messages.slice(0, 6), patterns),
      actSentences(messages.slice(6), patterns),
    );
    expect(vetoes.every((v) => v.rightFlags === 8 && v.falseFlags === 8)).toBe(true);
    expect(vetoes[0]).toMatchObject({ veto: 0, rightRemoved: 0, falseRemoved: 0 });
  });
});
