import type { RuleEntry } from '../types';
import { CAR, CAR_USE, NOT_THEIRS } from '../vehicles';

const RIDE =
  '(riding|rides|rode|ridden|ride) ~4 (motorcycle|motorcycles|motorbike|dirt_bike|dirtbike|moped|atv|quad|four-wheeler|harley|crotch_rocket)';

/** Commuting, unless by bus, train or bike. */
const COMMUTE =
  '(commuting|commutes|commuted|commute)(?!(?:\\s+\\S+){0,4}?\\s+(?:bus|buses|train|light\\s+rail|transit|metro|foot|bike|bicycle)\\b)';

/** Not allowed to drive: no licence (lost, never had, taken, not reinstated), no insurance, no registration. */
const NO_LICENSE =
  "(suspended|revoked|unlicensed|(fake|stolen|switched|swapped|someone_else's|bogus)_(plates|tags|tabs)|(no|never_had_(a|an)|without_(a|an)|doesn't_have_(a|an))_(motorcycle_)?endorsement|(hasn't|has_not|hadn't|had_not)_had_(a|her|his|their)_(license|licence|dl)|(license|licence|dl)_(expired|lapsed|ran_out)|(under|in|on)_(revocation|suspension)|(not|isn't|is_not|wasn't)_on_(the|his|her|their)_insurance|(not|isn't|is_not)_(allowed|supposed_to_be|permitted)_behind_the_wheel|(hasn't|has_not|haven't|hadn't|didn't|never)_(finished|completed|done)_(relicensing|reinstatement|the_relicensing_(class|program))|before_(getting|he_gets|she_gets|they_get)_(his|her|their)_(license|licence)_back|(hasn't|has_not|hadn't|had_not)_(gotten|got)_(his|her|their)_(license|licence|dl)_back|no_(valid_)?(license|licence|dl|insurance|plates|registration|tabs)|(even_with|despite|with|during|in_spite_of|since)_(the_|her_|his_|their_|a_)?(dol_|dmv_|license_|licence_)?(suspension|revocation)|while_(suspended|revoked)|without_(a_|any_)?(valid_)?(license|licence|dl|insurance|plates|registration|tabs)|w/o_(a_)?(valid_)?(license|licence|dl|insurance)|lost_(his|her|their)_(license|licence|dl|driving_privileges|privileges)|never_(got|had|gotten|obtained|held)_(a|his|her|their|any)_(license|licence|dl)|(never_been|isn't|is_not|wasn't|not)_licensed|(haven't|hasn't|have_not|has_not|hadn't|weren't|wasn't|aren't|isn't|not)_(yet_)?(been_)?reinstated|took_(his|her|their)_(license|licence|dl)|(license|licence|dl)_(was_|got_|has_been_)?(taken|pulled|yanked)|not_supposed_to_(drive|be_driving)|isn't_allowed_to_drive|not_allowed_to_drive|can't_legally_drive|uninsured|(isn't|is_not|wasn't|was_not|not)_insured|unregistered|(isn't|is_not|wasn't|was_not|not)_registered|expired_(tabs|registration|plates|insurance|license|licence)|(doesn't|does_not|didn't|did_not)_have_(a_|an_|any_)?(valid_)?(license|licence|dl|insurance)),?";

/** Not after a negation inside the pattern: "suspended, so she can't drive it". */
const NOT_NEGATED =
  "(?<!\\b(?:can't|cannot|not|never|won't|doesn't|didn't|don't|isn't|wasn't|stopped|quit)\\s)";

/** Drinks counted or named ("a couple glasses of wine", "six beers"); "a few questions" is not a drink. */
const DRINKS =
  '((a_bottle|bottles?)(?!_of_(?:water|juice|soda|pop|gatorade|coke|milk|pills|shampoo|lotion))|six-pack|a_six-pack|12-pack|a_12-pack|a_case|a_forty|a_pint|beers|beer|(?<!(?:energy|soft|sports|protein)\\s)drinks|shots|glasses|wine|tallboys|tall_cans|pints|forties|a_fifth|vodka|whiskey|tequila|hennessy|liquor|booze|margaritas|cocktails|(a_few|a_couple)(?!_(?:of_)?(?:more|other|questions|minutes|hours|days|things|errands|calls|friends|people|bites|dollars|times|weeks|months|items|forms|papers|blocks|miles|stops|kids|bags|boxes|hundred|bucks)\\b))';

