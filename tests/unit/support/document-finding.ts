/** A flagged passage's finding as the document readers report it, for tests of the surfaces that list it. */
import type { Finding } from '../../../src/engine/types';

export const DRUG_USE_FINDING: Finding = {
  start: 0,
  end: 25,
  category: 'substance',
  severity: 'high',
  trigger: 'used heroin',
  triggerStart: 3,
  triggerEnd: 14,
  reason: 'Mentions drug use.',
  ruleId: 'test',
};
