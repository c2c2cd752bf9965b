import type { RuleEntry } from '../types';

export const TESTING_RULES: readonly RuleEntry[] = [
  {
    id: 'testing-positive',
    category: 'testing',
    severity: 'high',
    explanation: 'Reports a positive, dilute or tampered test',
    patterns: [
      '(positive|dirty|hot|dilute|diluted|tampered|adulterated|substituted|failed|fake|faked|abnormal|non-negative) ~1 {TEST}',
      '(tested|tests|testing|test|screened|came_back|come_back|comes_back|was|were|popped|pops|pop|blew|showed) (positive|hot|dirty|dilute|dirty_again|positive_again)',
      'positive (for|on) ~1 ({DRUG}|thc|opiates|amphetamines|methamphetamine|benzodiazepines|etg|etoh|cocaine|fentanyl|alcohol|something)',
      '{TEST} ~3 (showed|shows|detected|found|flagged|indicated|confirmed) ~2 ({DRUG}|thc|etg|etoh|use|drinking|alcohol|fentanyl|opiates|methamphetamine)',
      '@fail|flunk ~2 {TEST}',
      '@tamper|fake|cheat ~2 (with_)?(the_|his_|her_)?{TEST}',
      "(someone_else's|clean|fake|synthetic|bought) urine",
      '(whizzinator|synthetic_urine)',
    ],
  },
  {
    id: 'testing-refused-missed',
    category: 'testing',
    severity: 'high',
    explanation: 'Reports a refused or missed test',
    kind: 'fixed',
    patterns: [
      '@refuse|decline|skip|miss|dodge|avoid ~3 {TEST}',
      '(refused|declined) to (test|submit|provide|give|blow|take)',
      "(didn't|did_not|never|failed_to|couldn't|could_not|wouldn't|would_not|won't) (call_the_color_line|call_in|test|submit|provide_a_sample|show_for_(the_|his_|her_)?(test|ua|drug_test)|take_the_(test|ua))",
      '(no-?show|no_show|no-showed|missed_call-in) ~2 (for_)?(the_|his_|her_|a_)?(test|ua|drug_test|screen|testing)',
      '(missed|missing) (call-ins|color_calls|drops|tests|uas|screens)',
      "(unable|could_not|couldn't) to_?(provide|produce|give) ~2 (sample|specimen|urine)",
    ],
  },
  {
    id: 'testing-device',
    category: 'testing',
    severity: 'high',
    explanation: 'Reports an alcohol-monitor or interlock event',
    patterns: [
      '(scram|alcohol_monitor|ankle_monitor|interlock|ignition_interlock|soberlink|sober_link|breath_device|portable_breath_test|bracelet) ~3 (alert|alerts|alerted|violation|violations|tamper|tampering|tampered|went_off|flagged|detected|registered|showed|reading|fail|failure|failed|lockout|locked|hit|event|confirmed|blocked|strike|violation)',
      '@blow ~2 (into|in)? ~1 (the_)?(interlock|soberlink|breathalyzer|device) ~3 (positive|hot|over|above|failed|fail|\\.0\\d)',
      '(missed|skipped) (a|his|her|the|two|three|several|multiple) ~1 (soberlink|breath|blow|test|tests|check|checks)',
    ],
  },
  {
    id: 'testing-compliance',
    category: 'testing',
    severity: 'low',
    kind: 'compliance',
    explanation: 'Reports a negative test, which tells the reader something by contrast',
    patterns: [
      '(negative|clean|clear) ~1 {TEST}',
      '(tested|tests|testing|came_back|come_back|comes_back|was|were|screened|been) ~1 (negative|clean|clear)',
      '{TEST} ~2 (negative|clean)',
      '(all|every) ~1 {TEST} ~3 (negative|clean)',
    ],
  },
];
