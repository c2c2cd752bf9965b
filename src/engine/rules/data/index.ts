import type { RuleEntry } from '../types';
import { DRIVING_RULES } from './driving';
import { ENFORCEMENT_RULES } from './enforcement';
import { NONCOMPLIANCE_RULES } from './noncompliance';
import { OFFENSE_RULES } from './offense';
import { SEX_WORK_RULES } from './sexwork';
import { SUBSTANCE_RULES } from './substance';
import { TESTING_RULES } from './testing';
import { VIOLENCE_RULES } from './violence';
import { WHEREABOUTS_RULES } from './whereabouts';

/**
 * Every rule, most specific categories first: when a sentence matches several, the earliest rule of the
 * highest severity names the category (a positive swab is a testing event before it is drug use).
 */
export const RULES: readonly RuleEntry[] = [
  ...TESTING_RULES,
  ...DRIVING_RULES,
  ...SEX_WORK_RULES,
  ...WHEREABOUTS_RULES,
  ...NONCOMPLIANCE_RULES,
  ...SUBSTANCE_RULES,
  ...VIOLENCE_RULES,
  ...OFFENSE_RULES,
  ...ENFORCEMENT_RULES,
];
