/**
 * Counts what the combined engine flags on the calibration rows at every candidate setting of the four numbers
 * chosen there (threshold, "none" veto, veto model's threshold, checks limit): some 300,000 settings. Whether the
 * rules' finding survives depends only on the two vetoes, and whether the model adds one only on the threshold
 * and the checks limit, so each is computed once per pair as a bitset over the rows, and every setting is then
 * counted in a few word operations per 32 rows.
 */
import type { SentenceRow } from './corpus';

/** How sure each model is that a rule's finding is harmless (1 and 1 for findings never overruled). */
export interface RuleRead {
  none: number;
  harmless: number;
}

/** One calibration row as the combined engine sees it, whatever the threshold and veto. */
export interface Scored {
  row: SentenceRow;
  /** Each segment the rules flag, as the two models read it. */
  ruleReads: RuleRead[];
  /** Highest probability of a model finding that survives the rules' leave-alone checks, per segment; 0 when none. */
  model: number;
  /** Highest probability of a model finding, checks aside (a trigger to show, not allow-listed); 0 when none. */
  unchecked: number;
  /** A clean message sentence the passage analysis flags whatever the sentence engine does. */
  flaggedAcross?: boolean;
}

/** One setting of the four numbers chosen on the calibration set. */
export interface Setting {
  threshold: number;
  noneVeto: number;
  harmlessVeto: number;
  checksVetoBelow: number;
}

export interface Figures extends Setting {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  /** Findings only the model made (the rules left the row alone), right and wrong. */
  addedTp: number;
  addedFp: number;
  /** Clean sentences of the calibration messages, and how many the combined engine flags. */
  clean: number;
  cleanFlagged: number;
}

export interface Candidates {
  checksVetoBelow: readonly number[];
  noneVeto: readonly number[];
  harmlessVeto: readonly number[];
  threshold: readonly number[];
}

type Bits = Uint32Array;

function bits(rows: number, has: (i: number) => boolean): Bits {
  const out = new Uint32Array(Math.ceil(rows / 32));
  for (let i = 0; i < rows; i++) if (has(i)) out[i >>> 5] = (out[i >>> 5] ?? 0) | (1 << (i & 31));
  return out;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Figures at every combination of the candidates, in the order checks limit, "none" veto, veto model threshold,
 * threshold (the last varying fastest), which callers' tie-breaking relies on. `scored` are the calibration
 * sentences; `scoredClean` the clean sentences of the calibration messages.
 */
export function sweep(
  scored: readonly Scored[],
  scoredClean: readonly Scored[],
  candidates: Candidates,
): Figures[] {
  const all = [...scored, ...scoredClean];
  const n = all.length;
  const flag = bits(n, (i) => i < scored.length && all[i]?.row.label === 'flag');
  const allow = bits(n, (i) => i < scored.length && all[i]?.row.label !== 'flag');
  const clean = bits(n, (i) => i >= scored.length);
  const across = bits(n, (i) => all[i]?.flaggedAcross === true);
  const positives = flag.reduce((sum, word) => sum + popcount(word), 0);
  const rulesAt = (noneVeto: number, harmlessVeto: number): Bits =>
    bits(n, (i) =>
      (all[i]?.ruleReads ?? []).some(({ none, harmless }) => none < noneVeto || harmless < harmlessVeto),
    );
  const addedAt = (threshold: number, checksVetoBelow: number): Bits => {
    const sure = Math.max(threshold, checksVetoBelow);
    return bits(n, (i) => {
      const one = all[i];
      return one !== undefined && (one.model >= threshold || one.unchecked >= sure);
    });
  };
  const rules = candidates.noneVeto.map((noneVeto) =>
    candidates.harmlessVeto.map((harmlessVeto) => rulesAt(noneVeto, harmlessVeto)),
  );
  const out: Figures[] = [];
  for (const checksVetoBelow of candidates.checksVetoBelow) {
    const added = candidates.threshold.map((threshold) => addedAt(threshold, checksVetoBelow));
    candidates.noneVeto.forEach((noneVeto, v) => {
      candidates.harmlessVeto.forEach((harmlessVeto, h) => {
        const ruled = rules[v]?.[h] as Bits;
        candidates.threshold.forEach((threshold, t) => {
          const model = added[t] as Bits;
          let tp = 0;
          let fp = 0;
          let addedTp = 0;
          let addedFp = 0;
          let cleanFlagged = 0;
          for (let w = 0; w < ruled.length; w++) {
            const r = ruled[w] ?? 0;
            const own = (model[w] ?? 0) & ~r;
            const flagged = r | own;
            tp += popcount(flagged & (flag[w] ?? 0));
            fp += popcount(flagged & (allow[w] ?? 0));
            addedTp += popcount(own & (flag[w] ?? 0));
            addedFp += popcount(own & (allow[w] ?? 0));
            cleanFlagged += popcount((flagged | (across[w] ?? 0)) & (clean[w] ?? 0));
          }
          const fn = positives - tp;
          out.push({
            threshold,
            noneVeto,
            harmlessVeto,
            checksVetoBelow,
            precision: tp + fp === 0 ? 1 : tp / (tp + fp),
            recall: tp + fn === 0 ? 1 : tp / (tp + fn),
            tp,
            fp,
            fn,
            addedTp,
            addedFp,
            clean: scoredClean.length,
            cleanFlagged,
          });
        });
      });
    });
  }
  return out;
}
