/**
 * `npm run train`: retrains the model from the committed corpus, chooses its thresholds on the calibration set,
 * writes src/engine/model/weights.generated.ts, then trains the act model that reads conditions across
 * sentences (src/engine/passage/act-weights.generated.ts) and the naming model that finds the conditions the
 * naming patterns miss (src/engine/passage/naming-weights.generated.ts), and prints the figures. Deterministic: the same corpus writes the
 * same bytes, which tests/unit/model-weights.test.ts checks.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { MODEL_CLASSES } from '../src/engine/model/classes';
import { conditionFiles } from './corpus';
import { buildActModel } from './train-act';
import {
  buildModel,
  type Criterion,
  DEFAULT_THRESHOLD,
  type Figures,
  HYPER,
  MAX_CLEAN_SHARE,
  TARGET_PRECISION,
} from './train-model';
import { buildNamingModel } from './train-naming';
import {
  ACT_WEIGHTS_MODULE,
  NAMING_WEIGHTS_MODULE,
  VETO_WEIGHTS_MODULE,
  WEIGHTS_MODULE,
} from './weights-path';

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function describe(figures: Figures): string {
  return `P ${figures.precision.toFixed(3)}  R ${figures.recall.toFixed(3)}  (tp ${figures.tp}, fp ${figures.fp}, fn ${figures.fn})`;
}

function main(): void {
  const { module, model, veto, data, calibration, recategorising, trainMs } = buildModel();
  writeFileSync(WEIGHTS_MODULE, module);
  writeFileSync(VETO_WEIGHTS_MODULE, veto.module);
  const counts = MODEL_CLASSES.map(
    (label) => `${label} ${data.items.filter((item) => item.label === label).length}`,
  );
  const stored = model.weights.reduce((n, value) => n + (value !== 0 ? 1 : 0), 0);
  print(`training files: ${data.files.join(', ')}`);
  print(`training sentences: ${data.items.length} (${counts.join(', ')})`);
  print(
    `model: ${model.header.buckets} buckets × ${MODEL_CLASSES.length} classes, ${stored} non-zero int8 weights; ` +
      `${HYPER.epochs} epochs, l2 ${HYPER.l2}, seed ${HYPER.seed}`,
  );
  const { rulesAlone, combined } = calibration;
  if (rulesAlone && combined) {
    print(
      `calibration: ${calibration.source}, ${calibration.rows} rows, standard level, target precision ≥ ${TARGET_PRECISION}, clean message sentences flagged ≤ ${MAX_CLEAN_SHARE * 100}%`,
    );
    const clean = (f: typeof combined) => `clean message sentences flagged ${f.cleanFlagged} of ${f.clean}`;
    print(`  rules alone  ${describe(rulesAlone)}; ${clean(rulesAlone)}`);
    print(
      `  combined     ${describe(combined)}  (the model adds tp ${combined.addedTp}, fp ${combined.addedFp}); ${clean(combined)}`,
    );
    const why: Record<Criterion, string> = {
      combined:
        "the best recall at which the combined engine keeps the target precision and the clean messages' share",
      added: `no setting reaches ${TARGET_PRECISION}; the best F1 at which the model's own additions keep it and the clean messages' share holds`,
      off: 'no threshold keeps the target precision: the model is switched off',
      default: '',
    };
    print(
      `threshold: ${calibration.threshold.toFixed(2)} for every category, "none" veto ${calibration.noneVeto > 1 ? 'off' : calibration.noneVeto.toFixed(2)}, the rules' checks drop model findings below ${calibration.checksVetoBelow > 1 ? '1 (always)' : calibration.checksVetoBelow.toFixed(2)} (${why[calibration.criterion]})`,
    );
    print(
      `veto model: ${veto.rows} training sentences the rules flag; overrules a rule only with the sentence model and at a probability of harmless ≥ ${calibration.harmlessVeto.toFixed(2)} (0: the sentence model alone decides)`,
    );
  } else {
    print(
      `calibration: no calibration set in tests/corpus; using the documented default threshold ${DEFAULT_THRESHOLD} (DEFAULT_THRESHOLD in scripts/train-model.ts)`,
    );
  }
  for (const f of recategorising) {
    print(
      `  category overrule ${f.categoryOverrule.toFixed(2)}: turns ${f.fixed} rule findings' categories right, ${f.broken} wrong`,
    );
  }
  print(
    `category overrule: ${model.header.categoryOverrule > 1 ? 'off' : model.header.categoryOverrule.toFixed(2)} (the lowest at which ${TARGET_PRECISION * 100} % of the categories it changes on the calibration sentences become right)`,
  );
  const bytes = Buffer.from(module);
  print(
    `weights module: ${(bytes.length / 1024).toFixed(1)} kB, ${(gzipSync(bytes).length / 1024).toFixed(1)} kB gzipped (budget 150 kB)`,
  );
  print(`trained in ${(trainMs / 1000).toFixed(1)} s`);

  const naming = buildNamingModel();
  writeFileSync(NAMING_WEIGHTS_MODULE, naming.module);
  print(
    `naming model (conditions the patterns miss): ${naming.rows} sentences of ${conditionFiles().join(', ')}`,
  );
  for (const f of naming.figures) {
    print(
      `  threshold ${f.threshold.toFixed(2)}: names ${f.added} of ${f.missed} conditions the patterns miss, ${f.wrong} wrongly`,
    );
  }
  const acts = buildActModel(model, naming.model, veto.model);
  writeFileSync(ACT_WEIGHTS_MODULE, acts.module);
  print(`act model (conditions across sentences): ${acts.sentences} sentences of ${acts.files.join(', ')}`);
  // Every fifth candidate and the chosen one: enough to see the trade.
  acts.trained.forEach((t, i) => {
    const h = acts.held[i];
    if (h === undefined || (Math.round(t.threshold * 100) % 5 !== 0 && t !== acts.chosen.trained)) return;
    print(
      `  threshold ${t.threshold.toFixed(2)}: calibration messages: adds ${h.added} of ${h.missed} missed breaches, wrongly flags ${h.falseAdded} of ${h.clean} clean sentences; training messages (cross-validated): ${t.added} of ${t.missed}, wrongly ${t.falseAdded} of ${t.clean}`,
    );
  });
  const actBytes = Buffer.from(acts.module);
  acts.heldVetoes.forEach((v, i) => {
    const t = acts.trainedVetoes[i];
    if (t === undefined || (Math.round(v.veto * 100) % 5 !== 0 && v !== acts.veto)) return;
    print(
      `  veto ${v.veto.toFixed(2)}: calibration messages: drops ${v.falseRemoved} of ${v.falseFlags} wrong pattern findings, ${v.rightRemoved} of ${v.rightFlags} right ones; training messages (cross-validated): ${t.falseRemoved} of ${t.falseFlags} wrong, ${t.rightRemoved} of ${t.rightFlags} right`,
    );
  });
  print(
    `act veto over the hand-written act patterns: ${acts.veto.veto.toFixed(2)} (0: off; chosen on the calibration messages)`,
  );
  print(
    `act threshold: ${acts.chosen.threshold.toFixed(2)} (the lowest at and above which ${TARGET_PRECISION * 100} % of its additions on the calibration messages are right, and it flags at most ${MAX_CLEAN_SHARE * 100} % of the training messages' clean sentences); module ${(actBytes.length / 1024).toFixed(1)} kB, ${(gzipSync(actBytes).length / 1024).toFixed(1)} kB gzipped`,
  );

  const namingBytes = Buffer.from(naming.module);
  const vetoBytes = Buffer.from(veto.module);
  const total = [bytes, actBytes, namingBytes, vetoBytes].reduce((sum, b) => sum + gzipSync(b).length, 0);
  print(
    `naming threshold: ${naming.chosen.threshold.toFixed(2)}; module ${(namingBytes.length / 1024).toFixed(1)} kB, ${(gzipSync(namingBytes).length / 1024).toFixed(1)} kB gzipped`,
  );
  print(
    `veto model module ${(vetoBytes.length / 1024).toFixed(1)} kB, ${(gzipSync(vetoBytes).length / 1024).toFixed(1)} kB gzipped; all four ${(total / 1024).toFixed(1)} kB gzipped (budget 150 kB)`,
  );
}

main();
