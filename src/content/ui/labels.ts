/** Words the UI shows for engine categories and severities. */
import type { Category } from '../../engine/types';

export const CATEGORY_LABEL: Record<Category, string> = {
  offense: 'Law violation',
  substance: 'Substance use',
  testing: 'Test result',
  enforcement: 'Police or court contact',
  noncompliance: 'Program noncompliance',
  whereabouts: 'Whereabouts',
  violence: 'Violence',
  'sex-work': 'Sex work',
  driving: 'Driving offense',
};
