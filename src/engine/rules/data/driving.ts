import type { RuleEntry } from '../types';

export const DRIVING_RULES: readonly RuleEntry[] = [
  {
    id: 'driving-impaired',
    category: 'driving',
    severity: 'high',
    explanation: 'Mentions impaired driving',
    record: true,
    patterns: [
      '(dui|duii|duis|dwi|dwis|owi|ovi|dui-related|drunk_driving|drunk-driving|impaired_driving|driving_under_the_influence|driving_while_intoxicated|driving_while_impaired|drinking_and_driving)',
      '@drive ~3 (drunk|high|intoxicated|buzzed|impaired|wasted|loaded|after_drinking|after_using|under_the_influence|while_drinking|with_an_open_container)',
      '(drunk|high|intoxicated|buzzed|impaired|wasted|loaded) ~2 (driving|drove|behind_the_wheel|at_the_wheel|while_driving)',
      '(blew|blows|blowing|blow|registered|tested|tests|bac|blood_alcohol|breath_test|breath_alcohol) ~3 (over|above|twice|double) ~1 (the_)?(legal_)?(limit|\\.0[89]|\\.[1-3]\\d?)',
      '(over|above) the_(legal_)?limit',
      '(blew|blows|blew_a|bac_of|blood_alcohol_of) (a_)?(\\.|0\\.)\\d+',
      '(open_container)',
    ],
  },
  {
    id: 'driving-unlicensed',
    category: 'driving',
    severity: 'high',
    explanation: 'Mentions driving without a valid license',
    patterns: [
      '@drive ~4 (suspended|revoked|without_a_license|without_a_valid_license|with_no_license|no_license|unlicensed|without_insurance|with_no_insurance|uninsured|on_a_suspended|on_a_revoked)',
      '(dwls|dwlr|dwr|dws|driving_while_license_suspended|driving_while_suspended|driving_with_a_suspended|driving_on_a_suspended|driving_while_license_revoked|driving_while_revoked|unlicensed_driving|driving_without_a_license|no_valid_license)',
      '(suspended|revoked|no|expired|without_a) (license|licence) ~6 (drove|drives|driving|driven|behind_the_wheel|pulled_over|stopped|crashed|hit)',
      '(behind_the_wheel|at_the_wheel) ~4 (suspended|revoked|license|licence)',
      '(hit-and-run|hit_and_run|reckless_driving|eluding|vehicular_assault|joyriding|joyride)',
      "(crashed|wrecked|totaled) (his|her|their|the|a|a_friend's|someone's|his_mom's|her_mom's) ~1 (car|truck|van|vehicle|suv)",
    ],
  },
];
