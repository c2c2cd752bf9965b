/**
 * Supervision conditions a message can name in one sentence and show broken in another, as data. Each kind
 * has the patterns that name it, the patterns of an act that breaks it, and the reason shown on the act.
 * Patterns use the rule language of rules/compile.ts (`_` for a space, `@verb` for its forms, `~N` gaps).
 */
import { verbForms } from '../rules/compile';
import { CAR, CAR_USE } from '../rules/vehicles';
import type { Category } from '../types';

export type ConditionKind =
  | 'no-contact'
  | 'stay-out'
  | 'travel'
  | 'curfew'
  | 'residence'
  | 'program'
  | 'licence'
  | 'interlock'
  | 'monitor'
  | 'firearms'
  | 'alcohol';

export interface ConditionRule {
  kind: ConditionKind;
  category: Category;
  /** Patterns naming the condition ("his NCO with Tasha", "her licence is suspended"). */
  names: readonly string[];
  /**
   * Patterns of an act that breaks it. Kinds that protect named people or places (`needsObject`) need no act
   * pattern: a sentence that puts the participant with the person or at the place is the act.
   */
  acts: readonly string[];
  /**
   * The act must name a person or place the condition sentence names: `contact` (no-contact orders: the
   * protected person or place named with a contact word anywhere in the sentence) or `presence` (stay-out
   * orders: the place named right after a word of being there, "at", "inside", "went to").
   */
  needsObject?: 'contact' | 'presence';
  /** Someone else's conduct leaves the condition unbroken ("his cousin cannot drive"). */
  participantOnly?: boolean;
  /** Negation before the act cancels it ("he has not driven since"); not for kinds whose act is an absence. */
  negatable: boolean;
  /** The reason on the act's sentence; `object` is the protected person or place when the kind has one. */
  reason: (object: string | null) => string;
}

/** Tools and toys called guns, as the word before "gun": none is a firearm. */
const TOOL_GUNS =
  'nail|staple|glue|heat|caulk|caulking|spray|paint|radar|temperature|massage|tattoo|grease|squirt|water|nerf|toy|price|label|foam|rivet|solder|soldering|glitter';

/** Every form of the verbs, for use inside a pattern group: `v('see')` → see|sees|saw|seen|seeing. */
const v = (...verbs: string[]): string => verbs.flatMap(verbForms).join('|');

/** Words that say a rule binds the participant: a court order, a condition, a requirement. */
const BINDING =
  "(order|orders|ordered|condition|conditions|cond|conds|required|req|reqs|requires|require|requirement|requirements|court-req'd|court-required|must|mandated|mandatory|court-ordered|req'd|per_(his|her|their)_(probation|release|plea|po|cco|judge)|as_a_condition|plea_deal|plea_bargain|has_to|have_to|needs_to|is_to|are_to|supposed_to|plea_agreement|treatment_plan|release_says|release_order)";

/** The states by name: a condition that keeps the participant in one names it. */
const STATES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new_hampshire|new_jersey|new_mexico|new_york|north_carolina|north_dakota|ohio|oklahoma|oregon|pennsylvania|rhode_island|south_carolina|south_dakota|tennessee|texas|utah|vermont|virginia|washington|west_virginia|wisconsin|wyoming';

const PERSON_CONTACT = `(${v('see')}|${v('visit')}|${v('come')}|${v('bring')}|${v('call')}|${v('text')}|${v('message')}|facetime|facetimed|${v('talk')}|${v('speak')}|${v('meet')}|${v('go')}|${v('stay')}|${v('spend')}|${v('hang')}|${v('live')}|${v('move')}|${v('drop')}|${v('pick')}|${v('drive')}|${v('ride')}|${v('sleep')}|together|${v('reach')}|${v('write')}|${v('eat')}|${v('kiss')}|${v('hug')}|${v('fight')}|${v('argue')}|${v('date')}|${v('help')}|${v('knock')}|${v('wait')}|${v('sit')}|${v('walk')}|${v('watch')}|${v('give')}|${v('send')}|${v('mail')}|${v('email')}|${v('dm')}|${v('reply')}|${v('tag')}|${v('comment_on')}|card|cards|gift|gifts|flowers|${v('get_back')}|back_with|over_at|at_(his|her|their)_(place|house|apartment|motel|room)|with_(him|her|them)|the_(two|three|four)_of_them)`;

