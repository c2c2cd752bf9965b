import type { RuleEntry } from '../types';

/** Tests that are not drug or alcohol tests: a positive COVID or TB test, a failed driving test. */
const NON_DRUG =
  "covid(?:-19)?|coronavirus|flu|influenza|strep|pregnancy|tb|ppd|tuberculosis|hep(?:atitis)?|hiv|stds?|stis?|chlamydia|gonorrhea|syphilis|mono|rsv|pneumonia|cancer|diabetes|a1c|glucose|sugar|cholesterol|allergy|allergies|driving|driver's|drivers|road|written|permit|knowledge|hearing|vision|eye|ged|hiset|practice|placement|aptitude|typing|personality|iq|dna|paternity|genetic|citizenship|smog|emissions|reading|math|entrance|mri|x-ray|skin|quantiferon|mantoux|blood\\s+pressure|lead|mold|radon|water";
/**
 * Before a result word ("came back positive"): not a non-drug test named just before ("her TB screen came back
 * positive"), and not a test someone could make or might turn positive ("can poppy seeds make a test positive").
 */
const RESULT_GUARD = `(?<!\\b(?:${NON_DRUG})[\\s-]+(?:[\\w-]+\\s+)?(?:tests?|screens?|screenings?|results?|swabs?|panels?|labs?|cultures?|work|scans?|exams?)\\s+(?:[\\w'-]+\\s+){1,5})(?<!\\b(?:make|makes|making|made|cause|causes|caused|turn|turns|can|could|might|may)\\s+(?:(?:a|the|your|his|her|their|you|him|them)\\s+)?[\\w-]+\\s+)`;
/** Not "positive for COVID". */
const NOT_FOR_NON_DRUG = `(?!\\s+for\\s+(?:the\\s+)?(?:${NON_DRUG})\\b)`;
/** Words a positive drug test can be "positive for": drugs, medicines, and counts ("for two substances"). */
const POSITIVE_FOR =
  '{DRUG}|{RX}|{STREET}|thc|etg|ets|etoh|peth|bac|opi|amp|bzo|coc|fyl|bup|mtd|oxycodone|norfentanyl|barbiturates?|cannabinoids?|benzodiazepines?|alprazolam|clonazepam|lorazepam|diazepam|tramadol|hydromorphone|oxymorphone|carisoprodol|soma|kratom|methamphetamines?|amphetamines?|opiates?|opioids?|metabolites?|something|everything|substances?|drugs?|multiple|several|two|three|four|both|all|more|illicit|illegal|non-prescribed|unprescribed|street|first|second|third|time|again|same|last|one';
/** "Positive for the flu", "positive for anemia": a result for something that is not a drug. */
const NOT_FOR_OTHER = `(?!\\s+for\\s+(?!(?:(?:the|a|an)\\s+)?(?:${POSITIVE_FOR})\\b)\\S)`;
/** "A positive attitude", "a positive step": the everyday sense of the word. */
const NOT_EVERYDAY =
  '(?!_(?:attitude|outlook|step|steps|change|changes|note|notes|feedback|influence|relationships?|experiences?|news|meeting|meetings|update|report|review|mindset|energy|role|impact|vibes?|signs?|developments?|feelings?|reinforcement|thinking|light|way|direction|progress|things|people|support|connections?|start|effects?|responses?|interactions?|conversations?|affirmations?|mood|spirit|behaviou?r|comments?|remarks?|topic|topics|takeaways?|attitude_about|about)\\b)';
/**
 * A drug or alcohol test: the lexicon's test words, checked right after the test word (a lookbehind at the start of
 * a pattern would run at every position):
 * not a non-drug test ("TB test", "hepatitis C screen") and not a test someone could make positive.
 */
const TEST_GUARD = `(?<!\\b(?:${NON_DRUG})[\\s-]+(?:[\\w-]+\\s+)?(?:tests?|screens?|screenings?|results?|swabs?|panels?|samples?|specimens?|cultures?|labs?|work))(?<!\\b(?:make|makes|making|cause|causes|turn|turns)\\s+(?:(?:a|the|your|his|her|their|you)\\s+)?(?:tests?|screens?|uas?|swabs?|results?|samples?|cups?))`;
const DRUG_TEST = `{TEST}${TEST_GUARD}`;
/** "The test for her food handler card": a test that is not a drug test. */
const NOT_OTHER_TEST =
  "(?!\\s+for\\s+(?:(?:his|her|their|the|a|an)\\s+)?(?:food|driver'?s?|drivers|permit|license|licence|ged|hiset|class|course|job|certification|cdl|citizenship|forklift|flagger|school|college|placement|covid|tb|hiv|hep\\w*|strep|flu|pregnancy|hearing|vision)\\b)";
