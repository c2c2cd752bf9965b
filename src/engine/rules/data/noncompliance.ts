import type { RuleEntry } from '../types';

const CONDITION = 'Reports a broken release condition or missed obligation';

/**
 * Obligations beyond the lexicon's, tried first so the longest name wins ("DV treatment classes" is one thing,
 * and a match that stopped at "treatment" would leave "classes" to read as a topic).
 */
const OBLIG_EXTRA =
  "(?:dv|domestic_violence|anger_management|batterer's|batterers'?|mrt|moral_reconation|parenting|theft_awareness|cd|chemical_dependency|substance_abuse|mental_health|sex_offender|victim_awareness|court-ordered|court_ordered|mandated|required)_(?:treatment_|intervention_|awareness_)?(?:classes|class|groups?|sessions?|program|course|appointments?|treatment|counseling)|treatment_(?:classes|class|groups?|sessions?|appointments?|program)|check_ins?|(?:pretrial|pre-trial|probation|parole|community_corrections|doc)_(?:officers?|counselors?|supervisors?)|(?:pretrial|pre-trial|probation|parole|doc|dosa|pretrial_services)_(?:interviews?|screenings?|meetings?|appointments?|orientations?|visits?|check-?ins?)|interviews?|orientations?|office_visits?|home_visits?|reporting_days?|call-ins?|sign-ins?|staffings?|status_hearings?|status_conferences?|evaluations?|assessments?";
const OBLIG = `(${OBLIG_EXTRA}|{OBLIGATION})`;
/** Court-style obligations where not being there is itself the lapse: "wasn't at his hearing". */
const OBLIG_COURT =
  '(court|courthouse|courtroom|hearings?|arraignments?|sentencing|pretrial|check-?ins?|check_ins?|appointments?|review|(his|her|their)_(court_date|hearing|arraignment|sentencing|check-?in|check_in|appointment|po_appointment|review))';
/** What an order or condition is called: "in violation of his home detention". */
const CONDITION_NOUN =
  '(order|orders|no-contact|conditions?|rules?|curfew|restriction|restrictions|soda|soap|ban|trespass|exclusion|home_detention|house_arrest|ehm|electronic_home_monitoring|probation|parole|release|supervision|agreement|contract|terms|gps|monitoring|sentence|treatment_plan|nco|protection_order|restraining_order|stay-away|stay-out)';
/** Stopping because the course is done is completion, not a lapse: "stopped going to group after graduating". */
const NOT_DONE =
  '(?!(?:_[^\\s.;:!?]+){0,3}_(?:because_(?:he|she|they)_(?:completed|finished|graduated)|after_(?:completing|finishing|graduating)|when_(?:he|she|they)_(?:completed|finished|graduated)))';
/** Programmes a participant can walk out of or be put out of (a trailing "program" is part of the name). */
const PROGRAM =
  '(inpatient|treatment|rehab|residential|the_program|his_program|her_program|their_program|the_facility|sober_living|sober_house|recovery_house|recovery_home|recovery_residence|oxford_house|halfway_house|three-quarter_house|transitional_housing|iop|outpatient|the_unit|drug_court|mental_health_court|work_release|the_house)(_(?:program|facility|unit|center|centre|house|home|placement|bed))?';