export const CONDITION_RULES: readonly ConditionRule[] = [
  {
    kind: 'no-contact',
    category: 'noncompliance',
    names: [
      '(no-contact|no_contact|nco|ncos|stay-away|stay_away|protection|protective|restraining|anti-harassment|cpo|dvpo|ro) (order|orders|condition|conditions)',
      '(nco|ncos|cpo|dvpo)',
      '(prohibits|prohibit|prohibited|prohibiting|bar|bars|barred|forbids|forbidden) ~3 (contact|contacting)',
      "(not|no|can't|cannot|isn't|aren't|never) ~3 (allowed|supposed|permitted|to) ~2 (contact|see|be_around|be_near|go_near|have_contact|talk_to|communicate_with)",
      "(can't|cannot) (contact|see|be_around|go_near|talk_to|have_contact)",
      'no_contact_(with|except|w/)',
      // "the Order for Protection naming Danielle Price", "OFP protects Grace", "the DVRO".
      '(order|orders) (for|of) (protection|no_contact)',
      '(ofp|ofps|dvro|tro|ppo|epo|hro|danco|dancos)',
      '(protected|protected_party|protected_person) ~2 on (his|her|their|the) (bond|order|nco|release|conditions|case)',
      // Gang and co-defendant conditions: "no association w/ Latin Kings members, incl. his cousin Angel Rivas".
      '(no|not_to|prohibits|prohibited|prohibiting|prohibit|bar|bars|barred|forbids|forbidden) ~2 (association|associate|associating|assoc) (w/|with)',
      '(prohibit|prohibits|prohibited|bars|barred|forbids) (him|her|them) from (associating|contacting|having_contact)',
      '(no-association|no_association|no-assoc|no_assoc) (list|order|condition|cond|clause)',
      '(gang) (cond|condition|conditions|notice|order|terms)',
      "(can't|cant|cannot|can_not|may_not|must_not) ~2 (have_anything_to_do_with|have_contact_with|contact|associate_with|be_around|talk_to)",
      "(not|no|can't|cant|cannot|isn't|aren't|never) ~3 (allowed|supposed|permitted|to) ~2 (have_anything_to_do_with|have_any_contact_with|be_anywhere_near|go_anywhere_near|reach_out_to|call|text|message)",
    ],
    acts: [PERSON_CONTACT],
    needsObject: 'contact',
    negatable: true,
    reason: (object) =>
      `Puts the participant in contact with ${object ?? 'the protected person'}, whom the no-contact order named in this message protects.`,
  },
  {
    kind: 'stay-out',
    category: 'noncompliance',
    names: [
      '(stay-out|stay_out|soap|soda|soa|exclusion|geographic|area|zone) ~2 (order|orders|condition|conditions|restriction|restrictions|zone)',
      // Case-note shorthand: "SOAP: Bicentennial Park", "his soda covers the 100-300 blocks of Main", "SODA bounds".
      '(soap|soda|soa|soas|sodas)_?(:|=)',
      '(soap|soda|soa) (covers|covering|includes|bounds|boundaries|runs|spans|is_the|is_all|area|zone|in_effect)',
      '(stay-away|stay_away|no-go|no_go|exclusion|excluded) (zone|zones|area|areas)',
      '(stay|stays|staying|stayed|keep|keeps|keeping) (out|away) (of|from)',
      '(stay-out-of-area|stay-out-of-zone)',
      '(\\d+|one|two|three|four|five|ten)(-|_)?(block|blk|mile|foot|ft) (radius|zone|perimeter)',
      '(exclusion|exclusions) ~4 (covers|covering|includes|from)',
      '(not_enter|never_enter|not_go_into|not_set_foot_in)',
      '(keep|keeps|kept|keeping) (him|her|them|pt|the_participant) (out|away) (of|from)',
      '(no_entry|no-entry) (to|into|on|in|at)?',
      '(trespass|trespassed|trespassing) (notice|order|warning|admonishment|letter|ban)',
      '(banned|barred|excluded|trespassed|trespass) (from|in)',
      '(bar|bars|ban|bans|exclude|excludes) (him|her|them|the_participant|pt) from',
      "(not|no|can't|cannot|isn't|aren't|never) ~3 (allowed|supposed|permitted) ~2 (in|at|near|into|to_be_in|to_be_at|to_be_near|to_go_to|to_go_into|to_go_near|to_enter|to_be_within|to_be_downtown)",
      '(no_entering|not_to_enter|prohibit|prohibits|prohibited|bar|bars|barred) ~3 (entering|from_entering|from_going|from_the)',
      '(off-limits|off_limits)',
      "(no_entering|not_to_enter|may_not_enter|can't_enter|cannot_enter|not_allowed_to_enter|not_to_go_to|not_go_to|not_to_go_into)",
      '\\d+_(feet|ft|yards|yds|miles?) (of|from)',
      // "a stay-away from the Greyhound station", "SOA from Everett Station", "trespass/stay-out from all Walgreens".
      '(stay-away|stay-out|stay_out|soa|soap|soda) ~4 (from|covers|covering|includes|provision|zone|map)',
      '(soap|soda|soa) (active|is|on|\\d+|the|all)',
      '(stay-out|stay-away|soa|soap) (still|rule|rules)',
      '(red_zone|red_zones|no-go_zone)',
      '(on|under) (the|a|his|her) (stay_away|stay-away|stay_out|stay-out|exclusion) (for|from|on|at|around|zone|order)',
      '(no|not_in|not_to_enter|stay_out_of) (bars|taverns|bars_or_taverns|bars_and_taverns|liquor_stores|casinos|strip_clubs)',
      '(no-bars|no_bars|no-bar|no_bar) (condition|cond|rule|order|clause)',
      '(trespass|trespassed|trespassing) (covers|covering|includes|from|bars)',
      "(can't|cant|cannot|can_not|may_not|must_not) (be_in|be_at|be_near|be_within|be_on|go_to|go_near|go_into|go_in|enter|set_foot_in|set_foot_on)",
      '(stay|stays|staying) off (of_)?(the|east|west|north|south|\\w+)',
      "(won't|will_not|doesn't|does_not|can't|cannot) (let|allow) (him|her|them|pt) (within|near|in|into|at|go_to|go_near|be_in|be_at|be_near|be_within)",
      'within (\\d+|one|two|three|four|five|six|ten|a_few|a_couple_of) (blocks?|feet|ft|yards|yds|miles?) (of|from)',
      "(not|no|can't|cant|cannot|isn't|aren't|never) ~3 (allowed|supposed|permitted|to) ~2 (be_anywhere_near|go_anywhere_near|anywhere_near|be_in|be_at|set_foot_in|set_foot_on)",
      '(park|parks|area|zone|district|downtown|geographic|neighborhood|neighbourhood|store|stores|mall|city) (exclusion|exclusions|restriction|restrictions)',
    ],
    acts: [],
    needsObject: 'presence',
    negatable: true,
    reason: (object) =>
      `Places the participant at ${object ?? 'a place'} covered by the stay-out order named in this message.`,
  },
  {
    kind: 'travel',
    category: 'noncompliance',
    participantOnly: true,
    names: [
      "(not|no|can't|cannot|without|may_not|isn't_allowed_to|not_allowed_to|not_supposed_to|not_permitted_to) ~4 (leave|leaving|travel|traveling|travelling|go_out_of|going_out_of|cross|crossing) ~5 (state|county|island|country|district|area|town|city|permission|approval|border|jurisdiction)",
      '(travel|out-of-state|out_of_state|out-of-county|out_of_county|out-of-town|out_of_town) (restriction|restrictions|permit|permission|approval|ban|pass)',
      '(stay|remain|reside) (in|within) ~3 (county|state|district|city|area)',
      // "Probation terms keep him in Maricopa Co.", "remain on the Rock Creek Reservation", "inside the reservation boundaries".
      '(keep|keeps|kept|keeping) (him|her|them|pt) (in|within|inside) ~3 (county|co|state|reservation|city|area|boundaries|limits)',
      '(stay|stays|remain|remains) (on|in|within|inside) ~4 (reservation|boundaries|limits|county_line|county_lines)',
      // "travel limited to Harris and adjoining counties", "restricted to Shelby Co. per his bond", "in-state only".
      '(travel|travels|traveling|movement) ~2 (limited|restricted|confined) to',
      `(restrict|restricts|restricted|confine|confines|confined|limit|limits|limited) (him|her|them|pt)? to ~4 (county|counties|co|state|city|area|${STATES})`,
      '(in-state|in_state) only',
      // "can't leave Forrest Co w/o her ok", "cant leave philly per his bail".
      "(can't|cant|cannot|not_to|may_not|must_not) (leave|leaving) ~3 (w/o|without|per|under) (her|his|their|the|pts|po|pretrial|court's|the_court's)? (ok|okay|permission|approval|bail|bond|pretrial|probation|conditions|release)",
      "(can't|cant|cannot|not_to|may_not|must_not) (leave|leaving) (the_)?(\\w+_)?(co|cty|county|parish)",
      `(can't|cant|cannot|can_not|may_not|must_not|not_to|not_allowed_to|not_supposed_to) (leave|leaving|go_outside|go_out_of) (the_state_of)? (${STATES})`,
      `(says|requires|keeps|must|has_to|needs_to|supposed_to|is_to|to) (he|she|they|him|her|them)? (stay|stays|remain|remains|be) (in|within|inside) (${STATES})`,
      '(stay|stays|remain|remains|keep|keeps) (him|her|them)? (in|within) ~3 (unless|without) ~3 (po|cco|probation|court|judge|you|approval|approved|approves|permission|ok|okay|okays|clears|signs_off)',
    ],
    acts: [
      '(flew|flies|fly|flying|flight|flights|trip|road_trip|traveled|travelled|travels|traveling|travelling|crossed|crosses|out_of_state|out_of_town|out_of_county|across_the_border|over_the_border|amtrak|greyhound)(?!_(?:fishing|fish|rod|rods|tying))',
      `(${v('stay')}|${v('spend')}) ~4 (nights|days|weekend|week|weeks) (in|at|with|up_in|down_in)`,
      `(${v('visit')}|${v('see')}) ~3 (family|relatives|grandmother|grandma|grandfather|cousin|cousins|aunt|uncle|parents|mom|dad|brother|sister|kids) ~3 (in|at|up_in|down_in|over_in)`,
      `(${v('go')}|${v('drive')}|${v('head')}|${v('ride')}) (up|down|out|over|home|back_home) to`,
    ],
    negatable: true,
    reason: () => 'Describes a trip outside the area this message says the participant may not leave.',
  },
  {
    kind: 'curfew',
    participantOnly: true,
    category: 'noncompliance',
    names: [
      '(curfew|curfews)',
      '(home|house) (restriction|detention|confinement|arrest|incarceration)',
      '(lockdown|lock-down)',
      '(told|tells|ordered|orders|requires|required) (him|her|them|pt)? to (be|stay|get) (home|in|inside|indoors|back) (by|from|between|before|after)',
      '(has_to|must|needs_to|supposed_to|required_to) ~2 (be|get|stay) (indoors|inside) (by|from|between|after|before|at)',
      '(hours|time) (at_home|home|inside|indoors) (from|by|between|after)',
      '(bracelet|monitor|ehm|gps|ankle_monitor) (keeps|keep|kept) (him|her|them) (at|in|home)',
      '(ehm|electronic_home_monitoring|electronic_monitoring)',
      '(has_to|must|needs_to|supposed_to|required_to) ~2 (be|get|stay) (home|in|inside|back) (by|from|between|after|before|at)',
    ],
    acts: [
      `(out|back|home|in|${v('return')}|${v('get_back')}|${v('get_home')}|${v('get_in')}|${v('come_back')}|${v('come_home')}|${v('come_in')}|${v('stay_out')}|${v('leave')}|${v('walk_in')}|${v('roll_in')}) ~8 (until|til|till|after|past|around|at|close_to|almost|nearly) ~2 (midnight|\\d{1,2}(:\\d\\d)?(\\s*[ap]\\.?m\\.?)?|one|two|three|four|eleven|twelve|ten)`,
      '(out|away|gone) (all_night|overnight|late|until_morning|until_sunrise|till_morning|til_morning)',
      `(${v('stay_out')}|${v('be_out')}) (late|all_night)`,
      "(didn't|did_not|never|hasn't|has_not|doesn't) (come|get|make_it) (home|back)",
      "(not|n't|never) ~2 (get|gets|got|come|comes|came|make_it|makes_it|made_it|be|been|was|is)? (home|back|in) ~3 (until|til|till) ~2 (about|around|almost|nearly|close_to|after)? (midnight|\\d{1,2}(:\\d\\d)?(\\s*[ap]\\.?m?\\.?)?|one|two|three|four|eleven|twelve|ten)",
      '(shift|shifts|works|work|working|rotation|job|hours) ~8 (to|until|till|til|through|-) ~1 (midnight|\\d{1,2}(:\\d\\d)?(\\s*[ap]\\.?m?\\.?)?)',
      '(until|til|till|past) ~2 (midnight|\\d{1,2}(:\\d\\d)?\\s*[ap]\\.?m\\.?|(9|10|11|12)(:\\d\\d)?|\\d{1,2}:\\d\\d)',
      '(missed|broke|violated|blew) ~2 curfew',
      'after_curfew',
    ],
    negatable: true,
    reason: () => 'Describes being out after the curfew or home restriction named in this message.',
  },
  {
    kind: 'residence',
    participantOnly: true,
    category: 'noncompliance',
    names: [
      `${BINDING} ~8 (reside|residence|live|living|lives|stay|staying|sleep|sleeping|address|bed|house|home|housing|center|centre|facility|program)(?!\\s+(?:away|out|off|clear))`,
      "(reside|residence|address|house|home|bed|center|centre|facility) ~6 (listed|approved|required|ordered|mandated|court-ordered|req'd)",
      '(approved|required|court-ordered|mandated) (address|residence|housing|placement|bed)',
      '(rrc|reentry|re-entry|halfway|work_release|sober_living|oxford_house|recovery_house|recovery_residence|transitional_housing|residential_treatment|treatment_bed|treatment_house|crisis_stabilization)',
      '(was|is|been) placed (at|in)',
      // "his release puts him in his grandma's custody at her place on 19th Ave", "third-party custodian".
      '(puts|put|placed|places|released) (him|her|them) (in|into|to) ~2 (custody|care)',
      '(third-party|third_party|3rd-party|3rd_party) (custodian|custody)',
      // "Release: reside w/ grandmother Gloria Whiteman", "res cond: Freedom House recovery home".
      '(reside|resides|residing) (w/|with) (his|her|their)? ~2 (custodian|grandmother|grandma|grandfather|grandpa|mother|mom|aunt|uncle|father|dad|parents|sister|brother|cousin)',
      '(res|residence|residential) (cond|conds|condition|requirement)',
      '(probation|court|judge|release|pretrial|doc|parole|po|cco) ~3 (placed|assigned|put) (him|her|them)',
    ],
    acts: [
      `(${v('sleep')}|${v('stay')}|${v('crash')}|${v('spend')}) ~10 (night|nights|weekend|weekends|overnight)`,
      `(${v('sleep')}|${v('stay')}|${v('crash')}|${v('live')}|${v('spend_the_night')}|${v('spend_nights')}|${v('be')}) ~3 (at|with|in) ~3 (his|her|their|a|an|the|my) ~2 (\\w+'s|mom|mother|dad|father|aunt|uncle|cousin|brother|sister|friend|friends|girlfriend|boyfriend|partner|ex|grandmother|grandma|grandfather|coworker|co-worker|buddy|family|relatives|parents|folks|kids|place|house|apartment|trailer|motel|camp|tent|car)`,
      `(${v('sleep')}|${v('stay')}|${v('crash')}|${v('spend')}|${v('be')}) ~4 (at|with) [\\w+'s] (boyfriend's|girlfriend's|mom's|mother's|dad's|aunt's|uncle's|cousin's|brother's|sister's|friend's|grandmother's|grandma's|ex's|partner's)`,
      'instead_of_(coming|going) (back|home)',
      "(hasn't|has_not|haven't|not|didn't|did_not|never) (been_back|come_back|slept_there|stayed_there|returned|gone_back|been_sleeping_there|been_staying_there)",
      '(only|just) (stopping|stops|stopped|comes|coming|goes|going) (by|back|in) ~4 (for|to_get|to_pick)',
      `${v('move')} ~2 (out|in_with|back_in|back_home|in_to)`,
      `(${v('check')}_out|${v('leave')}|${v('walk_out_of')}) (of_)?(the|his|her) (program|house|center|centre|facility|placement|shelter|bed|halfway_house)`,
    ],
    negatable: true,
    reason: () => 'Describes nights away from the required residence named in this message.',
  },
  {
    kind: 'program',
    participantOnly: true,
    category: 'noncompliance',
    names: [
      `${BINDING} ~10 (class|classes|group|groups|iop|program|programme|treatment|counseling|counselling|session|sessions|mrt|moral_reconation|batterer's|batterers'|batterer|accountability|anger_management|community_service|csw|hours|hrs|ua|uas|testing|test|tests|drug_court|meetings|aa|na|dbt|cbt|outpatient|inpatient|therapy|antabuse|medication|dosing|pharmacy|check-ins?|reporting|report_in|parenting|victim_panel|victim_impact)`,
      '(court-ordered|court_ordered|mandated|required|mandatory) ~3 (class|classes|group|groups|iop|program|programme|treatment|counseling|counselling|session|sessions|testing|tests|hours|community_service)',
      // "release order: IOP M-W-F", "Cond: UA via color line": the requirement after a colon.
      `${BINDING}: ~3 (class|classes|group|groups|iop|program|programme|treatment|counseling|counselling|sessions?|mrt|moral_reconation|ua|uas|testing|tests?|color_line|colour_line|meetings?|aa|na|community_service|csw|hours|hrs|check-ins?|reporting)`,
      "(class|classes|group|groups|iop|program|treatment|counseling|counselling|sessions?|meetings?|aa|na|ua|uas|testing|hours|community_service|check-ins?) ~3 (req|req'd|reqd|required|mandated|court-ordered|ordered)",
      '(class|classes|group|groups|iop|program|treatment|counseling|sessions?|meetings?|aa|na|ua|uas|testing|hours|community_service|check-ins?) ~3 (is|are) (on|in|part_of) (his|her|their|the) ~2 (conditions|release|plea|sentence|order|probation|supervision)',
      // Classes a court orders by their nature: batterer intervention, anger management, DUI school.
      "(dv|batterer|batterers|batterer's|batterers'|anger_management|anger_mgmt|moral_reconation|mrt|dui|duii|dwi|owi|victim_impact|thinking_for_a_change) (class|classes|group|groups|program|course|panel|school)",
      '(bip|batterer_intervention|batterers_intervention)',
      '(anger_mgmt|anger_management) ~3 (court_ordered|court-ordered|ordered|required|req|thru|through|at|with)',
      '(court|judge|po|cco|probation|pretrial) ~2 (has|have|had|got) (him|her|them) (doing|attending|going_to|in)',
      '(weekly|monthly|biweekly|every_week|in-person) (po|probation|cco|pretrial)? (check-in|check-ins|check_in|check_ins|reporting|report_ins?)',
      '(checks_in|check_in|checking_in|reports|report|reporting) (in_person)? (with|to) (his|her|their|the)? (po|probation|cco|pretrial|officer) ~3 (every|weekly|each|monthly|in_person|on|by)',
      '(color_line|colour_line|color-line|colour-line|color_code|colour_code|testing_line|ua_line|call-in_line)',
      // "Trevor's plea needs 3 AA mtgs a week", "court says she tests the day it's called".
      '(plea|release|probation|sentence|court|judge|conditions|order|pretrial) (needs|requires|says|includes|calls_for) ~6 (class|classes|group|groups|iop|program|treatment|counseling|sessions?|mrt|ua|uas|test|tests|testing|meetings?|mtgs?|aa|na|community_service|csw|hours|hrs|check-ins?|check_in)',
      '(pretrial|po|probation|cco) (check_in|check-in|checkin|check_ins|check-ins|reporting) (is|are|every|on|days)',
      '(owes|owe|owed) ~3 (community_service|csw|cs_hours|service_hours|hrs|hours)',
      '(cond|conds|req|reqs)\\.: ~3 (class|classes|group|groups|iop|program|treatment|counseling|sessions?|mrt|ua|uas|testing|tests?|meetings?|aa|na|community_service|csw|hours|hrs)',
      // Testing by its shorthand: "24/7 Sobriety: PBT twice daily", "still on randoms w the probation lab".
      '(24/7_sobriety|pbt|pbts|breath_tests?) ~4 (daily|twice|every|per|at|before|m-f)',
      '(on|doing|does|for) randoms',
      '(color|colour) (is|was) ~3 window',
      '(testing|test|ua|uas|collection|drop|drops|pbt) (window|windows)',
      '(community_service|csw|service) ~2 (hours|hrs) ~4 (due|by|per)',
      '(hours|hrs) (were|are|is) due',
      // A programme with its weekly days is the required schedule: "IOP MWF 6-8", "anger mgmt tues/thurs 5:30-7:30".
      '(iop|mrt|bip|dv_class|anger_mgmt|anger_management|batterer_intervention|batterers_intervention|moral_reconation_therapy) ~2 (m|mon|mondays?|tu|tue|tues|tuesdays?|w|wed|weds|wednesdays?|th|thu|thur|thurs|thursdays?|fri|fridays?|sat|saturdays?|sun|sundays?|mwf|m/w/f|m-w-f|tth|t/th|tu/th|tue/thu|tues/thurs|m-f|m/w|mw)',
      // Tests by their weekly days, not one test on one day ("her UA on Friday came back"): "UA Mon/Thu", "test M/Th".
      '(test|tests|testing|ua|uas|drops) ~2 (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|mwf|m/w/f|m-w-f|tth|t/th|tu/th|tue/thu|tues/thurs|m-f|m/w|mw|m/th|mon/thu|mon/thurs|mon/wed|mon/fri)',
      '(check-in|check_in|checkin|check-ins|reporting|reports|report|reports_to) (to_)?(the_)?(po|pts|pretrial|probation|kiosk|pretrial_kiosk) ~4 (mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekly|every|each)',
      '(check-in|check_in|checkin|reporting): ~3 (kiosk|po|pretrial|probation)',
      '(random|randomized) (drug_)?(screens?|tests?|testing|uas?|screening)',
      '(drug|dui|dwi|mental_health|veterans|wellness|sobriety|treatment) court ~2 (phase|contract|requirements?|program)',
    ],
    acts: [
      "(hasn't|has_not|haven't|have_not|didn't|did_not|not|never|wasn't|was_not) ~2 (been|gone|go|attended|attend|attending|made_it|make_it|shown|show|showed|returned|re-enrolled|started|done|logged|completed|tested|checked_in|seen_(him|her|them))",
      // The programme's last record of him, dated: "Per Bridges roster, pt's last group was 1/16".
      '(last|most_recent) ~3 (group|session|class|attendance|meeting|check-in|appointment|ua|test|visit) ~2 (was|on|dated|is_dated) ~1 (\\d{1,2}/\\d{1,2}|jan|january|feb|february|march|apr|april|may|june|july|aug|august|sept|september|oct|october|nov|november|dec|december)',
      // The act falls when the programme meets: "which is when her MRT group meets", "at the same time as group".
      "(which_is|that_is|that's|which's) when ~4 (group|class|session|meeting|iop|mrt|testing|ua)",
      '(same_time_as|same_night_as|same_nights_as|same_day_as|same_days_as|same_hours_as|overlaps_with|conflicts_with)',
      // The programme's own record of absence: "his attendance sheet is blank", "the log has no entries after 3/2".
      '(sheet|sheets|log|logs|card|roster|attendance|record|records|signatures|sign-ins) ~6 (blank|empty|no_entries|no_entry|no_signatures|no_sign-ins|nothing_since|nothing_after)',
      '(stopped|stops|quit|quits|quitting|stopping) (going|attending|showing|testing|coming)',
      '(dropped|dropping|discharged|kicked|removed|terminated|unenrolled|withdrawn|withdrew) (from|out|off)',
      '(missed|misses|missing|skipped|skips|skipping|blew_off|no-showed|no_showed|no_show|no-show)',
      '(no_longer|not_anymore) ~2 (going|attending|enrolled)',
      '(instead|rather_than)',
      `(${v('choose')}|${v('pick')}|${v('prioritize')}|${v('put')}) ~6 over ~3 (the|his|her|their)`,
      '(switched|changed|picked_up|took) ~6 (shift|shifts|job|hours|schedule) ~12 (same_time|conflict|conflicts|overlap|during|instead)',
    ],
    negatable: false,
    reason: () => 'Describes not attending the treatment, testing or classes this message names as required.',
  },
  {
    kind: 'licence',
    participantOnly: true,
    category: 'driving',
    names: [
      "(license|licence|licenses|licences|dl|driving_privileges|driver's_license|drivers_license|driver_license|privilege_to_drive) ~6 (suspended|revoked|cancelled|canceled|invalid|expired|pulled|taken_away|is_gone)",
      "(suspended|revoked|cancelled|canceled|no_valid|invalid|expired|no) (license|licence|dl|driver's_license|drivers_license)",
      '(dwls|dwlr|dus|dwr|dwi_suspension|habitual_traffic_offender|hto)',
      "(never_had|doesn't_have|does_not_have|don't_have|dont_have|do_not_have|didn't_have|has_no|hasn't_got|without|lacks) (a|any)? (valid)? (driver's|drivers|driving)? (license|licence|dl)",
      '(lic|license|licence|dl) ~2 (not_reinstated|not_yet_reinstated|never_reinstated|not_valid)',
      '(try|trying|hoping|hopes|working|hearing|waiting) ~4 (get|getting) (his|her|their) (license|licence|dl) back',
      "(not|no|can't|cannot|isn't) ~3 (allowed|supposed|permitted|legally|licensed) ~2 (to_drive|drive|driving)",
      '(unlicensed|not_licensed|not_to_drive|no_driving)',
      '(suspended|revoked|cancelled|canceled|pulled|took|taken) (his|her|their) (license|licence|dl|driving_privileges|privileges)',
      "(license|licence|dl) ~4 (not_valid|no_longer_valid|isn't_valid)",
      "(license|licence|dl|driving|driver's_license|drivers_license) ~4 (suspension|revocation|suspensions|revocations)",
      '(suspension|revocation) ~4 (license|licence|dl|driving|privileges)',
      '(lost|loses|losing) (his|her|their) (license|licence|dl|driving_privileges)',
      "(license|licence|dl) ~3 (taken|pulled|yanked|on_hold|lost|gone|invalid|susp|susp'd|suspd|revk|rvkd)",
    ],
    acts: [
      CAR_USE,
      '(drive|drives|drove|driving|driven|behind_the_wheel|at_the_wheel|parked|parks|parking)(?!\\s+(?:her|him|them|me|us)\\s+(?:to|around|everywhere|home|back|places|there))',
      `(${v('take')}|${v('borrow')}|${v('use')}|${v('get')}) (his|her|their|a|the) ~2 ${CAR} ~6 (out|to|around|over|back|across|into|down|up)`,
      '(pulled_over|got_stopped|traffic_stop|speeding_ticket|parking_ticket)',
      `${v('give')} ~3 (a_ride|rides|a_lift|lifts)`,
      '(doordash|doordashing|instacart|grubhub|uber_eats|amazon_flex|delivery_driver|delivery_route|delivery_job|making_deliveries|doing_deliveries)',
      `(${v('commute')}|${v('go')}|${v('get')}|${v('head')}|${v('come')}|${v('pick')}|${v('drop')}|${v('run')}|${v('travel')}) ~8 in (his|her|their|the|a) ~2 ${CAR}`,
    ],
    negatable: true,
    reason: () => 'Describes driving, while this message says the licence is suspended, revoked or missing.',
  },
  {
    kind: 'interlock',
    category: 'driving',
    participantOnly: true,
    names: [
      '(interlock|interlocks|iid|baiid|ignition_interlock|blow_box)',
      // "He has to blow into the thing before starting the car."
      '(blow|blows|blowing) into (the|a|that) (thing|device|box|machine|tube) ~3 (before|to_start|start|starting)',
    ],
    acts: [
      `(${v('borrow')}|${v('take')}|${v('drive')}|${v('use')}) ~3 (\\w+'s|a_different|another|someone_else's|a_rental|a_friend's|a_loaner|the_other|the_company|the_work|a_work) ~2 ${CAR}`,
      '(blow|blows|blew|blowing|blown|the_startup_blow|the_blows|the_retests?) ~4 (for_him|for_her|for_them|in_his_place|in_her_place|on_his_behalf|on_her_behalf)',
      '(pulled|pulls|pulling|bypass|bypassed|bypasses|bypassing|jumped|jumps|disconnected|unplugged|rigged|disabled|hotwired) ~4 (relay|fuse|wire|wires|wiring|interlock|device|unit|box|it)',
    ],
    negatable: true,
    reason: () => 'Describes getting around the ignition interlock named in this message.',
  },
  {
    kind: 'monitor',
    category: 'testing',
    participantOnly: true,
    names: [
      '(scram|soberlink|alcohol_monitor|alcohol_monitoring|ankle_monitor|alcohol_bracelet|transdermal|sweat_patch|remote_breath)',
      // Location monitoring breaks the same ways: the unit left behind, dead or out of range.
      '(gps|ankle|electronic) (monitor|monitoring|unit|bracelet|device|tracker|thing)',
      '(ankle_bracelet|ankle_unit)',
      '(on|wears|wearing|still_on) (the|a|an|his|her)? (gps|ankle_monitor|bracelet|em|ehm)',
    ],
    acts: [
      `(${v('wrap')}|${v('cover')}|${v('tape')}|${v('remove')}|${v('cut')}|${v('unplug')}|${v('block')}|${v('shield')}|${v('soak')}|${v('take_off')}|${v('take_it_off')}|${v('skip')}|${v('miss')}|${v('ignore')}) ~5 (bracelet|monitor|device|anklet|band|strap|scram|soberlink|unit|foil|plastic|it|the_test|the_blow|blows|retest|retests|tests|checks)`,
      '(foil|aluminum|saran|plastic_wrap|duct_tape|ice_pack|sock) ~4 (around|over|under|between|on)',
      '(battery|charge|charger) ~4 (die|died|dies|dead|ran_out|run_out|go_dead|went_dead)',
      '(let|lets|letting) ~3 (die|go_dead|run_out)',
      // The breath device left behind while he is away: "left her Soberlink at home when she went to the wedding".
      `(${v('leave')}) ~3 (device|unit|monitor|soberlink|scram|breathalyzer|bracelet) ~5 (at|in|on|behind|home)`,
      '(device|unit|monitor|soberlink|breathalyzer) (was|is|sat|sits|sitting|stayed|stays) ~3 (at|in|on|behind) ~4 (home|locker|car|nightstand|drawer|house|place|work|room)',
      '(blow|blows|blew|blowing|blown|test|tests|tested) ~4 (for_him|for_her|for_them|in_his_place|in_her_place|on_his_behalf|on_her_behalf)',
      '(no_signal|out_of_range|no_service|no_reception|dead_zone)',
    ],
    negatable: true,
    reason: () => 'Describes getting around the alcohol monitor named in this message.',
  },
  {
    kind: 'firearms',
    category: 'violence',
    names: [
      "(no|not|can't|cannot|isn't|prohibited|prohibits|prohibiting|ban|banned|bans|bar|bars|barred|restricted|restriction|forbidden|not_allowed|not_supposed|not_permitted|may_not|ineligible) ~8 (firearm|firearms|gun|guns|weapon|weapons|ammunition|ammo)",
      '(firearm|firearms|gun|guns|weapon|weapons) ~3 (ban|bans|prohibition|restriction|restrictions|surrender|relinquishment)',
      '(felon_in_possession|unlawful_possession_of_a_firearm|upf|upof)',
      '(no-firearms|no-firearm|no-gun|no-guns|no-weapons|no_firearms)',
      '(lost|loses|losing|no|without) ~2 (gun|firearm|firearms|second_amendment) (rights|right)',
      '(weapons|weapon|firearms|firearm|gun|guns) (condition|conditions|cond|conds|clause|restriction)',
    ],
    acts: [
      // Not the tools and toys that share the word: "a pneumatic nail gun", "a water gun".
      `(?<!\\b(?:${TOOL_GUNS})\\s)(rifle|rifles|shotgun|shotguns|pistol|pistols|handgun|handguns|gun|guns|firearm|firearms|revolver|revolvers|\\.\\d{2,3}|9mm|9_mm|ar-15|ar15|ak|glock|ammo|ammunition|shells|rounds)`,
      // "the family's hunting cabin", "the hunting counter": the word names a thing, not a hunt.
      `(${v('hunt')}|hunting_trip|deer_season|elk_season|duck_season|shooting_range|gun_range|target_practice|${v('shoot_targets')}|${v('shoot_cans')}|${v('go_shooting')}|trap_shooting|skeet)(?!\\s+(?:for\\s+(?:an?|the|work|jobs?|housing|apartments?|rooms?)\\b|cabin|cabins|counter|lodge|dogs?|jacket|jackets|boots|gear|department|section|aisle|show|shows|magazine|magazines|licen[cs]es?|stories))`,
      '(out|go|went|goes|going|took_him|took_her) ~3 for (elk|deer|duck|ducks|turkey|pheasant|geese|rabbits|squirrels)',
    ],
    negatable: true,
    participantOnly: true,
    reason: () => 'Describes guns within reach, while this message names a firearms ban.',
  },
  {
    // Drinking that is legal for anyone else breaks a no-alcohol condition: "a michelada with his compadres".
    kind: 'alcohol',
    category: 'substance',
    participantOnly: true,
    names: [
      `${BINDING} ~6 (no|not|not_to|never|abstain|abstains|abstaining|abstinence|sobriety|zero) ~4 (alcohol|drinking|booze|liquor|alcoholic)`,
      '(conditions?|conds?|probation|release|order|court|plea|contract|terms|bond|bail|pretrial|sentence|judge|clause|says|say|includes|include|forbids|forbid|prohibits|prohibit|bars|bar) ~4 (no|not|not_to|abstain|abstinence|zero) ~3 (alcohol|drinking|booze|liquor|alcoholic)',
      '(forbids|forbid|prohibits|prohibit|bars|bar|bans|ban) ~3 (the_use_of|use_of|consumption_of|any)? (alcohol|drinking|booze|liquor)',
      '(abstinence|sobriety|no-alcohol|no_alcohol|alcohol-free|no-drinking|no_drinking|dry) (clause|condition|conditions|requirement|order|term|terms|contract)',
      '(abstain|abstains|abstaining) from (alcohol|drinking|all_alcohol|drugs_and_alcohol|alcohol_and_drugs|all_substances|mood-altering)',
      '(dui|dwi|owi|duii|sobriety) (court) (contract|conditions?|terms|rules)',
    ],
    acts: [
      `(${v('drink')}|${v('have')}|${v('split')}|${v('order')}|${v('try')}|${v('taste')}|${v('sip')}|${v('share')}|${v('crack_open')}) ~4 (?<!\\b(?:root|ginger|non-alcoholic|non_alcoholic|na|alcohol-free|zero-proof|near)\\s)(beer|beers|wine|wines|champagne|prosecco|seltzer|seltzers|hard_seltzers?|hard_cider|pitcher|pitchers|michelada|micheladas|margarita|margaritas|cocktail|cocktails|whiskey|whisky|vodka|tequila|rum|mimosa|mimosas|sangria|ipa|ipas|lager|ale|brews?|cold_ones?|tall_boys?|40oz|six-pack|twelve-pack|glass_of_(wine|champagne|beer)|nightcap)`,
      `(${v('have')}|${v('grab')}|${v('get')}|${v('buy')}) (him_|her_)?(a_drink|a_couple_drinks|a_couple_of_drinks|a_few_drinks|drinks_with|a_round)`,
      '(shift_drink|staff_drink|happy_hour|bar_crawl|pub_crawl|wine_tasting|beer_tasting|tasting_flight|tasting_room|raised_a_glass|for_the_toast|bottle_service|open_bar|keg_stand|beer_pong)',
      `(${v('try')}|${v('visit')}|${v('tour')}|${v('hit')}|${v('go')}|${v('head')}) ~3 (breweries|brewery|brewpub|brewpubs|wineries|winery|taproom|taprooms|distillery|pub|pubs|bars|beer_garden)`,
      `(${v('brew')}) ~3 (his|her|their)_own (beer|cider|hard_cider|wine|mead)`,
    ],
    negatable: true,
    reason: () => 'Describes drinking, while this message names a no-alcohol condition.',
  },
];