/** Test words for terse notes ("UA refused 10/28"), without "results" or "collection". */
const TEST_NOTE =
  '(uas?|u\\.a\\.|uds|udss|drug_tests?|drug_screens?|tests?|screens?|swabs?|drops?|randoms?|urinalysis|breath_tests?|pbt|etg|soberlink|scram|color_calls?|call-ins?|tox_screens?|urine_screens?|samples?|specimens?|testing)';
/** What makes a sample unusable or suspect. */
const BAD_SAMPLE =
  '(inconclusive|adulterated|dilute|diluted|watered_down|watered-down|tampered|invalid|rejected|substituted|abnormal|not_accepted|too_cold|cold|out_of_(temperature|temp|range)|out-of-range|fake|synthetic|bogus|not_human|doctored|spiked|contaminated|unusable|bleach|a_fail|fail|failure|failed)';
/** A missed testing window: "blew two hours after the window closed". */
const WINDOW =
  '(the|his|her|their|its|a)_(testing_|test_|blow_|time_|call-in_)?(window|testing_window|time_frame|timeframe)';

export const TESTING_RULES: readonly RuleEntry[] = [
  {
    id: 'testing-positive',
    category: 'testing',
    severity: 'high',
    explanation: 'Reports a positive, dilute or tampered test',
    patterns: [
      `(positive${NOT_EVERYDAY}|dirty|hot${NOT_EVERYDAY}|dilute|diluted|tampered|adulterated|substituted|failed|fake|faked|abnormal|non-negative|cold|invalid|watered-down|watered_down|doctored|spiked) ~1 ${DRUG_TEST}`,
      "(couldn't|could_not|unable_to|wasn't_able_to|was_unable_to|can't|cannot) (pee|urinate|void|go_at_the_lab|go_for_the_test|go_for_the_ua|fill_the_cup)",
      `(tested|tests|testing|test|screened|came_back|come_back|comes_back|was|were|popped|pops|pop|blew|showed) ${RESULT_GUARD}(positive|hot|dirty|dilute|dirty_again|positive_again|non-negative|presumptive_positive|presumptively_positive)${NOT_FOR_NON_DRUG}${NOT_FOR_OTHER}(?!_(?:about|that|outside|out|in_(?:here|there)|to|with|enough|and_(?:sunny|humid|sweaty)|attitude|outlook|role|influence|experience)\\b)`,
      'positive (for|on) ~1 ({DRUG}|thc|opiates|amphetamines|methamphetamine|benzodiazepines|etg|etoh|cocaine|fentanyl|alcohol|something)',
      '{TEST} ~3 (show|showed|shows|indicate|indicates|suggest|suggests|suggested|detected|found|flagged|indicated|confirmed|picked_up|picks_up|caught|registered|came_back_with|comes_back_with|came_back_for|comes_back_for|had|has) ~4 ({DRUG}|thc|etg|etoh|use|drinking|alcohol|fentanyl|opiates|methamphetamine)',
      `@fail|flunk ~2 ${DRUG_TEST}`,
      `(didn't|did_not|couldn't|could_not|never|hasn't|has_not|won't|wouldn't|can't|cannot) (pass|passed) ~2 ${DRUG_TEST}${NOT_OTHER_TEST}`,
      `(positive${NOT_EVERYDAY}|dirty|hot${NOT_EVERYDAY}|dilute|diluted|non-negative) ~6 ${DRUG_TEST}`,
      `${DRUG_TEST} ~6 (positive|dirty|hot|dilute|diluted|non-negative)${NOT_FOR_NON_DRUG}${NOT_FOR_OTHER}(?!_(?:attitude|outlook|step|steps|change|changes|note|feedback|influence|relationship)\\b)`,
      '(would|will|going_to|gonna|probably|might|expects_to|expected_to) ~1 (be|come_back|test|pop) (positive|hot|dirty)',
      "(hasn't|has_not|haven't|not|didn't|did_not|never|stopped|quit) (tested|testing|called_in|been_testing|done_(a|any)_(ua|test|uas|tests|drops?))(?!_(?:positive|dirty|hot)\\b)",
      '(no|late) (blows?|breath_tests?|soberlink_tests?|check-in_blows?)',
      '@miss|skip|ignore|dodge|blow_off ~4 (blows?|breath_tests?|soberlink_tests?|check-in_blows?|breath_checks?|retests?|rolling_retests?|soberlinks?)',
      '(forget|forgets|forgot|forgetting|forgotten) ~4 (blows?|breath_tests?|soberlink_tests?|check-in_blows?|breath_checks?|retests?|rolling_retests?|soberlinks?)',
      "(lab|collector|tech|technician) ~2 (rejected|refused|couldn't_use|could_not_use|flagged|invalidated)",
      '(missed|skipped|failed) ~4 (blows?|rolling_retests?|retests?|breath_tests?|scheduled_tests?|check-in_tests?)',
      '(fake|synthetic|clean|powdered|bottled|bought) (urine|pee)_(kits?|bottles?|vials?|belts?|pouch|pouches|heaters?)',
      // A result still to be confirmed is still a positive: "a pending positive at the lab".
      `(pending|unconfirmed|presumptive|confirmed|new|another|second|third|fresh|recent|latest) (positive|positives|dirty|dirties|hot_ua|hot_uas)${NOT_EVERYDAY}(?![\\w-])`,
      // Adding something to the cup: "put water in the cup when the tech wasn't looking".
      '(put|puts|putting|poured|pours|pouring|added|adds|adding|mixed|dropped|squirted|dumped) ~3 (water|bleach|soap|salt|vinegar|visine|eye_drops|something|toilet_water|hand_sanitizer|drops|liquid|juice) ~1 (in|into) (the|his|her|their)_(cup|sample|specimen|urine|ua)',
      // Promising to test and not doing it: "she keeps saying she'll test tomorrow and then doesn't".
      "(says|said|saying|keeps_saying|promised|promises|swore|claims) ~2 (he'll|she'll|they'll|will|would|'ll|is_going_to|was_going_to|gonna) ~1 (test|drop|go_to_the_lab|do_(a|the|his|her|their)_(ua|test|drop)) ~4 (doesn't|didn't|never|does_not|did_not|hasn't|has_not|won't)",
      "(fake_pee|fake_urine|synthetic_pee|clean_pee|someone_else's_pee|bottled_urine)",
      "(swap|swapped|swapping|switch|switched|switching|substitute|substituted) (out_)?(the_|his_|her_|their_|a_|in_)?(\\w+'s_|someone_else's_|somebody_else's_)?(cups?|samples?|urine|specimens?|pee)(?!_(?:to|for)_(?:oral|swabs?|saliva|hair|sweat)\\b)",
      "(asked_to_postpone|postponed|rescheduled|put_off|delayed|pushed_back) ~4 {TEST} ~6 (never|didn't|did_not|times|again)",
      `${DRUG_TEST} ~6 (was|were|came_back|is|came_up|showed_up|got|been) ~1 (elevated|non-negative|presumptive|presumptively_positive|abnormal|flagged|over_the_cutoff|above_the_cutoff|out_of_range|a_fail|failed|a_failure|no_good|bad)`,
      '(presumptive|presumptively|confirmed|lab-confirmed) positive',
      // Lab shorthand: "UA 11/3: + meth", "pos for fent", "POS THC".
      '(\\+_?|pos_|pos\\._?)(for_)?({DRUG}|thc|fent|opiates|opi|amphetamines|amp|meth|benzos|bzo|coc|etg|etoh|alcohol|oxy|bup|mdma|pcp|fyl)',
      // A cup's drug line that does not appear means the drug was found.
      "(line|band|stripe|bar) ~4 (never|didn't|did_not|doesn't|wouldn't|won't) (show|showed|appear|appeared|come|came|form|formed)",
      '{TEST} ~3 (had|has|with) (some_)?({DRUG}|thc|fent|opiates|amphetamines|benzos|alcohol|etg) (in_it|on_it|in_(his|her|their)_system)',
      "(hasn't|has_not|haven't|hadn't|hasn't_had|has_not_had|not_had|no|never|couldn't|can't) ~2 (clean|negative) {TEST} (since|in|for|all|this|the_whole)",
      "{TEST} ~5 (weren't|wasn't|were_not|was_not|aren't|isn't) (where|what) ~3 (need|needed|needs|should|supposed|wanted|hoped|expected)",
      "(numbers|reading|readings|level|levels|results?) ~5 (weren't|wasn't|were_not|was_not|aren't|isn't) (good|great|zero|clean|where|what_(we|they|i)_(wanted|hoped|needed))",
      '@blow ~2 (\\.\\d+|0\\.\\d+) ~3 (soberlink|interlock|device|scram|breathalyzer|pbt|monitor|machine|check-in|kiosk)',
      "(tech|collector|lab|observer|monitor) ~3 (couldn't|could_not|can't|cannot|wasn't_able_to|was_unable_to) (go|pee|urinate|produce|provide)",
      '(etg|ets|etoh|peth|bac|brac|tac|pbt|blood_alcohol|breath_alcohol|breath_alcohol_content|transdermal_alcohol) ~2 (was|were|of|at|came_back|read|reading|level|result) ~1 ([1-9][\\d,]*|0?\\.0*[1-9]\\d*)',
      "{TEST} ~3 (inconsistent_with|don't_match|didn't_match|doesn't_match|contradict|contradicted|contradicts|don't_line_up|didn't_line_up)",
      '(above|over|past) the_(cutoff|cut-off|threshold|limit_for_(etg|alcohol|thc))',
      '(low|abnormal|out-of-range) (creatinine|specific_gravity)',
      '(creatinine|specific_gravity) ~5 (low|abnormal|out_of_range|too_low|flagged|invalid|not_valid)',
      '(detox|flush|cleanse|niacin|masking) (tea|drinks?|kits?|pills|shampoo)',
      '(peeled|pulled|ripped|took|taken|tore|torn|picked) (off|at)? ~2 (his|her|their|the) sweat_patch',
      'sweat_patch ~5 (peeled|pulled|ripped|removed|lifted|came_off|torn|tampered|missing|fell_off|rejected|compromised)',
      "(lab|collector|tech|technician|the_site) ~3 (rejected|refused|couldn't_use|could_not_use|invalidated|threw_out|voided) (it|the_sample|the_specimen|his_sample|her_sample|the_patch|the_test)",
      '(pinged|pings|pinging|flagged|hit|came_up) (for|on) ~1 ({DRUG}|thc|fent|opiates|benzos|amphetamines|methamphetamine|alcohol|etg|etoh|cocaine|fentanyl|something)',
      '(drinking|alcohol|tamper|tampering|obstruction|confirmed_drinking) (event|events|alert|alerts)',
      '(left|walked_out|walks_out|leaves|walked_off|took_off) ~4 (without|before) ~3 (giving|providing|testing|tested|a_sample|sample|specimen|submitting|giving_one|providing_one|a_specimen|a_ua|the_ua|producing|dropping)',
      '(stalled|stalling|stalls) (on|at|during) ~2 {TEST}',
      "(number|color|colour|code) (came_up|was_called|got_called) ~6 (didn't|did_not|never|wasn't|failed|skipped|missed|no-showed|blew_it_off)",
      `${DRUG_TEST} (lit_up|lights_up|lighting_up|popped|pops) ~2 (for|positive|hot|dirty|{DRUG}|thc|opiates|benzos|amphetamines|alcohol)`,
      '(cup|strip|dip|panel|screen) (lit_up|showed|turned|read|came_up|popped) ~2 (positive|for|hot|dirty|{DRUG}|thc|opiates|benzos|amphetamines|alcohol)',
      '(avoiding|avoids|avoided|dodging|dodges|dodged|ducking|putting_off|put_off|delaying|delayed|stopped_going_to|stopped) ~3 (testing|tests|the_test|a_test|his_test|her_test|uas|the_ua|drops|screens|the_lab)',
      '(found|detected|showed|picked_up|identified) ~4 ({DRUG}|thc|metabolites|etg|etoh|alcohol|opiates|amphetamines|benzos|fentanyl) ~3 in_(his|her|their)_(urine|sample|specimen|system|blood|saliva|breath)',
      '(metabolites|traces?) of ({DRUG}|thc|opiates|amphetamines|benzos|fentanyl|alcohol)',
      '(marked|counted|recorded|logged|treated|scored|listed|coded) ~3 (refusal|no-show|missed|positive|failure|failed|dilute)',
      "(temperature|temp) (strip|reading|check) ~3 (didn't_register|did_not_register|out_of_range|too_low|too_cold|failed|wasn't_right)",
      // An excuse offered for a result: "blamed it on poppy seeds", "says it was secondhand smoke".
      '(blamed|blames|blaming|says|said|claims|claimed|swears|swore|insists|insisted|thinks|argued|argues) ~4 (poppy_seeds|poppy_seed|secondhand_smoke|second-hand_smoke|contact_high|false_positive|cough_syrup|cbd)',
      '(poppy_seeds?|secondhand_smoke|second-hand_smoke|contact_high|false_positive|cough_syrup) ~4 (his|her|their) ({TEST}|positive|positives|result|results|ua|uas|swab|levels?|reading|readings)',
      '(detox_drinks?|flush_kits?|masking_agents?|clean_urine_kits?)',
      '(confirmation|confirmatory|sent_out|retest|re-test|gc-ms) ~3 (for|on) ~1 ({DRUG}|opiates|thc|benzos|amphetamines|methamphetamine|cocaine|fentanyl|alcohol|etg|etoh)',
      '(help|helps|helped|trying_to|try_to|tried_to|how_to|way_to|would|could|wants_to) ~3 (pass|beat|cheat_on|flush_before|get_through|fool) ~2 {TEST}',
      "{TEST} ~3 (not_good|wasn't_good|weren't_good|not_great|wasn't_great|weren't_great|didn't_look_good|came_back_bad|problematic|concerning|a_problem)",
      '(adulterated|adulterant|tampering|substituted_sample|dilute_sample|diluted_sample|too_cold|out_of_temperature_range)',
      `${DRUG_TEST} ~6 ${BAD_SAMPLE}`,
      // A late or skipped blow or test: "blew into the Soberlink two hours after the window closed".
      `(soberlink|interlock|scram|device|blow|blows|blew|breath_test|test|tests|tested|ua|uas|check-in|color_call|call-in|drop|sample) ~6 (after|outside|past|missed|outside_of) ${WINDOW}`,
      '(late|hours_late|an_hour_late|minutes_late) ~3 (for|on|with|to) ~2 (soberlink|blows?|tests?|uas?|check-ins?|color_calls?|drops?|breath_tests?|testing|randoms?)',
      // Spotty testing: "her randoms have been inconsistent", "his testing is hit or miss".
      `(his|her|their|the) ${DRUG_TEST} ~3 (inconsistent|spotty|sporadic|irregular|hit-or-miss|hit_or_miss|off_and_on|on_and_off|patchy|all_over_the_place|not_consistent)`,
      // Terse notes: "UA refused 10/28", "UA 12/1: no-show".
      `${TEST_NOTE}${TEST_GUARD} ~3 (refused|declined|missed|skipped|no-?show|no_show|no-showed|dnr|dns|not_done|not_completed|incomplete|a_no-show|a_refusal|a_miss|failed|positive|pos|non-neg)(?![\\w-])`,
      `${TEST_NOTE}${TEST_GUARD}[:,]? (on_[\\d/.-]+[:,]?|[\\d/.-]+[:,]?|[-–—:])? (refused|declined|missed|skipped|no-?show|no_show|no-showed|dnr|dns|not_done|not_completed|incomplete|a_no-show|a_refusal|a_miss|failed|positive|pos|non-neg)(?![\\w-])`,
      '(hot|dirty|positive|popped|pop|pops) (for|on) ~1 ({DRUG}|thc|fent|opiates|benzos|amphetamines|methamphetamine|something|alcohol|etg|etoh|cocaine|fentanyl)',
      '(the|a|his|her|another|one|two|three|that|this|last|latest|recent|second|third) (positive|dirty|hot)(?=_(?:was|were|for|on|came|result|results|ua|uas|test|tests|screen|screens|from|in|last|this|again)\\b)',
      "(didn't|did_not|doesn't|won't) come_back ~3 (hoped|expected|wanted|clean|negative)",
      '(breathalyzer|breath_test|bac|pbt|blow|bal|breath_sample|blood_alcohol) ~4 (read|reads|showed|shows|registered|was|of|at) ~1 (\\.0[1-9]\\d*|\\.[1-9]\\d*|0\\.\\d+)',
      '@tamper|fake|cheat ~2 (with_)?(the_|his_|her_)?{TEST}',
      "(someone_else's|clean|fake|synthetic|bought) urine",
      '(bottle|bottles|vial|vials|container|baggie|balloon|condom|pill_bottle|flask) of (urine|pee|piss)',
      "(wouldn't|would_not|refused_to|won't|will_not|didn't_want_to|did_not_want_to) ~6 (observer|observed|be_observed|in_front_of_the_(observer|collector|tech|monitor))",
      "@use|bring|swap|submit|turn_in|pass_off|substitute|hand_in|hand_over ~2 (\\w+'s|someone_else's|somebody_else's|another_person's|borrowed|bought|bottled) (urine|pee|piss|sample|specimen)",
      '(whizzinator|synthetic_urine)',
      // Result shorthand: "positive THC, negative all else", "two positive EtGs since October".
      '(positive|pos|non-negative|presumptive) (thc|etg|etoh|opiates|opi|amphetamines?|amp|meth|methamphetamine|benzos?|bzo|coc|cocaine|fent|fentanyl|fyl|oxy|oxycodone|bup|mdma|pcp|alcohol|cannabinoids|barbiturates|xylazine|tranq)(?!_(?:test_strips?|strips?|education|prevention)\\b)',
      '(positive|dirty|hot|failed|dilute|diluted|non-negative) (etgs|peths|pbts|breathalyzers|breath_tests|soberlinks|swabs|sweat_patches|patches|hair_tests|randoms|drops|dips|cups)',
      // Devices found on the person by the collector: "the collector caught him with a device under his clothes".
      '(collector|observer|tech|technician|lab|monitor|staff) ~4 (caught|found|saw|spotted|noticed|discovered) ~3 (device|belt|pouch|bag_of_urine|bottle|balloon|vial|tube|tubing|heat_pack|hand_warmer|prosthetic|container)',
      // "breath test was over the limit at the shelter".
      `(${DRUG_TEST}|breath_test|breathalyzer|pbt|bac|blow|reading) ~4 (over|above|past) the_(limit|legal_limit|cutoff|cut-off)`,
    ],
  },
  {
    id: 'testing-refused-missed',
    category: 'testing',
    severity: 'high',
    explanation: 'Reports a refused or missed test',
    patterns: [
      `@ghost|flake_on|bail_on|blow_off ~3 ${DRUG_TEST}${NOT_OTHER_TEST}`,
      `@refuse|decline|skip|miss|dodge|avoid ~3 ${DRUG_TEST}${NOT_OTHER_TEST} ((for|with|at|from)_(probation|pretrial|(his|her|their|the)_(po|probation_officer|officer|lab|program|drug_court|treatment_court)|drug_court|treatment_court|court|dcc|doc|the_lab))?`,
      // "was supposed to test Friday but went to his cousin's instead".
      "(was|were|is|are) supposed_to (test|drop|do_(a|the|his|her|their)_(ua|test|drop)|go_to_the_lab|blow|call_in|call_the_color_line) ~4 (but|and) ~6 (instead|didn't|did_not|never|went|skipped|no-showed|blew_it_off|forgot|wasn't|was_not)",
      // "missed four of his last six color calls".
      '@miss|skip|blow_off|dodge|refuse (two|three|four|five|six|seven|eight|\\d+|half|most|several|some|all|both|a_few|a_couple|one|many) (of|out_of) ~3 ({TEST}|color_calls|colour_calls|color_checks)',
      // "failed to appear for random UA 11/14", "never reported to the lab for his test".
      `(failed_to|failure_to|fails_to|didn't|did_not|never) (appear|report|show|show_up|come|go|check_in|call_in) ~3 (for|to|at) (a|the|his|her|their|this|that|today's|any)? (random|observed|scheduled|weekly|monthly|required|court-ordered)? ${TEST_NOTE}`,
      "(didn't|did_not|never|couldn't|failed_to|doesn't|won't|hasn't|has_not|haven't) (make_it|go|get|show|come|report|went|came|showed|showed_up|made_it|gone|been|shown|reported|checked_in|called_in) ~5 ({TEST}|lab|the_lab|testing|collection_site|to_test|in_to_test)",
      '(refused|declined) to (test|submit|provide|give|blow|take)',
      // "refused to pee for the PO", "wouldn't pee in the cup", "won't drop".
      "(refuse|refuses|refused|refusing|decline|declines|declined|declining|wouldn't|would_not|won't|will_not) (to_)?(pee|urinate|void|drop|do_(a|the|his|her|their)_(ua|test|drop|swab|screen|blow)|go_(in_the_cup|for_(the|a|his|her)_(test|ua)))",
      // "never gave a specimen", "hasn't submitted a sample", "left without producing one".
      "(never|didn't|did_not|couldn't|could_not|wouldn't|would_not|hasn't|has_not|haven't|failed_to|fails_to|won't|never_did) (give|gave|given|provide|provided|produce|produced|submit|submitted|turn_in|turned_in|drop|dropped|leave|left|do|did|done) ~2 (sample|specimen|urine|ua|swab|blow|test|drop|uas|tests)",
      "(didn't|did_not|never|failed_to|couldn't|could_not|wouldn't|would_not|won't) (call_the_color_line|call_in|test|submit|provide_a_sample|show_for_(the_|his_|her_)?(test|ua|drug_test)|take_the_(test|ua))",
      '(no-?show|no_show|no-showed|no-showing|no-shows|missed_call-in) ~4 ({TEST}|test|tests|ua|uas|drug_test|screen|testing|drops?|swab)',
      "(forget|forgets|forgetting|forgot|failed_to|fails_to|not|never|didn't|doesn't|won't|stopped) ~2 (calling|call|check|checking) ~3 (color|colour|color-code|color_code|testing|ua|drug_test) ~1 (line|in|number)?",
      '(missed|missing) (call-ins|color_calls|drops|tests|uas|screens)',
      // "a no call no show for her UA".
      `(no_call_no_show|no-call_no-show|no-call-no-show|no_call/no_show|no-call/no-show|ncns|no_call,_no_show) ~4 ${TEST_NOTE}`,
      // A sanction for a test names the test event: "a sanction for a dilute", "sanctioned him for two missed tests".
      '(sanction|sanctions|sanctioned|sanctioning|jail_time|violated|a_violation) ~3 for ~3 (dilute|diluted|positive|dirty|hot|missed|refused|no-show|tampered|missing|skipping|failed|failing|adulterated) ~1 ({TEST}|test|tests|ua|uas)?',
      "(unable|could_not|couldn't) to_?(provide|produce|give) ~2 (sample|specimen|urine)",
      // "behind on his UAs", "still owes two make-up tests".
      `(behind|late|overdue) (on|with) (his|her|their|the|several|two|three)? ~1 ${DRUG_TEST}`,
      '(owes|owe|owed|owing|missing|outstanding|needs_to_do|has_to_do) ~3 (make-up|makeup|make_up)_(tests?|uas?|drops?|screens?|swabs?|blows?)',
      // Team notes on a color line: "Color line: called, selected, no show."
      "(color_line|colour_line|color_code|colour_code|color|colour|number)[:,]? (called|came_up|was_called|got_called|selected|hit)(?=[^.!?]{0,30}\\b(?:no[\\s-]?show|no\\s+test|didn't\\s+(?:show|test)|did\\s+not\\s+(?:show|test)|missed|skipped|refused|never\\s+showed)\\b)",
    ],
  },
  {
    id: 'testing-device',
    category: 'testing',
    severity: 'high',
    explanation: 'Reports an alcohol-monitor or interlock event',
    patterns: [
      '(scram|alcohol_monitor|ankle_monitor|interlock|ignition_interlock|soberlink|sober_link|breath_device|portable_breath_test|bracelet|transdermal_monitor|remote_breath|sobrietor|the_device|his_device|her_device) ~3 ((?<!\\b(?:no|zero|any|without|never)\\s)(?:alert|alerts|alerted|violation|violations|tamper|tampering|tampered|went_off|flagged|detected|registered|showed|reading|fail|failure|failed|lockout|locked|hit|event|confirmed|blocked|strike|violation))',
      '@blow ~2 (into|in)? ~1 (the_)?(interlock|soberlink|breathalyzer|device) ~3 (positive|hot|over|above|failed|fail|\\.0\\d)',
      `(missed|skipped) (a|his|her|the|two|three|several|multiple) ~1 (soberlink|breath|blow|test|tests|check|checks)${NOT_OTHER_TEST}`,
      '(skipped|missed|failed|refused|ignored) ~3 (rolling_)?(re-?tests?|rolling_tests?|blows?|breath_checks?|check-in_blows?)',
      '(locked|locks|locking) (him|her|them) out',
      // A reading above zero: "his SCRAM recorded a TAC of .04", "the interlock logged a .05".
      '(scram|interlock|soberlink|device|monitor|breathalyzer|pbt|bracelet|unit) ~3 (recorded|logged|registered|showed|read|reads|detected|measured|caught|picked_up|flagged|reported|gave|got) ~3 (\\.0*[1-9]\\d*|0\\.0*[1-9]\\d*)',
      // Taking an alcohol monitor off: "took the SCRAM bracelet off for the weekend", "cut off his SCRAM".
      '(took|takes|taking|taken|pulled|pulls|cut|cuts|removed|removes|removing|ripped|slipped|wrapped|covered) (off_)?(the_|his_|her_|their_)?(scram|soberlink|alcohol_monitor|transdermal_monitor|alcohol_bracelet) ~2 (bracelet|unit|monitor|device|band|strap)? ~1 (off|in_foil|with_foil|with_tape|in_plastic)?',
      "(car|truck|vehicle|it) (wouldn't|would_not|won't|didn't) start ~4 (interlock|blow|blew)",
      // Someone else blowing or testing: "had his buddy blow into his Soberlink for him" (an interlock is driving).
      '(had|got|let|lets|has|gets|asked) (his|her|their|a|some)? ~1 (buddy|friend|girlfriend|boyfriend|roommate|cousin|brother|sister|someone|somebody|wife|husband|partner|mom|dad|kid|son|daughter) (blow|blew|test|tested|pee|peed|do_(his|her|their)_(blow|test|ua|blows)) ~3 (soberlink|scram|monitor|pbt|for_(him|her|them))(?![^.!?]*\\b(?:car|truck|van|vehicle|start|ignition|drive|interlock)\\b)',
      // A monitor left to go dead: "let her SCRAM battery die over the weekend".
      '(scram|soberlink|alcohol_monitor|transdermal_monitor) (battery|charger|device|unit|bracelet)? ~2 (die|died|dies|dying|dead|ran_out|run_out|went_dead|go_dead|unplugged|uncharged|not_charged|lost_power|off_the_charger)',
    ],
  },
  {
    id: 'testing-compliance',
    category: 'testing',
    severity: 'low',
    kind: 'compliance',
    explanation: 'Reports a negative test, which tells the reader something by contrast',
    patterns: [
      `(negative|clean|clear) ~1 ${DRUG_TEST}`,
      `(tested|tests|testing|came_back|come_back|comes_back|was|were|screened|been) ~1 ${RESULT_GUARD}(?<!\\b(?:record|records|history|background|room|apartment|house|place|unit|car|nose|slate|file|rap\\s+sheet)\\s+(?:\\S+\\s+){1,4})(negative|clean|clear)`,
      `${DRUG_TEST} ~2 (negative|clean)`,
      `(passed|passes|passing|pass) ~2 ${DRUG_TEST}${NOT_OTHER_TEST}`,
      '(all|every) ~1 {TEST} ~3 (negative|clean)',
      '{TEST} ~4 (under|below) the_(cutoff|cut-off|threshold|limit)',
      '(no|zero) (alerts?|violations?|drinking_events?|alcohol_events?|tamper_alerts?|missed_(blows|tests)|positives?|positive_(tests|results|uas))',
      '(called|calls|calling|checked|checks|checking) ~3 (color_line|colour_line|color-code_line|color_code_line|testing_line|call-in_line|test_line|hotline|color_code|colour_code) ~4 (every|each|daily|as_required|on_time|as_directed)',
      "(wasn't|was_not|weren't|were_not|hasn't_been|has_not_been|not) (selected|called|picked) (to|for) (test|testing|a_test|a_ua|a_random)",
      'not_selected (to|for) (test|testing|a_test|a_ua|a_random)',
      '(went|go|goes|came_in|showed_up|reported) (in_)?(and|to) (tested|test|gave_a_sample|give_a_sample|dropped|drop|provided_a_sample|did_(her|his|their)_(ua|test|drop)|do_(her|his|their)_(ua|test|drop))',
      '(made_it|showed_up|went|reported|got) (to|for) (her|his|their|the|a|every|each|all|all_of_(his|her|their)) ~1 {TEST} ~3 (on_time|as_scheduled|as_required|as_directed|this_week|this_month|every_time|each_time)',
    ],
  },
];
