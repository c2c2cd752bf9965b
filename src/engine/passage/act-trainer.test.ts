import { describe, expect, test } from 'vitest';
import { type ActFigures, addFigures, chooseVeto, VETO_COST, type VetoFigures } from './act-trainer';

const veto = (v: number, falseRemoved: number, rightRemoved: number): VetoFigures => ({
  veto: v,
  rightFlags: 100,
  rightRemoved,
  falseFlags: 40,
  falseRemoved,
});

describe('act trainer: choosing thresholds', () => {
  test('the veto spares the most false flags net of the true ones it costs, and stays off when none pays', () => {
    const figures = [veto(0, 0, 0), veto(0.02, 15, 2), veto(0.05, 20, 6), veto(0.1, 23, 13)];
    // Gains at VETO_COST 3: 0, 9, 2, -16.
    expect(VETO_COST).toBe(3);
    expect(chooseVeto(figures).veto).toBe(0.02);
    expect(chooseVeto([veto(0, 0, 0), veto(0.02, 2, 1), veto(0.05, 5, 3)]).veto).toBe(0);
  });

  test('figures of the cross-validation and the calibration messages add up per candidate', () => {
    const f = (threshold: number, n: number): ActFigures => ({
      threshold,
      missed: n,
      added: n,
      clean: 10 * n,
      falseAdded: n,
    });
    expect(addFigures([f(0.3, 1), f(0.4, 2)], [f(0.3, 3), f(0.4, 4)])).toEqual([
      { threshold: 0.3, missed: 4, added: 4, clean: 40, falseAdded: 4 },
      { threshold: 0.4, missed: 6, added: 6, clean: 60, falseAdded: 6 },
    ]);
  });
});