/** Getting in to drive: "then a short drive home", "before getting in the car". */
const TO_DRIVE =
  '(drove|drives|driving|drive|driven|got_behind_the_wheel|getting_behind_the_wheel|get_behind_the_wheel|(got|getting|get|gets|hopped|hops|hopping|jumped|jumps|jumping|climbed)_(in|into)_(the|his|her|their|a)_(car|truck|van|suv|ride))';

/** The interlock itself, by its names. */
const INTERLOCK = '(interlock|interlocks|ignition_interlock|breathalyzer|blow_box|iid)';

/** Not a topic of talk: "the risks of driving after drinking", "talked about driving high". */
const NOT_TOPIC = '(?<!\\b(?:risks?|dangers?|consequences)\\s+of\\s|\\babout\\s)';

export const DRIVING_RULES: readonly RuleEntry[] = [
  {
    id: 'driving-impaired',
    category: 'driving',
    severity: 'high',
    explanation: 'Mentions impaired driving',
    record: true,
    patterns: [
      '(dui|duii|duis|dwi|dwis|owi|ovi|dui-related|drunk_driving|drunk_driver(?!_(?:who|that)_(?:hit|struck|killed|injured|ran))|drunken_driving|drunk-driving|impaired_driving|driving_under_the_influence|driving_while_intoxicated|driving_while_impaired|drinking_and_driving)',
      `${NOT_TOPIC}(drive|drives|drove|driving|driven) ~5 (drunk|high|intoxicated|buzzed|impaired|wasted|loaded|hammered|tipsy|stoned|blitzed|plastered|sloshed|tweaking|geeked|nodding|messed_up|tore_up|after_drinking|after_using|under_the_influence|while_drinking|with_an_open_container)`,
      // Someone else blowing into the interlock, or drinking in the car before driving.
      '(blows|blow|blew|blowing|does|did|doing|do|takes|took) ~3 (interlock|the_blows|breath_tests?|the_device) ~3 for (him|her|them)',
      '(blows|blew|blowing) ~2 (into|in) ~2 (his|her|their|the) (interlock|device) (for|so)',
      '(drinks|drinking|drank|uses|using|used|smokes|smoking|smoked|gets_high|getting_high|got_high) ~2 (in|inside) (the|his|her|their|a) ~1 (truck|car|van|vehicle) ~4 (before|then|and) ~2 (driving|drives|drove|heading|heads|headed|going|goes|went|hitting|hits)',
      '(drunk|high|intoxicated|buzzed|impaired|wasted|loaded|hammered|tipsy|stoned|blitzed|plastered|sloshed|tweaking|geeked|nodding|messed_up|tore_up) ~3 (driving|drove|behind_the_wheel|at_the_wheel|while_driving|to_drive)',
      `${DRINKS} ~5 (then|and|before|afterwards|after_that) ~3 ${TO_DRIVE}`,
      // Minimising the drive and the drinks: "it was only a few blocks, and he'd only had a couple".
      `(only|just) ~2 (blocks|a_mile|a_couple_(of_)?miles|a_few_miles|a_short_drive|a_quick_drive|down_the_street|around_the_corner),? ~6 (had|drank|downed) ~3 ${DRINKS}`,
      // A breath test at the shelter or the program is a monitoring result (testing), not a roadside one.
      '(blew|blows|blowing|blow|registered|tested|tests|bac|blood_alcohol|breath_test|breath_alcohol) ~3 (over|above|twice|double) ~1 (the_)?(legal_)?(limit|\\.0\\d|\\.[1-3]\\d?)(?!(?:_\\w+){0,2}_(?:into|on|in|with)_(?:the|his|her|their|a)_(?:soberlink|scram|home_unit|home_device))(?!(?:\\s+\\S+){0,3}?\\s+(?:at|in|during)\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:shelter|program|clinic|office|treatment|house|group|check-in|probation|court|meeting|appointment|intake))',
      '(over|above) the_(legal_)?limit(?!(?:\\s+\\S+){0,3}?\\s+(?:at|in|during)\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:shelter|program|clinic|office|treatment|house|group|check-in|probation|court|meeting|appointment|intake))',
      // A reading on a home alcohol monitor (Soberlink, SCRAM) is a test result, not a roadside one.
      '(blew|blows|blew_a|bac_of|blood_alcohol_of) (a_)?(\\.|0\\.)\\d+(?!(?:_\\w+){0,2}_(?:into|on|in|with)_(?:the|his|her|their|a)_(?:soberlink|scram|home_unit|home_device))',
    ],
  },
  {
    id: 'driving-unlicensed',
    category: 'driving',
    severity: 'high',
    explanation: 'Mentions driving without a valid license',
    patterns: [
      `${NOT_THEIRS}(drive|drives|drove|driving|driven|operate|operates|operated|operating) ~16 (suspended|revoked|without_a_license|without_a_valid_license|with_no_license|no_license|unlicensed|without_insurance|with_no_insurance|uninsured|on_a_suspended|on_a_revoked|no_valid_license|not_licensed|isn't_licensed|isn't_allowed_to_drive|not_supposed_to_drive|not_allowed_to_drive|no_interlock|without_an_interlock|without_(a|an|the|his|her|their)_(required_)?(ignition_)?interlock|doesn't_have_an_interlock|hasn't_gotten_(his|her|their)_license_back|has_not_gotten_(his|her|their)_license_back|without_getting_(his|her|their)_license_back|dl_is_still_suspended|dl_suspended)`,
      // Someone else driving her ("her dad drives her now") is not her driving.
      `${NO_LICENSE} ~12 ${NOT_NEGATED}${NOT_THEIRS}(drove|drives|driving|driven|drive|behind_the_wheel|took_the_(truck|car|van)|takes_the_(truck|car|van))(?!\\s+(?:her|him|them)\\s+(?:to|around|everywhere|home|back|places|there))`,
      `${NOT_TOPIC}(behind_the_wheel|at_the_wheel|took_the_wheel|takes_the_wheel|got_behind_the_wheel|drove|driving|drive|drives|driven|operating_a_(motor_)?vehicle) ~3 (after|while|when) ~3 ({DRUG}|drinking|smoking|using|taking|a_few|a_couple|beers|drinks|high|drunk|shots|pills|a_sedative|sleeping_pills|impaired|intoxicated|under_the_influence)`,
      `${CAR_USE} ~4 (after|while|when) ~4 ({DRUG}|drinking|smoking|using|taking|a_few|a_couple|beers|drinks|high|drunk|shots|pills|a_sedative|sleeping_pills|impaired|intoxicated|under_the_influence)`,
      // Using, then driving: "smoked a bowl before driving to group", "popped a bar and then drove".
      `(smoked|smoking|smokes|drank|drinking|popped|popping|snorted|snorting|shot_up|got_high|getting_high|gets_high|got_drunk|getting_drunk|got_loaded|got_lit)(?!(?:\\s+\\S+){0,3}?\\s+(?:cigarettes?|cigs?|smoke|vape|juice|water|coffee|soda|tea|pop|gatorade|milk|smoothie|shake|energy\\s+drinks?|red\\s+bull|monster|lemonade|kombucha)\\b)\\b ~4 (before|then|and_then|right_before|just_before|and) ~2 ${TO_DRIVE}`,
      // Starting the car without the interlock, or driving another car to avoid it.
      // The lookahead keeps "without" out of the match, where it would read as a denial.
      '(started|starts|starting|start) ~3 (car|truck|van|vehicle)(?=\\s+without\\s+(?:blowing|a\\s+blow|the\\s+test|testing|the\\s+interlock))',
      `${CAR_USE} ~10 (doesn't|does_not|won't|don't|didn't|wouldn't)_have_to_(blow|use_the_interlock|deal_with_the_interlock|do_the_interlock)`,
      `${CAR_USE} ~8 (because|since|so|as) ~4 (own|car|truck|van) ~3 (has|have|had|got) ~2 ${INTERLOCK}`,
      // Asleep or passed out at the wheel, in the driver's seat.
      "(asleep|fell_asleep|falling_asleep|nodded_off|nodding_off|nodding_out|nodded_out|nodding|passed_out|blacked_out|slumped_over|unconscious) ~3 (at_the_wheel|behind_the_wheel|in_the_driver's_seat|in_the_drivers_seat|while_driving)",
      '(circumvention|bypass_attempt|bypassed_the_interlock)',
      '(racing|raced|races|race) ~2 (his|her|their|a|some)? (buddy|friend|friends|cousin|brother|someone|somebody|guy|dude|kid|motorcycle|bike)',
      // A crash or bad driving on the way back from drinking: "clipped a mailbox on the way home from happy hour".
      '(hit|clipped|struck|crashed|wrecked|totaled|sideswiped|rear-ended|backed_into|ran_into|swerved|swerving|weaving|speeding|sped) ~6 (on_the_way|on_(his|her|their)_way|driving|coming|heading) ~2 (home|back)? (from)? ~1 (the_)?(bar|bars|tavern|pub|party|club|brewery|liquor_store|happy_hour|casino|a_party|the_party)',
      `(swerving|swerved|weaving|speeding|sped|drove|driving|driven|crashed|behind_the_wheel) ~8 after ~3 ${DRINKS}`,
      // Drinking in the work truck: "sneaking drinks in the truck between deliveries".
      '(drinks|drinking|drank|sneaking_drinks|sips|sipping|beers|beer|tallboys|shots|a_drink|a_beer) ~3 (in|inside) (the|his|her|their) ~1 (truck|car|van|vehicle|cab) ~4 (between|during|on) ~2 (deliveries|runs|routes|shifts|stops|the_route|his_route|her_route|the_drive)',
      `${NOT_TOPIC}${TO_DRIVE} ~4 (after|while|when) ~4 ({DRUG}|drinking|smoking|using|a_few|a_couple|beers|drinks|high|drunk|shots|pills|a_night_of_drinking|a_night_of_partying)`,
      '(behind_the_wheel|drove|driving|drives|driven) ~4 (with|at) (a|an)_(bac_of_)?(\\.|0\\.)\\d+',
      `${NO_LICENSE} ~8 ${NOT_NEGATED}(doing|does|did|drives_for|driving_for|drove_for|works_for|working_for|worked_for) (uber|lyft|doordash|instacart|grubhub|amazon_flex|deliveries|rideshare)`,
      '(drunk|high|buzzed|wasted|hammered|tipsy|loaded|intoxicated|stoned|lit|faded) ~2 (when|while) (she|he|they) ~1 (picked_(him|her|them|me|us|the_kids)_up|drove|was_driving|dropped_(him|her|them|me|us|the_kids)_off|came_to_get)',
      // Drinking when the crash happened: "had been drinking when she backed into the fence".
      '(drinking|drunk|high|using|loaded|buzzed|intoxicated|wasted|hammered|tipsy) ~3 (when|while|before) (he|she|they) ~1 (backed_into|hit|crashed|rear-ended|sideswiped|clipped|drove|ran_into|smashed_into|wrecked|totaled|rolled)',
      '(drove|drives|driving|drive|driven) ~3 (from|home_from|out_of|back_from) ~2 (the_)?(bar|bars|tavern|pub|party|club|brewery|liquor_store|happy_hour)',
      '(takes|took|taking|take) the_(truck|car|van) ~8 (not_supposed_to_drive|not_allowed_to_drive|suspended|revoked|no_license|without_a_license)',
      `${NOT_THEIRS}(drove|drives|driving|driven|drive|behind_the_wheel|at_the_wheel)(?!\\s+(?:her|him|them)\\s+(?:to|around|everywhere|home|back|places|there))\\b ~12 (even_though|although|though|despite|but|while) ~4 (not_supposed_to_drive|not_allowed_to_drive|can't_legally_drive|license_is_(still_)?(suspended|revoked)|licence_is_(still_)?(suspended|revoked)|license_(was|has_been)_(suspended|revoked)|no_license|unlicensed|isn't_licensed)`,
      `${CAR_USE} ~12 (even_though|although|though|despite|but|while) ~4 (not_supposed_to_drive|not_allowed_to_drive|can't_legally_drive|license_is_(still_)?(suspended|revoked)|licence_is_(still_)?(suspended|revoked)|license_(was|has_been)_(suspended|revoked)|no_license|unlicensed|isn't_licensed)`,
      '(fled|left|leaving|leave|flee|fleeing|flees|leaves) the_scene',
      "(expired|lapsed) (license|licence|drivers_license|driver's_license) ~8 (drove|drives|driving|driven|behind_the_wheel)",
      '@drive ~8 (expired|lapsed|under_suspension|a_lapsed) (license|licence)?',
      '(weaving|swerving|swerved|weaved) ~4 (lanes|across|the_road|traffic|between|all_over)',
      '(field_sobriety|fst|fsts|roadside_test|roadside_breath_test|implied_consent)',
      // A blood draw is a roadside matter only with the police around it; otherwise it is a clinic visit.
      '(police|officer|officers|trooper|troopers|cops|deputy|deputies|warrant_for_a) ~4 blood_draw',
      'blood_draw ~6 (stop|pulled_over|crash|dui|trooper|officer|police|arrest)',
      "(?<!\\b(?:someone|somebody|a\\s+driver|another\\s+driver|the\\s+other\\s+driver|a\\s+car|a\\s+truck|they)\\s)(hit|struck|clipped|rear-ended|sideswiped|backed_into|smashed_into|crashed_into|ran_into) ~8 (and|then) (kept_going|drove_off|drove_away|took_off|left|just_left|split|bailed|sped_off|didn't_stop|did_not_stop)",
      '(negligent|reckless) (driving|driver)',
      '(impounded|impound|car_was_seized|truck_was_seized|vehicle_was_seized|car_got_towed_after|towed_after_(the|a)_stop)',
      `${NOT_TOPIC}(ran|running|blew|blowing|swerving|swerved|speeding|sped|crashed|rear-ended|backed_into|drove|driving|was_driving|behind_the_wheel) ~6 (while|when|after) ~1 (high|drunk|intoxicated|impaired|buzzed|under_the_influence|loaded|wasted|drinking|stoned|on_meth|on_pills|on_something)`,
      '(circumvent|circumvented|circumventing|bypass|bypassed|bypassing|get_around|got_around|disabled|disconnected|someone_else_blow|had_someone_else_blow) ~3 (the_)?(interlock|device)',
      '(dwls|dwlr|dwr|dws|driving_while_license_suspended|driving_while_suspended|driving_with_a_suspended|driving_on_a_suspended|driving_while_license_revoked|driving_while_revoked|unlicensed_driving|driving_without_a_license|no_valid_license)',
      '(suspended|revoked|no|expired|without_a) (license|licence) ~6 (drove|drives|driving|driven|behind_the_wheel|pulled_over|stopped|crashed|hit)',
      '(behind_the_wheel|at_the_wheel) ~4 (suspended|revoked|license|licence)',
      // "the victim of a hit-and-run", "was struck in a hit-and-run": the participant was the one hit.
      '(?<!\\b(?:victims?|injured|hurt|struck|hit)\\s(?:of|in|by)\\s(?:a|an|the)\\s)(hit-and-run|hit_and_run|reckless_driving|eluding|vehicular_assault|joyriding|joyride)',
      "(crashed|wrecked|totaled|totalled|rolled|flipped) (his|her|their|the|a|a_friend's|someone's|his_mom's|her_mom's) ~1 (car|truck|van|vehicle|suv)",
      // Stops and tickets that name the driving, eluding, speeding, interlock tampering, the licence taken away.
      '(got|was|been|gets|get|getting|were) (stopped|pulled_over|ticketed|cited) ~10 (driving|drove) ~3 (suspended|revoked|without_a_license|with_no_license|unlicensed|no_license|no_insurance)',
      // "no proof" inside the match would read as a denial: the lookahead keeps it out.
      '(ticket|tickets|citation|citations|cited|written_up) for(?=\\s+no\\s+proof\\s+of\\s+(?:insurance|registration))',
      '(ticket|tickets|citation|citations|cited) for ~3 (no_proof_of_insurance|no_insurance|expired_tabs|expired_registration|no_registration|no_license|no_valid_license|driving_while_suspended|driving_on_a_suspended|driving_without|dwls|speeding|reckless)',
      "@drive ~12 (which|that) (she|he|they) (can't|cannot|isn't_allowed_to|is_not_allowed_to|isn't_supposed_to|is_not_supposed_to) (legally_)?do",
      '(had|drank|downed|took|smoked|used|did|finished)(?!(?:\\s+\\S+){0,2}?\\s+(?:energy|soft|sports|protein)\\s+drinks) ~2 ({DRUG}|a_couple|a_few|shots|beers|drinks|a_drink|a_beer|some_beers)(?!_(?:of_)?(?:questions|minutes|hours|days|things|errands|calls|friends|people|bites|dollars|times|weeks|months|items|forms|papers))\\b ~5 (and|then|before) ~1 (drove|drives|driving|drive|got_behind_the_wheel|got_in_(his|her|the)_(car|truck))',
      '@drive ~6 (no|without_a|without|w/o|w/o_a) (dl|valid_dl)',
      '(sped|speeding|speeds|drove|driving|took_off|peeled_out) (away|off) ~3 (from|when|as) ~2 (police|cops|officer|officers|deputies|trooper|troopers|the_stop)',
      '(led|leading|leads) (police|cops|officers|deputies|troopers|the_police) on (a|the)_(chase|pursuit)',
      '(police_chase|high-speed_chase|car_chase|vehicle_pursuit)',
      '(doing|going|hit|hitting|clocked_at|clocked_doing|topped|going_about|doing_about) ([6-9]\\d|1\\d\\d)_?(mph|miles_an_hour|on_(the_)?(freeway|highway|interstate|i-\\d+|\\d+)|in_a_\\d+(_zone)?)',
      '(was|were) the_driver (when|in|of|during) ~4 (crash|accident|hit|wreck|collision|rolled|crashed)',
      '(had|has|have|having|got|gets|let|lets|letting) (his|her|their|a|someone|somebody) ~2 (blow|blows|blew|do_the_blows|take_the_test) (into|in|for|on)? ~2 (interlock|device|breathalyzer) (in_(his|her|their|the)_(car|truck|van|vehicle)|so_(it|the_car|the_truck)_(would|will|could)_start)?',
      `(unplugged|unplugs|unplugging|unplug|unhooked|unhooking|disconnected|disconnects|disconnecting|disconnect|disabled|disables|disabling|disable|jumped|jumping|hotwired|hotwiring|rigged|rigging|tricked|tricking|tricks|fooled|fooling|beat|beating|beats|cheated|cheating|cheats|messed_with|messing_with|tampered_with|tampering_with|tampers_with|cut|cutting|yanked|yanking|ripped|ripping|bypassed|bypassing|bypass|circumvented|circumventing|got_around|getting_around|get_around) ~3 ${INTERLOCK}`,
      `(took|takes|taking|pulled|pulls|pulling|ripped|rips|ripping|yanked|yanks|yanking) ~2 ${INTERLOCK} (out|off)`,
      // Taking it out is only a violation when early or unapproved: the vendor removes it when the term ends.
      `(took|takes|taking|removed|removes|removing|pulled|pulls|pulling|uninstalled|had) ~3 ${INTERLOCK} ~4 (out|off|removed|pulled|uninstalled)? ~3 (early|without|before|himself|herself|themselves|on_(his|her|their)_own)`,
      `${INTERLOCK} ~3 (removed|pulled|pulled_out|taken_out|taken_off|uninstalled|disconnected|unplugged|disabled|bypassed) ~4 (early|without|before|ahead_of|by_(a|his|her|their|some)_(buddy|friend|cousin|brother|guy|dude|mechanic))`,
      // Driving a car that has none: "borrowing a car that doesn't have her interlock installed".
      `${CAR_USE} ~8 (no|without|without_an|without_the|doesn't_have|does_not_have|didn't_have|has_no|with_no|lacks|lacking) ~3 ${INTERLOCK}`,
      '@drive ~12 (the_judge|the_court|court|dmv|the_dmv|the_state|they|police) (took|pulled|revoked|suspended|yanked|took_away) (his|her|their) (license|licence|dl)',
      "(doesn't|does_not|hasn't|has_not|didn't|not) (have|got|gotten|get) (his|her|their) (license|licence|dl) back ~8 (driving|drives|drove|behind_the_wheel)",
      "@drive ~4 (on_a|with_a|with_only_a|only_has_a) (learner's_)?permit ~4 (without|alone|by_(himself|herself|themselves))",
      '(drove|drives|driving|drive|was) (the_)?getaway_(car|driver|vehicle)',
      '(deliveries|delivering|doordash|doordashing|dashing|uber|ubering|lyft|rideshare|gig_driving) ~6 (without_a_license|with_no_license|no_license|suspended|revoked|without_(his|her|their)_license|unlicensed)',
      // Driving named by slang or by what the car does ("pulls into the lot in his Civic", "whipping her brother's car").
      "(pulls|pulled|pulling|rolls|rolled|rolling|shows|showed|showing|came|comes|drives|drove) (up|into|in) ~4 (car|truck|van|suv|vehicle|civic|camry|ride|whip),? ~12 (suspended|revoked|no_license|no_valid_license|unlicensed|not_licensed|not_reinstated|can't_(legally_)?drive|isn't_allowed_to_drive|not_allowed_to_drive|not_supposed_to_drive)",
      "(suspended|revoked|no_license|no_valid_license|unlicensed|not_licensed|not_reinstated|hasn't_been_reinstated|isn't_reinstated|can't_(legally_)?drive|not_supposed_to_drive|not_allowed_to_drive),? ~12 (pulls|pulled|pulling|rolls|rolled|rolling|shows|showed|showing|parks|parked|parking) (up|into|in) ~4 (car|truck|van|suv|vehicle|civic|camry|ride|the_lot|the_driveway)",
      "(whipping|whips|whipped|pushing|pushes|pushed|cruising|cruises|cruised|borrows|borrowed|borrowing|takes|took|taking|uses|used|using) ~3 (car|truck|van|suv|vehicle|whip|moped|scooter|motorcycle) ~10 (no_license|with_no_license|without_a_license|without_(his|her|their|a)_license|suspended|revoked|unlicensed|not_licensed|not_reinstated|dmv_says|can't_(legally_)?drive|not_supposed_to_drive|not_allowed_to_drive)",
      '@drive ~6 without (his|her|their|a|any) (license|licence|dl|permit)',
      "@drive ~16 (doesn't|does_not|didn't|did_not) (have|hold) (a|an|any)_?(valid_|current_|driver's_|drivers_)?(license|licence|dl)",
      "@drive ~16 (has_no|had_no|with_no|never_had_a|never_got_(a|his|her|their)|without_(a|his|her|their)_valid) (license|licence|dl|driver's_license)",
      '@drive ~16 (driving_)?privileges (are|were|have_been|had_been|remain) (still_)?(suspended|revoked)',
      "@drive ~12 (isn't|is_not|not|wasn't|was_not|shouldn't_be|should_not_be) (supposed_to|allowed_to|legally_allowed_to)(?=\\s*(?:[.!;,?]|$|be\\s+driving|drive|lol|lmao|smh|tho|though|either|anyway|anymore|rn|right\\s+now|per\\s))",
      '(driving|drives|drove|driven|drive) ~4 (dl|license|licence)_(susp|suspended|revoked|rev)',
      "(dl|license|licence) (is_|was_)?(still_)?(susp|suspended|revoked|not_reinstated|isn't_reinstated) ~12 (drives|driving|drove|behind_the_wheel)",
      '(got|was|been|gets|get|getting) (stopped|pulled_over) ~12 (license|licence|dl) ~3 (suspended|revoked|expired|not_valid|invalid)',
      '@race (another|other|a|the|his|her)? ~1 (car|cars|truck|driver|drivers|motorcycle)',
      "(was|been|is|'s|were|caught|busted|went|goes|keeps) (street|drag)_?racing",
      "(?<!\\b(?:someone|somebody|a\\s+driver|another\\s+driver|the\\s+other\\s+driver|a\\s+car|a\\s+truck|they)\\s)(hit|struck|clipped|sideswiped|smashed_into|crashed_into|ran_into|plowed_into|backed_into) ~4 (car|cars|truck|fence|pole|curb|mailbox|corral|cart_corral|sign|tree|guardrail|wall|gate|barrier|pedestrian|cyclist|bike) ~8 (drove_off|drove_away|took_off|kept_going|kept_driving|didn't_stop|did_not_stop|after_drinking|after_using|while_drunk|while_high|drunk|high)",
      // A vehicle driven while not allowed to drive, in everyday words, either order.
      `${CAR_USE} ~12 ${NO_LICENSE}`,
      `${NO_LICENSE} ~12 ${NOT_NEGATED}${CAR_USE}`,
      `${RIDE} ~12 ${NO_LICENSE}`,
      `(gave|gives|giving|give) ~3 (a_ride|rides|a_lift|lifts) ~6 (in|with) (his|her|their) ~2 ${CAR} ~12 ${NO_LICENSE}`,
      `${NO_LICENSE} ~12 ${NOT_NEGATED}${RIDE}`,
      `${COMMUTE} ~16 ${NO_LICENSE}`,
      `${NOT_THEIRS}(behind_the_wheel|at_the_wheel|took_the_wheel|takes_the_wheel|taking_the_wheel|drove|drives|driving|driven) ~16 ${NO_LICENSE}`,
      // An uninsured or unregistered car that is still driven: "isn't insured and she still takes it to work".
      '(insurance|registration|tabs|plates) ~4 (lapsed|expired|ran_out|cancelled|canceled) ~10 (drives|drove|driving|drive|takes_it|took_it|taking_it|uses_it|using_it|used_it|behind_the_wheel)',
      `${CAR} ~3 (isn't|is_not|wasn't|was_not|not|never_been|has_no|had_no) ~1 (insured|registered|insurance|registration|tabs|plates) ~10 (drives|drove|driving|drive|takes_it|took_it|taking_it|uses_it|using_it|used_it|behind_the_wheel)`,
      // Leaving a crash: "drove off after knocking a cyclist down", "took off from the crash".
      '(drove|drives|driving|drive|took|takes|taking|sped|speeding|speeds|peeled|pulled) (off|away) ~8 (after|when|without) ~5 (hit|hitting|knocked|knocking|clipped|clipping|struck|striking|rear-ended|rear-ending|sideswiped|sideswiping|backed_into|backing_into|bumped|bumping|bumped_into|bumping_into|tapped|tapping|dinged|dinging|scraped|scraping|dented|denting|crashed|crashing|the_crash|the_accident|the_wreck|the_collision|stopping|leaving_a_note|leaving_(his|her|their)_(info|information|insurance|number|name)|exchanging)',
      '(took_off|takes_off|drove_off|drove_away|left|leaves|fled|flees|bolted|split|bailed|ran|sped_off|peeled_out) (from)? (the|a|that) (crash|accident|wreck|collision|fender_bender|fender-bender|scene)',
      '(after|following) (the|a|that)? ~1 (crash|accident|wreck|collision|fender_bender|fender-bender),? (he|she|they|and)? (drove_off|drove_away|took_off|kept_going|kept_driving|sped_off|peeled_out|fled|split|bailed|just_left|left)',
      // Reckless driving by what it looks like.
      '(doing|did|does|do|pulling|pulled|spinning|spun|cutting|cut) (donuts|doughnuts|burnouts|brodies)',
      '(blew|blowing|blows|ran|running|runs|run|drove) (past|through)? (a|the|two|three|several|another)? ~1 (red_light|red_lights|stop_sign|stop_signs|school_bus|stop_arm|railroad_crossing)',
      '(brake-checked|brake-checking|brake-checks|brake_checked|brake_checking|brake-check|road_rage|street_takeover|car_takeover)',
      '(tailgated|tailgating|tailgates) ~3 (a|another|the|some|this) ~1 (car|driver|guy|truck|van|cop|woman|man|semi)',
      '(ran|run|running|runs|forced|pushed) ~3 off_the_road',
    ],
  },
];
