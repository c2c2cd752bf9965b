/**
 * The calibration sweep counts every setting from bitsets; this holds it to the plain count it replaced, row by
 * row, on rows of every kind (flag, allow, clean, clean ones the passage analysis flags) and sizes that do and do
 * not fill a 32-bit word.
 */
import { describe, expect, test } from 'vitest';
import { type Candidates, type Scored, type Setting, sweep } from '../../scripts/calibration-sweep';
import { mulberry32 } from '../../src/engine/model/rng';

function rows(count: number, random: () => number, label: 'flag' | 'allow'): Scored[] {
  return Array.from({ length: count }, (_, i) => ({
    row: { id: `r${i}`, text: '', label, category: null, kind: 'test', hard: false },
    ruleReads: Array.from({ length: Math.floor(random() * 3) }, () => ({
      none: random(),
      harmless: random(),
    })),
    model: random() < 0.5 ? 0 : random(),
    unchecked: random(),
    flaggedAcross: label === 'allow' && random() < 0.1,
  }));
}

/** What the engine flags at one setting, counted the plain way. */
function plainCount(scored: readonly Scored[], clean: readonly Scored[], setting: Setting) {
  const flaggedAt = ({ ruleReads, model, unchecked }: Scored) => {
    const rules = ruleReads.some(
      ({ none, harmless }) => none < setting.noneVeto || harmless < setting.harmlessVeto,
    );
    const sure = Math.max(setting.threshold, setting.checksVetoBelow);
    const added = !rules && (model >= setting.threshold || unchecked >= sure);
    return { flagged: rules || added, added };
  };
  const f = { tp: 0, fp: 0, fn: 0, addedTp: 0, addedFp: 0, cleanFlagged: 0 };
  // The passage analysis flags some clean sentences whatever the setting.
  for (const one of clean) if (flaggedAt(one).flagged || one.flaggedAcross) f.cleanFlagged += 1;
  for (const one of scored) {
    const { flagged, added } = flaggedAt(one);
    if (one.row.label === 'flag') {
      if (flagged) f.tp += 1;
      else f.fn += 1;
      if (added) f.addedTp += 1;
    } else if (flagged) {
      f.fp += 1;
      if (added) f.addedFp += 1;
    }
  }
  return f;
}

describe('calibration sweep', () => {
  test.each([1, 31, 32, 33, 200])(
    '%i rows of each kind: every setting counts as the plain count does',
    (n) => {
      const random = mulberry32(n);
      const scored = [...rows(n, random, 'flag'), ...rows(n, random, 'allow')];
      const clean = rows(n, random, 'allow');
      const candidates: Candidates = {
        checksVetoBelow: [0.5, 0.8, 1.01],
        noneVeto: [0.6, 0.9, 1.01],
        harmlessVeto: [0, 0.3],
        threshold: [0.5, 0.7],
      };
      const figures = sweep(scored, clean, candidates);
      expect(figures).toHaveLength(3 * 3 * 2 * 2);
      // The order callers' tie-breaking relies on: checks limit, "none" veto, veto model threshold, threshold.
      expect(
        figures.slice(0, 3).map((f) => [f.checksVetoBelow, f.noneVeto, f.harmlessVeto, f.threshold]),
      ).toEqual([
        [0.5, 0.6, 0, 0.5],
        [0.5, 0.6, 0, 0.7],
        [0.5, 0.6, 0.3, 0.5],
      ]);
      for (const f of figures) {
        expect({ ...f, ...plainCount(scored, clean, f) }).toEqual(f);
        expect(f.clean).toBe(n);
        expect(f.precision).toBe(f.tp + f.fp === 0 ? 1 : f.tp / (f.tp + f.fp));
        expect(f.recall).toBe(f.tp / (f.tp + f.fn));
      }
    },
  );
});
