/** Where `npm run train` writes the model, for the trainer, the bench and the drift test. */
import { join } from 'node:path';

export const WEIGHTS_MODULE = join(
  import.meta.dirname,
  '..',
  'src',
  'engine',
  'model',
  'weights.generated.ts',
);

/** The act model that reads conditions across sentences (src/engine/passage/act-model.ts). */
export const ACT_WEIGHTS_MODULE = join(
  import.meta.dirname,
  '..',
  'src',
  'engine',
  'passage',
  'act-weights.generated.ts',
);

/** The naming model that finds the conditions the naming patterns miss (src/engine/passage/naming-model.ts). */
export const NAMING_WEIGHTS_MODULE = join(
  import.meta.dirname,
  '..',
  'src',
  'engine',
  'passage',
  'naming-weights.generated.ts',
);

/** The veto model, the second opinion before the model overrules a rule (src/engine/model/veto-model.ts). */
export const VETO_WEIGHTS_MODULE = join(
  import.meta.dirname,
  '..',
  'src',
  'engine',
  'model',
  'veto-weights.generated.ts',
);