export const NONCOMPLIANCE_RULES: readonly RuleEntry[] = [
  {
    id: 'noncompliance-missed-court',
    category: 'noncompliance',
    severity: 'high',
    explanation: CONDITION,
    // "His attorney got the FTA warrant vacated": a missed date the court has already dealt with.
    record: true,
    patterns: [
      // "His roommate missed his own court date": someone else's obligation.
      `(miss|misses|missed|missing|blow|blows|blew|blown|blowing|ditch|ditches|ditched|ditching)(?!_(?:his|her|their)_own\\b) ~4 ${OBLIG}`,
      // "Skipped town after the hearing" is about where he went, not the hearing.
      `(skip|skips|skipped|skipping)(?!_(?:town|the_state|the_area|the_county|bail|bond)\\b) ~4 ${OBLIG}`,
      `@stop_going_to|stop_attending|stop_showing_up_to|quit_going_to|quit_attending|stop_reporting_to|stop_checking_in|stop_taking_part_in|stop_participating_in|quit_participating_in|stop_engaging_in|stop_doing|quit_doing ~4 ${OBLIG}${NOT_DONE}`,
      // Not reported since a date: "per DOC, he has not reported since October 3".
      "(hasn't|hasnt|has_not|haven't|have_not|not) (reported|checked_in|called_in|come_in|been_in|reported_in) (since|in_(weeks|months|over|a_while|a_month)|for_(weeks|months|a_while|a_month))",
      // Missing from a class or group in slang: "she's been MIA from group for about a month".
      `(mia|awol|missing|a_no-show|no-show|absent|a_ghost) (from|at|in) (his|her|their|the)? ~1 ${OBLIG}`,
      // Late enough to be missed: "showed up to court two hours late and the judge issued a bench warrant".
      `(showed_up|shows_up|arrived|arrives|got_there|came_in|made_it) ~2 (to|at|for) ~1 ${OBLIG_COURT} ~4 late ~10 (missed|already|bench|warrant|turned_away|had_ended|was_over|had_left|went_home)`,
      // Lying on paperwork: "lied on her last monthly report to probation".
      '(lied|lying|lies|lie|fibbed) (on|in) (his|her|their|the)? ~2 (report|reports|form|forms|paperwork|log|logs|sheet|questionnaire|statement|declaration) ~3 (to|for|with) (his|her|their|the)? (po|probation|parole|cco|court|judge|doc|supervision|pretrial|officer|probation_officer|parole_officer)',
      '(lied|lying|lies|lie|fibbed) (on|in) (his|her|their|the)? ~1 (monthly_report|probation_report|doc_report|supervision_report|court_report|monthly_supervision_report|reporting_form)',
      "(hasn't|has_not|haven't|have_not|not|never|didn't|did_not|stopped|quit) (checked_in|check_in|checking_in|reported_in|reporting_in|shown_up|come_in|called_in|seen_(his|her|their)_po)",
      `(hasn't|has_not|haven't|have_not|hasn't_been|has_not_been|not|never|didn't|did_not|stopped|quit) (been_to|attended|gone_to|reported_to|been_in_to|going_to|showing_up_to|showing_up_for|coming_to|attending|making_it_to|doing|been_doing|done) ~4 ${OBLIG}`,
      `(ghosted|ghosting|ghosts|blew_off|blowing_off|blows_off|bailed_on|bailing_on) ~2 ${OBLIG}`,
      '(lied|lying|lies|lie) to (his|her|their|the)? (po|probation|parole|officer|judge|court|case_manager|caseworker|counselor|cco|supervision|pretrial|the_program|treatment|drug_court|probation_officer|parole_officer)',
      // Lying to supervision in other words: "gave his PO a fake address", "lied about where she was living".
      '(lied|lying|lies|lie|fibbed) (about|regarding) ~3 (where|address|whereabouts|job|employment|work|working|hours|attendance|living|residence|staying|move|moving|community_service|treatment|groups?|classes|meetings?|who_(he|she|they)_(lives|lived|was|is|stays|stayed))',
      '(gave|give|gives|giving|provided|provides|told|tells|reported|reports|listed|lists|handed|hands|turned_in|submitted|showed) (his|her|their|the)? ~1 (po|probation|parole|cco|court|judge|supervision|pretrial|the_program|case_manager|counselor|probation_officer|parole_officer|officer) ~3 (fake|false|phony|bogus|made-up|fictitious|fabricated|invented|forged|doctored|falsified) (address|addresses|name|story|excuse|info|information|employer|job|pay_stubs?|hours|timesheets?|sign-in_sheets?|paperwork|documentation|verification|phone_number|letter|log|logs|proof|records?)',
      '(fake|faked|faking|forged|forging|falsified|falsifying|doctored|fabricated|made-up|made_up) (his|her|their|the)? ~1 (sign-in_sheets?|attendance_(sheets?|logs?|records?|slips?)|community_service_(hours|logs?|forms?|sheets?)|hours_logs?|timesheets?|meeting_slips?|aa_slips?|na_slips?|attendance|verification_letter|work_verification|proof_of_attendance|proof_of_employment|job_search_logs?)',
      '(told|tells|telling|tell) (his|her|their|the)? (po|probation_officer|parole_officer|officer|judge|cco|probation|parole|court|pretrial|supervision|case_manager) ~10 (but|when|actually|really|instead)',
      // A false address or job given to supervision: "gave probation his mom's address but he actually lives in his car".
      '(gave|gives|told|tells|listed|lists|reported|reports|provided|provides|registered|put_down|uses|used) (his|her|their|the)? ~1 (po|probation|cco|parole|court|officer|probation_officer|parole_officer|supervision|pretrial|judge) ~8 (but|when|while|though) ~3 (actually|really|in_fact|truly|instead)',
      `@blow_off|skip_out_on ~2 ${OBLIG}`,
      `(didn't|did_not|never|failed_to|won't|wouldn't|couldn't|doesn't|does_not|hasn't|has_not|haven't|have_not|wasn't|was_not) (show|shown|showed|come|go|gone|went|turn|report|reported|appear|appeared|make_it|made_it|makes_it|get|got|gotten|check|attend|attended|make) ~5 ${OBLIG}`,
      // Missing an obligation by sleeping or forgetting: "slept through his court date", "forgot about his hearing".
      `(slept_through|sleeps_through|sleeping_through|overslept_for|overslept_and_missed|forgot|forgets|forgetting|forgotten|forgot_about|spaced|spaced_on) ~3 ${OBLIG}(?!(?:_\\w+)?_(?:was|is|had_been|has_been|got)_(?:moved|changed|rescheduled|reset|continued))`,
      // Money that stopped: "his restitution payments stopped in the spring".
      '(payments?|installments?|restitution|payment_plan) ~2 (stopped|ended|dried_up|lapsed|quit|fell_apart|fell_through|collapsed|defaulted|went_into_default) (in|after|since|back_in|last|around|months|weeks|a_while)',
      '(cut|cutting|cuts|removed|removing|took|taking|ripped|tampered_with|tampering_with|broke|smashed|turned|turns|turning|switched|switches|shut|shuts|unplugged|unplugs|disabled|disables|covered|wrapped|blocked) (off_)?(his|her|their|the) (ankle_monitor|monitor|gps_monitor|bracelet|ankle_bracelet|scram|scram_bracelet|device|gps|ehm_bracelet|ehm_monitor|ehm_device|gps_bracelet|monitoring_bracelet|ehm)',
      "(hasn't|has_not|haven't|not|never|didn't|did_not|yet_to|still_hasn't|still_has_not) ~1 (did|do|done|attend|attended|go_to|gone_to|went_to|started|enrolled_in|enrolled|completed|begun|finished|signed_up_for|done|attended) ~6 (court-ordered|required|mandated|ordered|any_of_(his|her|their))",
      '(was|were|got|been|be|being|get|getting) violated',
      "(not|isn't|wasn't|hasn't_been|haven't_been|stopped|quit|refuses|refused) (following|complying_with|abiding_by|meeting|obeying) ~2 (conditions|rules|terms|requirements|order|orders|the_plan|his_plan|her_plan|his_conditions|her_conditions)",
      "(went|was|been|is|goes|keeps_going|keeps_ending_up|ended_up) ~6 (where|somewhere|places|a_place) ~3 (not_supposed|isn't_supposed|wasn't_supposed|not_allowed|isn't_allowed|wasn't_allowed|barred|banned)",
      `(stopped|not|hasn't_been|isn't|wasn't|quit) (showing_up|coming_in|coming_to|reporting|attending|checking_in) ~4 (${OBLIG}|anymore|lately|since|for)`,
      '(probation|parole|release|suspended_sentence|community_custody) ~3 (revoked|revocation|violation_report|violation_hearing)',
      '(stopped|quit|stops|quits) (paying|making_payments|making_(his|her|their)_payments)',
      '(stopped|quit|stops|quits) (paying|making|sending) ~4 (payments?|installments?|restitution|fines?|fees?|lfos|child_support)',
      '(dropped|drops|dropping|dropped_himself|dropped_herself) out_of ~2 (treatment|the_program|iop|classes|groups|drug_court|rehab|inpatient|outpatient|counseling|the_class|dv_classes|anger_management|batterers|moral_reconation|mrt)',
      `(dropped|drops|dropping|dropped_himself|dropped_herself|washed|washes|flunked|flunks|failed) out_of ~3 ${OBLIG}`,
      `(stood_up|stands_up|standing_up) ~2 ${OBLIG}`,
      "(didn't|did_not|never|failed_to|hasn't|has_not|won't|refuses_to|refused_to) (turn_(himself|herself|themselves)_in|self-surrender|surrender|report_to_jail|report_to_serve)",
      `(terminated|expelled|kicked_out|booted|washed_out|unsuccessfully_discharged|dropped|removed) (from|of|out_of) ~2 (drug_court|treatment_court|mental_health_court|community_court|the_program|diversion|dosa|work_release|${OBLIG})`,
      "(went|goes|go|traveled|travelled|drove|left|headed|took_a_trip|flew|visited|spent) ~8 (and|but) (didn't|did_not|never|doesn't|does_not|hadn't) (have|get|got|had|ask_for|obtain|request) (permission|approval|a_permit|a_travel_permit|the_ok|the_okay|clearance|a_pass)",
      "(went|traveled|travelled|drove|left|headed|took_a_trip|flew) ~6 (and|but) (didn't|did_not|never|without) (ask|asking|tell|telling|notify|notifying|clear_it_with|check_with|get_permission_from|get_approval_from) (his|her|their|the)? ~1 (po|cco|probation|parole|officer|judge|court|supervisor)",
      "(without|never|didn't|did_not|hasn't|has_not|haven't|hasnt|didnt|failed_to|not_yet|yet_to) (reporting|report|reported|updating|update|updated|giving|give|given|providing|provide|provided|registering|register|registered|changing|change|changed) (the|his|her|their|a)? ~1 (new_)?(address|residence|move|address_change|change_of_address)",
      '(somewhere|anywhere|someplace) (other_than|besides|but|else_than) (his|her|their|the) (approved|registered|reported|listed|verified) (address|residence|housing)',
      "(where|which|that) (he's|she's|they're|he_is|she_is|they_are|he_was|she_was|he's_been|she's_been) (excluded|banned|barred|not_allowed|not_supposed_to_be|prohibited|restricted)",
      '(even_though|despite|although|though|but|while) ~6 curfew',
      `(behind|fallen_behind|falling_behind|fell_behind) (on|in|with) ~2 ${OBLIG}`,
      '(came|got|gets|comes|rolled|stumbled|showed_up|walked) (in|home|back) (late|after|past|at_\\d|around_\\d|at_midnight|at_dawn) ~6 curfew',
      '(monitor|bracelet|gps|ehm|tether|anklet) ~8 (it|and_it|then_it|battery) (died|went_dead|ran_out|ran_down|shut_off|cut_out)',
      '(ehm|ankle_monitor|gps_monitor|monitor|bracelet|ankle_bracelet|gps|tether|anklet) ~3 (alerted|alert|alerts|alarm|tamper|tampered|strap|zone_violation|went_off|pinged)',
      "(even_though|despite|although|though|but) (the|his|her|their|an|a)? ~1 (order|nco|no-contact|protection_order|ehm|home_detention|house_arrest|curfew|gps|monitoring|electronic_monitoring|judge|court|conditions?|po|probation|parole|release|supervision|terms) ~3 (says|said|states|requires|required|mandates|means|bars|barred|prohibits|prohibited|forbids|forbade|bans|banned|restricts|doesn't_allow|does_not_allow|don't_allow|do_not_allow|didn't_allow|won't_allow|doesn't_permit|don't_permit|does_not_permit|do_not_permit|doesn't_let|don't_let|(told|ordered|directed|instructed|warned)_(him|her|them)_(not|to_have_no|to_stay_away|to_keep_away|to_avoid|to_stay_out)|explicitly|specifically|clearly)",
      '(back_with|back_together_with|seeing|living_with|staying_with|hanging_out_with) (him|her|them) ~3 (since|after|despite|even_though) ~3 (nco|no-contact|no_contact|protection_order|restraining_order|order)',
      "(?<!(?:n't|not|never|no|denies|denied|deny|without)\\s)(had|has|have|having|made|making) contact with (the_victim|the_protected_party|the_complainant|the_petitioner|his_ex|her_ex|the_complaining_witness)",
      "(going|goes|went|go|been|staying|stays|stayed|hanging|hangs|showing_up|shows_up|showed_up|visiting|visits|visited|sleeping|sleeps|slept|living|lives) ~6 (even_though|although|though|despite|but) ~2 (not|isn't|aren't|wasn't|never|only) (allowed|supposed|permitted)",
      `(quit|quits|stopped|abandoned|walked_away_from|gave_up_on|gave_up) (going_to|attending)? (his|her|their|the)? ~1 ${OBLIG}${NOT_DONE}`,
      `(quit|stopped|abandoned|walked_away_from) (treatment|the_program|rehab|iop|counseling|his_program|her_program|drug_court|inpatient|outpatient)${NOT_DONE}`,
      '(unapproved|unauthorized|unreported) (residence|address|travel|contact|move|absence|overnight)',
      '(without|never) (telling|notifying|informing|permission_from|approval_from|asking|clearing_it_with|checking_with) (his_|her_|their_|the_)?(po|probation|parole|officer|supervisor|cco|dosa|probation_officer|parole_officer|judge|court)',
      'without ~3 (approved|approval|permission|authorization|authorisation|clearance|clearing_it)',
      '(failure|failed|fail|failing) to (appear|report|check_in|comply|complete|pay|attend|return|show)',
      // "UA 12/1: no-show" is a missed test: left to the testing rules.
      // Not bothering or not keeping: "didn't bother going to her check-in", "didn't keep his appointment with pretrial".
      `(didn't|did_not|never|won't|doesn't|does_not|don't|do_not|wouldn't) (bother|care_to|even_try|even_bother) (going|to_go|showing_up|to_show_up|attending|to_attend|calling|to_call|checking_in|to_check_in) ~3 ${OBLIG}`,
      "(didn't|did_not|never|failed_to|hasn't|has_not|haven't|doesn't|does_not|won't) (keep|kept|keeping) (his|her|their|the)? ~1 (appointments?|appt|check-?ins?|check_ins?|court_dates?|reporting_dates?|po_appointments?|appointment_with|hearing|meetings?|sessions?)(?!_(?:journal|notebook|workbook|notes?|log|schedule)\\b)",
      // Staying at an address supervision has not approved: "stayed at his girlfriend's overnight, which isn't his approved residence".
      "(stayed|staying|stays|slept|sleeping|sleeps|spent_the_night|spending_nights|living|lives|lived|moved) ~6 (which|that|where|and_it|but_it) (isn't|is_not|wasn't|was_not|isnt|wasnt) (his|her|their|an|a|the)? ~1 (approved|registered|reported|listed|verified|permitted|authorized) (residence|address|housing|location|placement)",
      // Slipping on a schedule: "not keeping up with her reporting schedule", "fallen off with his DOC check-ins".
      `(not|isn't|wasn't|hasn't_been|haven't_been|stopped|been_bad_about|is_bad_about) (keeping_up_with|keeping_up_on|staying_on_top_of|on_top_of|following_through_on|following_through_with|consistent_with|consistent_about) ~3 (${OBLIG}|reporting_schedule|schedule|requirements?|conditions)`,
      "(not|isn't|wasn't|hasn't_been|haven't_been|stopped) keeping (his|her|their) (appointments?|check-?ins?|court_dates?|reporting_dates?|po_appointments?)(?!_(?:secret|private|quiet|to_(?:himself|herself|themselves))\\b)",
      `(fallen_off|fell_off|falling_off|dropped_off|slacking|slacked|flaking|flaked) (with|on|about) ~3 ${OBLIG}`,
      // Only a short stay: "only lasted three days at the residential program".
      `(only|just|barely) (lasted|stayed|made_it|stuck_it_out|held_on|hung_on) ~4 (at|in) ~4 ${PROGRAM}`,
      // Not done though the court set a date: "hasnt done her intake yet, the judge gave her until the 1st".
      `(hasn't|hasnt|has_not|haven't|havent|not|never|didn't|didnt|did_not|yet_to|still_hasn't) (done|do|completed|complete|started|start|scheduled|schedule|finished|finish|attended|attend|gone_to|enrolled_in|enroll_in) (his|her|their|the)? ~1 ${OBLIG} ~8 (judge|court|deadline|due|ordered|gave_(him|her|them)_until|by_the|required|order)`,
      // Elliptical miss with a reason: "he missed because of the bus strike".
      '(he|she|they|client|pt|participant) (missed|skipped)(?=_(?:because|due_to|since|as|when|again|today|yesterday|this_morning|on_(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last_(?:week|time|month))\\b)',
      // Only an address supervision approved: "though his PO only approved his brother's address".
      '(though|but|although|even_though|while|when) (his|her|their|the) (po|probation|cco|court|judge|officer|probation_officer|parole_officer|supervision) (only)? (approved|okayed|allowed|cleared|authorized|permitted|signed_off_on)',
      // A person or place the order names, then contact: "keeps going to see the woman he's not supposed to contact".
      "(going|goes|went|been|seeing|sees|saw|visiting|visits|visited|talking|talks|texting|texts|calling|calls|hanging|spending|staying|back|keeps|kept) ~10 (not_supposed|not_allowed|isn't_supposed|isn't_allowed|wasn't_supposed|wasn't_allowed|barred|prohibited|ordered_not|told_not|forbidden|banned) to (contact|see|call|text|talk_to|be_around|be_near|go_near|go_to|visit|be_with|be_at|be_in|have_contact_with|message|enter)(?=\\s*(?:[.,;!?)]|$))",
      // Nothing paid: "no restitution has been paid this year".
      '(no|zero|not_a_(dime|penny|cent|single_payment)) ~1 (restitution|payments?|money|fines?|fees?|lfos|installments?|hours) (has|have|had) been (paid|made|received|logged|collected|completed|done|sent)',
      // Elliptical no-show: "rescheduled his PO meeting three times and then just didn't go".
      "(didn't|did_not|never|wouldn't)(?<=\\b(?:court|hearings?|appointments?|appt|check-?ins?|po|probation|parole|cco|groups?|class|classes|meetings?|sessions?|treatment|intake|review|officer|iop|mrt|uas?)\\b[^.!?]{0,80}\\b(?:then|and|but|just|ultimately|eventually|finally|still)\\s+(?:just\\s+)?(?:didn't|did\\s+not|never|wouldn't)) (go|show|show_up|turn_up|come_in|make_it|appear|showed|showed_up|shown|shown_up|went|came_in|turned_up|made_it|appeared)(?=\\s*(?:[.!?,;]|$))",
      `(cancelled|canceled|cancels|cancelling|canceling|cancel) (on)? ~2 ${OBLIG} ~8 (didn't|did_not|never|not|hasn't|has_not) (reschedule|rescheduled|rebook|rebooked|call_back|called_back|make_it_up|made_it_up)`,
      '(cancelled|canceled|cancels|cancelling|canceling) on (his|her|their)? (po|probation|cco|parole|probation_officer|parole_officer|pretrial|the_court|court) (again|twice|\\w+_times|repeatedly|every_time)',
      '(?<!\\b(?:ua|uas|test|tests|screen|swab|uds|drug_test|breathalyzer|pbt|etg|soberlink|scram)\\b[^.!?]{0,12})(fta|ftas|no-show|no-showed|no_show|no-shows|no-showing|no-call)',
      `(wasn't|was_not|weren't|never|wasnt) (at|in|there_for|present_for|present_at|around_for) (the|his|her|their)? ~3 ${OBLIG_COURT}`,
      // Partial attendance: "only made it to one of his four check-ins".
      `(only|just|barely) (made_it_to|made|went_to|attended|showed_up_to|showed_up_for|showed_up_at|came_to|kept|got_to|been_to) ~6 ${OBLIG}`,
      // Excuses to stay away: "keeps finding excuses not to go to his anger management class".
      `(excuses?|reasons?|ways?) (not_to|to_skip|to_miss|to_get_out_of|to_avoid) ~3 ${OBLIG}`,
      // Late and the case already called: "was late to court and the judge had already called his case".
      `(late|tardy) (to|for) ~2 ${OBLIG_COURT} ~12 (missed|already|bench|turned_away|had_ended|was_over|had_left|left_before|went_home)`,
      // Elliptical attendance: "I don't think he's been since August".
      "(hasn't|hasnt|has_not|haven't|have_not|don't_think_(he|she|they)('s|'ve|_has|_have)|doesn't_think_(he|she|they)('s|'ve|_has|_have)|not_sure_(he|she|they)('s|'ve|_has|_have)) (been|gone|been_in|come_in) (since|in_(weeks|months|ages|a_while|a_month|a_few_weeks|over_a_month)|for_(weeks|months|a_while|a_month))",
      `(absent|absence) (from|at) ~2 ${OBLIG}`,
    ],
  },
  {
    id: 'noncompliance-violation',
    category: 'noncompliance',
    severity: 'high',
    explanation: CONDITION,
    patterns: [
      // Not when the other person is the one breaking it: "her ex keeps violating the no-contact order".
      '(?<!\\b(?:ex|ex-\\w+|boyfriend|girlfriend|husband|wife|partner|abuser|stalker|respondent)\\s(?:(?:keeps|kept|has|had|is|was|has\\sbeen|had\\sbeen|been|still)\\s)?)(violate|violates|violated|violating|break|breaks|broke|breaking|breach|breaches|breached|breaching) ~3 (probation|parole|conditions?|order|orders|no-contact|no_contact|curfew|release|terms|rules|agreement|contract|protection_order|restraining_order|soda|stay-away|stay_out|home_detention|house_arrest|ehm|nco)',
      '(probation|parole|curfew|condition|release|order|pv|community_custody) (violation|violations|violated|breach)',
      '(out|outside|away|home|back|came_in|got_in|returned) ~2 (past|after|late_for|for) ~3 curfew(?!_(?:every|each|all)\\b)',
      "(missed|broke|blew|ignored|violated|wasn't_home_for|was_not_home_for|not_home_for|late_for|past|after|breaking|missing) ~2 curfew",
      'curfew ~2 (violation|violations|again|check_failed)',
      '(non-?compliant|noncompliance|non-compliance|out_of_compliance)',
      '(sanctioned|sanction|sanctions)(?!_(?:positive|participants|people|clients))',
      `(?<!\\b(?:ex|ex-\\w+|boyfriend|girlfriend|husband|wife|partner|abuser|stalker|respondent)\\s(?:(?:keeps|kept|has|had|is|was|has\\sbeen|had\\sbeen|been|still)\\s)?)(despite|in_violation_of|against|ignoring|violating|defying|breaking|breached|breaching|flouting) (the|his|her|their|a|an) ~3 ${CONDITION_NOUN}`,
      '(staying|stayed|stays|sleeping|slept|sleeps|living|lives|spending_nights|spent_the_night|been) (at|with) ~3 (despite|even_though|although|in_violation)',
      '(?<!\\b(?:ex|ex-\\w+|boyfriend|girlfriend|husband|wife|partner|abuser|stalker)\\s(?:(?:keeps|kept|has|had|is|was|has\\sbeen|had\\sbeen|been|still)\\s)?)(contacted|contacting|texted|texting|called(?!_(?:the_)?(?:police|cops|911|security))|calling(?!_(?:the_)?(?:police|cops|911|security))|visited|visiting|messaged|messaging|saw|seeing|met_up_with|stayed_with|staying_with|slept_at|moved_back_in_with|went_to|was_with|been_with|been_seeing|back_with|turning_up|turned_up|showed_up|shows_up|showing_up|turns_up|reached_out_to|reaches_out_to|reaching_out_to|wrote_to|wrote|writes|writing|emailed|emailing|dmed|dming|friended|followed|tagged|talked_to|talking_to|spoke_to|spoke_with|speaking_to) ~4 (the_victim|the_protected_party|her_ex|his_ex|the_complainant|the_petitioner|his_ex-wife|her_ex-husband|his_ex-girlfriend|her_ex-boyfriend|ex-partner|the_complaining_witness|the_protected_person)(?!_(?:advocates?|services|unit|impact|compensation|panel|coordinator|fund|program|assistance)\\b)',
      "(living_with|lives_with|moved_in_with|moving_in_with|staying_at|stays_at|stayed_at|sleeping_at|back_together_with|getting_back_with|got_back_with) ~2 (the_victim|the_protected_party|the_protected_person|the_complainant|the_petitioner|the_complaining_witness|the_victim's|the_protected_party's)",
      // Being where the order says not to be: "back at the apartment he's not supposed to go to".
      "(back|went|goes|going|been|was|is|keeps|stayed|staying|hanging) ~6 (he's|she's|they're|he_is|she_is|they_are|he_was|she_was|they_were) ~1 (not_supposed|not_allowed|banned|barred|ordered_not|told_not) to (go|be|visit|set_foot|enter|come)",
      "(wasn't|was_not|weren't|not|isn't) (home|in|there|at_home|at_(his|her|their|the)_(house|apartment|residence|place)) ~6 (curfew|ehm|house_arrest|home_detention|home_visit|curfew_check|the_po|probation|the_officer|officers|cco)",
      '(even_though|despite|although|though|while) ~4 (soda|soap|stay-out|stay_out|exclusion|trespass|stay-away) ~1 (order|orders|zone|area|admonishment|notice|warning)',
      '(in|inside|within|into|entered|entering|through|back_in|back_into) (the|his|her|their|a|an) ~1 (stay-out|stay_out|soda|soap|exclusion|stay-away|no-go|restricted|banned|barred|off-limits|drug-free|prostitution-free) (zone|area|areas|zones|boundary|boundaries)',
      // Not when the other person breaks it: "her ex keeps violating the no-contact order by calling her".
      '(?<!\\b(?:ex|ex-\\w+|boyfriend|girlfriend|husband|wife|partner|abuser|stalker|respondent)\\s(?:\\S+\\s){0,3})(no-contact|no_contact|protection|protective|restraining|stay-away|anti-harassment|soda|dv) ~1 order ~12 (contact|contacted|texting|texted|calling|called|seeing|saw|visiting|visited|turning_up|showing_up|showed_up|still|anyway|even_though|despite|with_her|with_him)',
      '(?<!\\b(?:ex|ex-\\w+|boyfriend|girlfriend|husband|wife|partner|abuser|stalker)\\s(?:(?:keeps|kept|has|had|is|was|has\\sbeen|had\\sbeen|been|still)\\s)?)(contacting|contacted|texting|texted|calling|called|seeing|saw|visiting|visited|turning_up|showing_up|showed_up|staying_with|living_with|back_with|spending_nights_with) ~12 (even_though|despite|although|though|while|which) ~6 (no-contact|no_contact|protection_order|protective_order|restraining_order|order|soda|not_allowed|not_supposed|barred|banned|prohibited|bars_(him|her|them)|excluded)',
      "(showed|shows|showing|turned|turns|turning|keeps_turning|keeps_showing|popped) up ~3 (at|outside|by|near) (her|his) (work|job|house|home|building|apartment|place|door|school|mom's)",
      "(hanging_out|hangs_out|hung_out|staying|stays|stayed|living|lives|sleeping|sleeps|slept|spending_time|been|was|went|goes|going) ~8 (which|where|that|an_area|a_area|a_place|somewhere) ~4 (his|her|their|the)? ~2 (soda|soap|order|conditions?|probation|po|judge|court) ~2 (bars|bar|barred|prohibits|prohibit|prohibited|excludes|exclude|excluded|forbids|forbid|forbade|bans|ban|banned|restrict|restricts|doesn't_allow|does_not_allow|don't_allow|do_not_allow|disallow|not_allowed)",
      "(at|to|near|outside|inside|by) (the_victim's|the_protected_party's|the_complainant's|the_petitioner's) ~1 (house|home|apartment|place|work|job|building|residence|car|school)",
      '(cutting_through|cuts_through|cut_through|walking_through|walks_through|entering|entered|crossing|crossed|goes_into|went_into|been_in|hanging_out_in|hangs_out_in|going_into) ~2 (his|her|their|the) (stay-out|stay_out|exclusion|soda|stay-away|no-go|restricted) (zone|area)',
      '(nothing|no_money|zero|\\$0) (paid|toward|towards|since|has_been_paid)',
      "(was|were|is|he's|she's|they're|hes|shes) supposed_to ~12 (but|and_it's_been|and_it_has_been|and_still|still_hasn't|never|hasn't|didn't)",
      "(hasn't|has_not|didn't|did_not|not|never) (turned_in|submitted|provided|filed|sent|shown) ~4 (proof|verification|paperwork|documentation|log|logs|forms?|records|sheets?|slips?|hours)[,;]? ~8 (due|overdue|required|deadline|by_the|ordered)",
      "(?<!\\b(?:stay(?:s|ed|ing)?|kept|keeps|keeping|remain(?:s|ed|ing)?|not|never|isn't|wasn't|hasn't|didn't)\\s)(outside|out_of|beyond) (his|her|their|the) ~1 (travel|approved|allowed|permitted|supervision|geographic) (area|zone|boundaries|boundary|radius|limits|restrictions|region)",
      '(?<!\\b(?:stay(?:s|ed|ing)?|kept|keeps|keeping|remain(?:s|ed|ing)?)\\s)(outside|out_of|beyond) (the|his|her|their) (area|zone|boundaries|boundary|county|city) ~5 (allowed|permitted|supposed|approved|restricted|ordered|limited)',
      '(monitor|ankle_monitor|gps|bracelet|ankle_bracelet|ehm) ~4 (shows|showed|shown|indicates|indicated|says|said|recorded|caught) ~3 (left|leaving|out|away|outside|went|gone|at)',
      "(left|leaves|leaving|went_out|goes_out|out|out_of_(his|her|their|the)_(house|home|apartment|residence)|away_from_home|not_home|wasn't_home) ~6 (during|while_on|while_under|despite|while_(he|she|they)_(was|were|is|are)_(on|under)) ~2 (home_detention|house_arrest|electronic_home_monitoring|ehm|curfew|detention_hours|lockdown)",
      // The cue is looked ahead to: "without letting" inside the trigger would read as a denial.
      "(left|leave|leaving|went|traveled|travelled|drove|headed|flew|moved|took_off|crossed|snuck|slipped|took_a_trip|went_on_a_trip|took_a_bus|took_the_bus) ~5 [\\w.'-]+(?=_without_(?:letting|informing|checking_with|a_pass|clearing|running_it_by|getting_(?:it_|that_)?(?:cleared|approved|okayed|ok'd|signed_off)|getting_(?:permission|approval|the_ok|the_okay|a_permit|a_travel_permit|a_pass))\\b|_without(?:_(?:a|an|any|his|her|their|prior|written|the))?(?:_travel)?_(?:permit|pass|permission|approval|authorization|ok|okay)\\b)",
      '(left|leave|leaving|went|traveled|travelled|took_the_bus|took_a_bus|drove|headed|flew|took_a_trip|was|been) ~6 (without_permission|without_telling|without_notifying|without_approval|without_asking|without_prior_approval|without_a_travel_permit|without_clearing_it)',
      "(went|goes|go|going|came|been|was|stayed|hanging|hangs|seen|spotted) ~2 (back_)?(to|in|into|around|at) (the_)?(area|zone|neighborhood|block|park|downtown_core) ~2 (he|she|they|he's|she's|they're|he_is|she_is|they_are)_(is|are|was|were)?_?(ordered|banned|barred|excluded|prohibited|not_allowed|supposed_to_stay_out|restricted)",
      '(soda|soap|stay-out-of-area|stay_out_of_area|stay-out|exclusion_zone|drug-free_zone) ~3 (violation|violated|again|anyway|despite|while|when|where)',
      // A place the order names, then being there: "hanging around the block she's been ordered to stay away from".
      '(hanging|hangs|hung|been|was|is|went|goes|going|back|seen|spotted|staying|stays|stayed|sleeping|sleeps|slept|keeps|kept|living|lives|showing_up|shows_up|showed_up) ~10 (ordered|told|supposed|required|directed|meant|court-ordered|not_allowed|instructed) to (stay|keep) (away|out|off|clear) (from|of)?(?=\\s*(?:[.,;!?)]|$))',
      // A place off-limits to the participant: "hanging around the 3rd and Pine area again, which is off-limits to him".
      "(hanging|hangs|hung|been|was|went|goes|going|back|seen|spotted|staying|stays|stayed|sleeping|showed_up|shows_up) ~10 (which|where|that|an_area|a_place|somewhere) ~2 (is|was|are|were|'s|has_been)? (off-limits|off_limits|out_of_bounds|prohibited|forbidden|restricted|banned|barred) (to_(him|her|them)|for_(him|her|them))?",
      // Contact while an order stands: "going back to his ex's apartment, and there's a protection order in place".
      "(going|goes|went|gone|been|back|visiting|visits|visited|seeing|sees|saw|staying|stays|stayed|calling|calls|called|texting|texts|texted|contacting|talking|talks|talked|living|lives|sleeping|slept|spending) ~10 (there's|there_is|there_was|there_has_been|with) (a|an|the)? ~1 (protection|protective|no-contact|no_contact|restraining|stay-away|nco|dv) ~1 (order_)?(in_place|in_effect|still_in_place|still_active|active|against_(him|them)|against_her(?!_\\w)|between_them|still)",
      // Out past the hour: "was out at 1 a.m. on Friday, and his curfew is 10".
      '(out|came_in|came_home|got_home|got_in|rolled_in|stayed_out|still_out|was_out|were_out) ~8 (and|but|when|while|though|even_though|although|yet) ~1 (his|her|their) curfew (is|was|being|starts|begins)',
      // Back with the person the order protects: "back together with the guy she has an NCO with".
      '(together_with|hanging_out_with|sleeping_with|involved_with|talking_to|messaging|seeing|dating|texting|calling|contacting|visiting|living_with|staying_with|back_together_with|back_with) ~6 (has|have|had|got|is_under) (an|a|the) ~1 (nco|no-contact|no_contact|protection|protective|restraining|stay-away|dv) ~1 (order_)?(with|against)',
      // A monitor left to run flat: "let his ankle monitor battery die", "the battery on his GPS ran down".
      '(monitor|bracelet|gps|ehm|tether|anklet|device) ~2 battery ~3 (die|died|dies|dying|dead|ran_down|run_down|running_down|ran_out|run_out|go_dead|went_dead)',
      '(battery|batteries|charge) (on|of|in|for) (his|her|their|the) ~1 (monitor|bracelet|gps|ehm|tether|anklet|device) ~3 (die|died|dies|dying|dead|ran_down|run_down|running_down|ran_out|run_out|go_dead|went_dead)',
      // "Was removed on the judge's order" is the court ending the monitoring.
      "(ankle_monitor|gps_monitor|monitor|bracelet|ankle_bracelet|gps) ~3 (died|dead|cut|removed(?!_(?:on|by|per|at|after|when)_(?:the_|his_|her_)?(?:judge|judge's|court|court's|order|request|probation|po|completion|end|hearing))|off(?!_(?:on|by|per|at|after|when)_(?:the_|his_|her_)?(?:judge|judge's|court|court's|order|request|probation|po|completion|end|hearing))|tampered|went_off|alerted|alert|lost_signal|uncharged|not_charged|strap)",
      '(left|leaves|leaving|went_out_during|broke) ~2 (home_detention|house_arrest|electronic_home_monitoring|ehm)',
      '(left|leaves|leaving|went_to|traveled_to|drove_to|been_in|was_in|moved_to) ~2 (the_state|the_county|state|county|out_of_state|out_of_county|another_state|oregon|idaho|california|canada) ~3 (without|despite|before|even_though|not_allowed)',
      "(out_of_state|out-of-state|out_of_county|out-of-county|out_of_town|out-of-town|across_state_lines|across_the_border) ~3 (without|despite|permission|approval|travel|even_though|although|not_allowed|isn't_allowed|wasn't_allowed)",
      '(went|goes|go|going|traveled|travelled|drove|flew|took_a_trip|took_the_bus|headed|been|was) ~6 (even_though|although|though|despite|but) ~4 (out_of_state|out-of-state|out_of_county|out-of-county|travel|leave_the_(state|county|area)|leaving_the_(state|county|area))',
    ],
  },
  {
    id: 'noncompliance-payment',
    category: 'noncompliance',
    severity: 'medium',
    explanation: 'Reports a specific lapse in payments or required hours',
    patterns: [
      '(no|zero) (payments?|hours|community_service) (since|in|for|this|last|made|logged|completed)',
      "(balance|amount_owed|debt|restitution|lfos?) ~2 (hasn't|has_not|haven't|have_not|not|never|hasnt) (gone_down|moved|changed|decreased|budged|dropped|come_down) (since|in|for|at_all)",
      '(restitution|lfo|lfos|fines?|fees?|payment|payments|supervision_fee) ~2 (account|ledger|balance|record)(?=_(?:shows|showing|has_shown|has_had|had|reflects)_(?:no|zero)_(?:activity|payments?|deposits?|money|change)_(?:since|in|for)\\b)',
      // Ordered and not begun: "ordered him to do 40 hours of community service by October, and he hasn't started".
      "(ordered|required|mandated|sentenced|directed) ~10 (and|but) ~2 (hasn't|has_not|haven't|never|didn't|did_not|still_hasn't|not_yet|yet_to|still_has_not) (started|begun|done|completed|finished|enrolled|gone|attended|paid|made|signed_up|begin|start|do|complete|enroll|go|attend|pay)",
      "(hours|payments?|restitution|fines?|fees?|lfos|community_service|installments?) ~3 (were|was|are|is) due ~4 (and|but|yet) ~4 (none|nothing|zero|hasn't|has_not|haven't|have_not|didn't|did_not|not|only|\\d+)",
      "(has|have|had|he's|she's|they've) (done|logged|completed|paid|made|worked|put_in) (none|nothing|zero|0|not_one|not_a_single|no_hours|no_payments)(?!_(?:wrong|illegal)\\b)(?!(?:_[^\\s.;:!?]+){0,4}_(?:because|until|due_to|as_(?:he|she|they)|since_(?:he|she|they)|while_(?:he|she|they)))",
      "(didn't|did_not|never|failed_to|won't|refuses_to|refused_to|hasn't|has_not) (complete|finish|pay|make|log|do|turn_in|submit) ~4 (hours|fines?|fees?|restitution|payments?|community_service|lfos|by_the|deadline|due_date|on_time)",
      "(hasn't|has_not|haven't|have_not|didn't|did_not|never|hasn't_yet|has_not_yet|not) ~2 (paid|made|sent|put) ~4 (since|fines?|fees?|restitution|payments?|hours|community_service|lfos|legal_financial_obligations|toward|towards|by_the|deadline|in_(\\w+_)?(months|weeks))",
      // "Hasn't worked the street since Easter" is not about hours: these verbs need the hours or the deadline.
      "(hasn't|has_not|haven't|have_not|didn't|did_not|never|hasn't_yet|has_not_yet|not) ~2 (logged|completed|done|started|finished|worked) ~4 (fines?|fees?|restitution|payments?|hours|community_service|lfos|legal_financial_obligations|toward|towards|by_the|deadline|in_(\\w+_)?(months|weeks))",
      '(last|final|most_recent|only) (restitution_)?(payment|installment) ~2 (was|came|made|in|back_in)',
      '(hours|payments?|restitution|fines?|fees?|lfos|community_service) ~3 (are|is|were|was) ~2 (past_due|overdue|late|behind|delinquent)',
      '(behind|late|delinquent|in_arrears|arrears) (on|in|with) ~2 (payments?|restitution|fines?|fees?|lfos|child_support|community_service|hours)',
      '(missed|skipped) ~2 (payments?|installments?)',
      '(deadline|due_date) ~6 (passed|expired|came_and_went|missed|blew_past|lapsed)',
      '(past_due|overdue|defaulted|in_default|(?<!\\b(?:insurance|license|licence|registration|tabs|coverage|benefits|medicaid|medicare|snap|ebt|lease|id|passport|membership|subscription|plan|prescription|certification)\\s)lapsed)',
      '(deadline|due_date) ~6 (was|were) (last|yesterday|on|back_in|\\w+_(days|weeks|months)_ago|in_(january|february|march|april|may|june|july|august|september|october|november|december|the_spring|the_summer|the_fall|the_winter))',
      '(blew_past|blew_through|missed|ignored|blown_past|blowing_past) (the|his|her|their) ~2 (deadline|due_date)',
      "(hasn't|has_not|didn't|did_not|never|not_yet|still_hasn't|yet_to) ~4 (which|that|it) (was|were) (due|required|ordered) ~2 (in|on|by|last|back_in|\\w+_ago)",
    ],
  },
  {
    id: 'noncompliance-program-exit',
    category: 'noncompliance',
    severity: 'high',
    explanation: 'Reports leaving or being discharged from a program against its rules',
    patterns: [
      "(walked|ran|stormed|left|leaves|leaving|checked_himself|checked_herself|checked_themselves|bailed|split) (out_of|out_on|away_from|out|from)? ~2 (inpatient|treatment|rehab|detox|the_program|his_program|her_program|the_facility|residential|the_shelter|recovery_house|sober_living|the_unit|group|class|court|withdrawal_management) ~6 (early(?!_(?:january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|spring|summer|fall|winter)\\b)|without_finishing|without_completing|before_finishing|before_completing|on_day|after_(only_)?(one|two|three|four|five|six|a_few|a_couple|\\d+)_(days?|nights?|weeks?)|ama|against|after_a_day|after_one_night|the_first_night|the_second_day|halfway|without_notice|without_(telling|warning|notifying|permission)|(didn't|did_not|never)_(finish|finished|complete|completed)|abruptly|unannounced|in_the_middle_of_the_night)",
      // Walking out needs no further cue: "walked out of the inpatient program on Sunday".
      `(walked|walks|walking|stormed|storms|snuck|sneaked|bolted|bailed|checked_(himself|herself|themselves)) (out_of|out_on|away_from|from|out|on)? ~2 (${PROGRAM}|${OBLIG_EXTRA}|classes|class|groups?|sessions?|meetings?|appointments?|intake|counseling|therapy)`,
      // The cue is looked ahead to, not matched: a "without" inside the trigger would read as a denial.
      `(left|leaves|leaving|quit|quits|dropped_out_of|abandoned|moved_out_of) ~2 ${PROGRAM}(?=(?:_[^\\s.;:!?]+){0,8}?_(?:and|but|then)_(?:didn't|did_not|never|hasn't|has_not)_(?:finish|finished|complete|completed|go_back|gone_back|went_back|return|returned)\\b|_without_(?:notice|warning|a_word|saying|finishing|completing|permission|telling))`,
      '(asked|told|forced|made) (him|her|them|mr\\.?_\\w+|ms\\.?_\\w+) to_(leave|move_out|pack_up) ~6 (after|because|for|when)',
      // Passive: "was asked to leave the treatment program after he broke the no-visitors rule".
      '(was|were|got|been|being|is|has_been) (asked|told|forced|made) to_(leave|move_out|pack_up|go) ~8 (broke|breaking|violated|violating|rules?|using|drinking|fighting|fight|behavior|behaviour|incident|curfew|positive|relapsed|relapse|missing|threatening|noncompliance|non-compliance|for_having|for_bringing|after_bringing|brought|guests?|visitors?|sneaking|smoking)',
      '(left|leaving|leave|discharged|discharge) ~3 (ama|against_medical_advice|against_advice|early|before_completing|without_completing)',
      '(ama|against_medical_advice)',
      '(kicked|thrown|booted|put|tossed) out ~4 (for|after|because|of|from)',
      '(kicked|kicks|threw|throws|booted|boots|put|tossed|tosses) (him|her|them|\\w+) out (of|for|after|because|over|when)',
      '(discharged|dismissed|terminated|expelled|removed|dropped|exited|suspended|evicted|unenrolled) ~4 (for|after|because|due_to) ~3 (breaking|violating|using|drinking|fighting|rule|rules|noncompliance|non-compliance|behavior|behaviour|threatening|violence|an_incident|incident|missing|absences|positive|possession|having)',
      // In this rule, not the missed-court one: "got dropped" would read there as a charge the court dropped.
      `(dropped|terminated|expelled|kicked_out|booted|removed|washed_out) (from|out_of) ~2 (drug_court|treatment_court|mental_health_court|community_court|veterans_court|dosa|work_release|diversion|lead|the_program|${PROGRAM})`,
      '(unsuccessful|unsuccessfully|administrative|administratively|negative|involuntary|involuntarily) (discharge|discharged|terminated|termination|exit|exited|closed)',
      '(broke|breaking|violated|violating) (the_)?(house|program|shelter|facility|residential) (rules?|policy|policies)',
    ],
  },
  {
    id: 'noncompliance-compliance',
    category: 'noncompliance',
    severity: 'low',
    kind: 'compliance',
    explanation: 'States compliance with conditions, which tells the reader something by contrast',
    patterns: [
      '(compliant|in_compliance|complying|complied)',
      '(no|zero|without_any|nothing) (new_)?(issues|problems|incidents|concerns|violations)',
      '(following|follows|followed|complying_with|complies_with|abiding_by|abides_by|meeting|meets) ~2 (his|her|their|the)? ~1 (conditions|rules|terms|requirements|orders)',
      '(checked|checks|checking|reported|reports|reporting)_in (every|each|weekly|as_required|as_scheduled|on_time|regularly|consistently)',
      '(attended|attending|attends|made|makes|kept|keeps|showed_up_to|shown_up_to|been_to) (all|every|each) ~3 (appointments?|check-ins?|hearings?|court_dates?|sessions?|classes|groups?|meetings?|uas|tests|visits?|payments?|installments?)',
      '(kept|keeps|keeping|maintained|maintains|maintaining) ~2 (distance|away) from',
      '(home|in) (by|before) ~1 curfew',
      '(inside|in|home|back) (by|before) ~3 (every|each) (night|evening)',
      '(making|made|makes|paying|pays|paid|sends|sent|sending) ~3 (payments?|restitution|lfos?|fines?|fees?|installments?) (on_time|every_month|each_month|monthly|as_ordered|as_scheduled|in_full)',
      '(stayed|stays|staying|kept|keeps|keeping|remained|remains) (out_of|away_from|clear_of) (the|his|her|their) ~1 (area|zone|neighborhood|block|park|downtown_core|exclusion_zone|stay-out_area)',
      '(within|inside|under) (his|her|their|the) ~1 (curfew|travel_area|approved_area|boundaries|boundary|limits|zone|travel_restrictions)',
      '(stayed|stays|staying|remained|remains|kept|keeps|been) (within|inside|in) (his|her|their|the) ~1 (travel_area|approved_area|allowed_area|permitted_area|boundaries|limits|zone|county)',
      '(current|up_to_date|caught_up) (on|with) ~2 (payments?|restitution|fines?|fees?|lfos|community_service|hours)',
      "(no|not_any|hasn't_had_any) contact with ~2 (the_victim|her_ex|his_ex|the_protected_party|ex-partner|her_ex-partner|his_ex-partner|the_complainant)",
      '(no|any|raises_no|raised_no|raises_any|without) ~2 (concerns?|complaints?|red_flags)',
      "(no|not|never|hasn't|has_not|denies) ~2 (missed|missed_appointments|missed_court|probation_violations?|condition_violations?|violations_of)",
      '(no|zero) (probation|condition|curfew|program) violations?',
    ],
  },
];
