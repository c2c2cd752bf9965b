import type { RuleEntry } from '../types';

const ACTION = 'Mentions police or court enforcement action against the participant';

/** "She filed a police report after her wallet was stolen": the participant reported something. */
const NOT_HER_REPORT =
  '(?<!\\b(?:filed|file|files|filing|made|make|makes|making|submitted|submit|gave|give|wrote|obtained|requested|get|got|copy_of|for|called_in)\\s(?:(?:a|an|the|her|his|their)\\s)?)';

/** "Questioned by his doctor", "taken in by a church family", "stopped at the door": not the police. */
const NOT_POLICE_ACT =
  '(?!_by_(?:his|her|their|my|our|a|an|the)_(?!(?:police|cops?|officers?|deput(?:y|ies)|sheriff|troopers?|detectives?|security|transit|guards?|rangers?|park|mall|bike|fare|state|border|federal|customs|spd|metro|marshals?|investigators?)\\b))(?!_(?:at_the_(?:door|desk|front_desk|entrance|gate|counter)|in_(?:his|her|their)_tracks)\\b)(?!_as_a_(?:witness|victim)\\b)';

/** "Police arrested her boyfriend": the object is someone else, whatever "her" suggests. */
const NOT_KIN =
  '(?!_(?:his|her|their)_(?:boyfriend|girlfriend|husband|wife|partner|ex|brother|sister|son|daughter|mom|mother|dad|father|cousin|roommate|neighbou?r|friend|uncle|aunt|nephew|niece|pimp|dealer)\\b)';

/** Jails by name and by slang ("back in KCJ", "got out of RJC"). */
const JAIL =
  '(kcj|rjc|the_kcj|the_rjc|sccf|mrjc|scores|county_lockup|the_county_lockup|the_justice_center|the_jailhouse|the_clink|the_slammer|the_joint)';

/** Police and security doing the acting, in the "… by the police" form. */
const BY_POLICE =
  'by_(the_)?(police|cops|officers?|deputies|a_deputy|sheriff|spd|troopers?|transit_police|transit_cops|rangers?|park_rangers?|security|a_cop|an_officer|the_officer|metro_police|fare_inspectors?|bike_cops|a_detective|detectives|the_marshals?)';

export const ENFORCEMENT_RULES: readonly RuleEntry[] = [
  {
    id: 'enforcement-arrest',
    category: 'enforcement',
    severity: 'high',
    explanation: ACTION,
    record: true,
    patterns: [
      // "the man arrested for promoting", "the man who hit her was arrested": someone else.
      `(?<!\\b(?:man|woman|guy|person|people|men|women|someone|somebody|dealer|pimp|suspect|kid|driver|others|ones)\\s)(?<!\\bwho\\s(?:\\S+\\s){1,3}(?:was|were|got|been)\\s)(arrested|arresting|re-arrested|rearrested)${NOT_KIN}`,
      '(?<!(?:cardiac|respiratory|house|heart)\\s)(arrest|arrests)',
      '(booked|booking)(?!_(?:for|on|in|into|at)_(?:a|an|the|her|his|their)_(?:\\w+_)?(?:appointment|dentist|doctor|flight|room|hotel|motel|session|class|visit|bus|train|ride|intake|assessment|consultation|interview|shelter|program|bed|haircut|massage|photos?|gig|show|slot|spot|table|party|event|shifts?|tour|trip)\\b|_solid|_up) (into|in|at|on|for|friday|saturday|sunday|monday|tuesday|wednesday|thursday|last|this|yesterday|again|overnight|and)',
      // "was booked for a dentist appointment" is a schedule, not a jail booking.
      '(was|were|got|been|get|gets|getting) booked(?!_(?:for|on|in|into|at)_(?:a|an|the|her|his|their)_(?:\\w+_)?(?:appointment|dentist|doctor|flight|room|hotel|motel|session|class|visit|bus|train|ride|intake|assessment|consultation|interview|shelter|program|bed|haircut|massage|photos?|gig|show|slot|spot|table|party|event|shifts?|tour|trip)\\b|_solid|_up)',
      '(taken|took|hauled|brought) (him|her|them)? ~1 (into|to) (custody|jail|county|lockup|the_station|booking|holding|detention)',
      '(in|into|from|out_of) (custody|jail|lockup|holding|the_drunk_tank|county_jail|juvie|detention)',
      '(holding_cell|jail_cell|the_precinct(?!_(?:captain|commander|lieutenant|sergeant|liaison|meeting|community|advisory|staff|partners?|team))|(?<!\\b(?:near|next\\sto|by|behind|beside|opposite|past|around|across\\sfrom|blocks\\sfrom|down\\sthe\\sstreet\\sfrom)\\s(?:the\\s)?)police_station|the_station_overnight|sobering_cell|the_tank|kept_(him|her|them)_overnight|held_(him|her|them)_overnight|held_overnight|kept_overnight)',
      '(jail(?!_(?:ministry|ministries|chaplain|chaplaincy|diversion|alternatives?|outreach|reentry|re-entry|release_planner|health|library|tours?|volunteers?|nurse|programs?|services|population|overcrowding|reform)\\b)|jailed|incarcerated|locked_up|behind_bars|lockup|the_drunk_tank)',
      `${JAIL}`,
      // Other names for the jail: "sat in county", "the justice center", "the hole", "juvie".
      '(?<!\\b(?:anywhere|everywhere|somewhere|elsewhere|nowhere|beds?|housing|shelters?|programs?|services|resources|available|open|else|lives|live|living|lived|moved|move|moving|works?|working|worked|jobs?|apartments?|units?|rentals?|options|hospitals?|clinics?|only|places?)\\s)(in|into|from|out_of|to|at) (county|the_county|the_hole|corrections|the_justice_center|the_jail|the_regional_justice_center|intake_at_the_jail|the_bricks|the_workhouse|the_pen|pretrial_detention)(?!_(?:sobering|detox|mental|crisis|housing|services|court|health|program|programs|shelter|clinic|records|office|offices|building|assistance|line|jail_diversion|hospital|library|fair|park|bus|benefits|staff|offices?))',
      '(ran|run|running|runs) (his|her|their) (name|plates?|id|license|info)',
      "(detectives?|investigators?|police|officers?|deputies|deputy|sheriff|the_sheriff's_office|marshals?|us_marshals) ~3 (called|calling|emailed|came_by|asked|asking|contacted|contacting|reached_out) ~4 (where|about|for|whether|if|to_find) ~3 (he|she|they|him|her|them|his|their)(?!_(?:knew|knows|know|had_seen|has_seen|saw|seen|could_identify|recognized|recognizes|witnessed|heard)\\b)",
      "(police|cops|officers|detectives?|deputies|an_officer|the_officer|troopers|sheriff|the_sheriff's_office|sheriff's_deputies|marshals?|us_marshals|the_police_department|spd|the_pd|investigators?) ~3 (looking_for|asking_about|asking_for|knocked|been_by|came_by|stopped_by|swung_by|left_a_card|wanted_to_talk|want_to_talk|wants_to_talk)",
      '(filed|filing|made|pressed|pressing|press) (a_)?(complaint|report|charges|police_report|a_police_report) (against|on) (him|her|them)',
      `(let|lets|letting|released|releases|releasing|kicked|got|gets|getting|walked) (him|her|them)? ~1 (out|out_of|from) ${JAIL}`,
      '(jail_sanction|jail_time|days_in_jail|nights_in_jail|weekend_in_jail|a_night_in_jail|a_weekend_in_jail|flash_incarceration|flash_jail|a_stint_in_jail|sanctioned_to_jail)',
      '(served|given|issued|handed|got|received|was_served) (with_)?(a|an|another)? (summons|notice_to_appear|criminal_summons|nta|criminal_citation|exclusion_notice)',
      '(camping|trespass|trespassing|jaywalking|littering|fare|fare_evasion|transit|loitering|open_container|park|noise|parking_enforcement|sit-lie|encampment) (ticket|tickets|infractions?|summons|violation_notice)',
      "(caught|picked_up|arrested|grabbed|swept_up|rounded_up|got_caught|got_picked_up|got_swept_up) (up_)?(in|during) (a|the|that|last_week's|friday's|saturday's) ~1 (sweep|raid|bust|sting|roundup|round-up)",
      '(spent|spend|spending|did|doing|served|serving) ~3 (in_)?(jail|custody|county|lockup|holding)',
      '(bail|bailed|bailed_out|bonded_out|posted_bond|posted_bail|mugshot|mug_shot|fingerprinted|handcuffed|cuffed)(?!_(?:(?:out_)?of_(?!(?:jail|county|kcj|rjc|custody|lockup|the_jail|holding)\\b)|on|out_on_(?:his|her|their|the|group|class|work|us|me)))',
      '@detain',
      `(was|were|got|been|being|get) (stopped|frisked|searched|questioned|patted_down|cuffed|handcuffed|tased|pepper-sprayed|interrogated|apprehended|remanded|processed|fingerprinted|interviewed)${NOT_POLICE_ACT}`,
      '(in|into) (handcuffs|cuffs|zip_ties|zip-ties|the_back_of_(a|the)_(squad|patrol|police|cop)_car)',
      '(apprehended|remanded|processed_and_(released|booked)|booked_and_(released|processed)|cited_and_released|released_on_a_citation)',
      // "Booked him for theft", "booked her into KCJ" (not "booked him an appointment", "booked her for a bed").
      '(booked|booking|books|book) (him|her|them) (into|on_(a|an|the)_(\\w+_)?(warrant|hold|charge|detainer|violation)|for_(?!(?:a|an|the|his|her|their|two|three|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|intake|appointments?)\\b)\\w+)',
      '(suspect|person_of_interest|under_investigation|being_investigated|investigated_for|named_in_a_police_report|named_in_the_police_report)',
      `${NOT_HER_REPORT}(police_report|the_police_report)`,
      `(taken|brought|transported|hauled|dragged) (in|to_jail|to_the_station|downtown|to_the_precinct|to_booking|to_county)${NOT_POLICE_ACT}`,
      '(turned|turning|turns) (himself|herself|themselves) in',
      '(escorted|removed|walked|kicked|thrown|taken) (off|out_of|from|out) ~3 by_(the_)?(police|officers|cops|deputies|security|transit_police)',
      '(on|under) a_\\w+_(hold|detainer)',
      `(detective|detectives|investigator|investigators) ~6 (him|her|them|about_(him|her|them))${NOT_POLICE_ACT}`,
      '(written_up|cited|ticketed|warned|stopped|contacted) by (a|the|an) ~1 (ranger|park_ranger|officer|deputy|cop|trooper|security_guard|fare_inspector|fare_enforcement_officer)',
      '(booked|arrested|released|cited|jailed) (\\d{1,2}/\\d{1,2}|on_\\d)',
      '(released|out) on (pr|bail|bond|personal_recognizance|own_recognizance|his_own_recognizance|her_own_recognizance)',
      '(held|kept|detained) (him|her|them) (for|overnight) ~3 (hours|days|nights|the_night)',
      '(patrol_car|squad_car|police_car|cop_car|cruiser|police_cruiser|paddy_wagon|police_van)',
      '(was|were|got|been) (held|kept|locked_up) (for|overnight|over_the_weekend) ~2 (hours|days|nights|the_night|the_weekend)',
      '(caught|picked_up|catching|catches|picks_up) (a_)?(new_)?(case|charge|charges|felony|misdemeanor|beef)',
      // "Picked up a trespass charge", "got hit with two new counts".
      '(caught|picked_up|catching|catches|picks_up|picking_up|got_hit_with|was_hit_with|been_hit_with|slapped_with|racked_up|facing_down) (a|another|two|three|new|fresh|some)? ~2 (case|cases|charge|charges|count|counts|beef)(?!_(?:of_(?:the_flu|a_cold|covid|beer|water|soda)|manager|worker|file|plan|notes?|conference)\\b)',
      // "The ticket he got for sleeping in the doorway".
      '(ticket|tickets|citation|citations|infraction|infractions|summons) (he|she|they) (got|gets|received|was_given|were_given|was_issued|were_issued|was_written|picked_up) (for|at|in|on|from|last|yesterday|this|over)',
      // Immigration and other agencies: "ICE picked him up on Monday".
      '(ice|immigration|ero|border_patrol|the_feds|feds|marshals|the_marshals|doc|the_sheriff|probation) ~2 (picked|detained|arrested|took|grabbed|snatched|got|locked|nabbed) (him|her|them)',
      // "His charges were upgraded to a felony".
      '(charges?|counts?|(?:his|her|their|the)_case) (was|were|got|has_been|have_been|been|is|are)? (upgraded|amended|elevated|bumped_up|refiled|re-filed|added)(?!_to_(?:the|his|her|their)_(?:calendar|docket|agenda|list)\\b)',
      '(got|gets|received|receives|given|issued|handed|served|slapped_with|hit_with) (a|an|another|with_a|with_an)? (no-trespass|no_trespass|trespass|exclusion|stay-out|soda)(?!_(?:class|program|law|laws|policy))',
      '(security|guards?|security_guards?|police|cops|officers|deputies|rangers?|transit_police) (escorted|walked|removed|threw|kicked|dragged|tossed|put|marched|hauled) (him|her|them) (out|off|away)',
      `(ordered|told|warned|instructed|directed) ~6 ${BY_POLICE}`,
      // "Police showed up at his mother's house asking for him."
      '(police|cops|officers|detectives?|deputies|marshals?|investigators?|the_sheriff) ~8 (asking_for|asking_about|looking_for|searching_for|hunting_for|trying_to_find|asking_where) (him|her|them)',
      `(got|was|been|get|gets|getting) (pinched|nabbed|collared|jammed_up|locked_up|taken_in|hauled_in)${NOT_POLICE_ACT}`,
      '(sitting|sat|sits|is|was|been) in_(county|lockup|holding|the_county_jail|kcj|the_rjc)',
      '(doing|did|serving|served) (time|a_stint|a_bid|days|weekends)',
      '(contact|contacts|interaction|interactions|encounter|encounters|involvement) with (law_enforcement|the_police|police|officers|cops|the_law)',
      '(legal_trouble|legal_issues|legal_problems|trouble_with_the_law|in_trouble_with_the_law)(?!_(?:since|this|in_the_last)\\b)',
      '(picked|scooped|snatched|grabbed|swept)_up (by|on|for|at|in)_?(the_)?(police|cops|officers|deputies|spd|sheriff|a_warrant|a_hold)',
      // Bare "was picked up" is the medium slang rule below (a ride, a john); here the police or a charge are named.
      '(was|were|got|been|get|getting) (picked|scooped|snatched|swept)_up (by_(the_)?(police|cops|officers|deputies|sheriff|spd|troopers|security|transit_police)|on_(a|an|the|his|her|their)_(\\w+_)?(warrant|hold|detainer)|for_(trespassing|trespass|shoplifting|theft|stealing|a_warrant|dealing|possession|drinking|loitering|camping|fare_evasion|assault|dui|prostitution|soliciting|violating|a_probation|a_violation))',
      '(under|on) (arrest|a_hold)',
      '(a|an|the) ~2 (hold|holds|detainer|detainers) (on|for|against) (him|her|them)',
      '(doc|ice|immigration|probation|parole|dosa|fugitive|no-bail|warrant|out-of-county|federal|marshals?|police) (hold|holds|detainer|detainers)',
      // Slang and plain words for being arrested or held: "got popped", "hauled him in", "held without bail".
      '(got|get|gets|getting|was|were|been) (popped(?!_(?:in|into|by|over|out|up|round|around|on)\\b)|busted|hemmed_up|yoked_up|yoked|snatched_up|scooped|grabbed_up|jacked_up|knocked(?!_up)|rolled_up_on|caught_up_by)(?!_(?:for_(?:being_late|talking|sleeping_in))\\b)',
      '(hauled|haul|hauls|hauling|dragged|drag|drags|dragging|carted|cart|carts|carting) (him|her|them) (in|off|away|downtown)(?!_(?:to_(?:the_)?(?:recycling|dump|curb|trash|car|truck|storage)))',
      '(took|take|takes|taking|taken|brought|bring|brings|bringing|ran|run|drove) (him|her|them) (downtown|to_jail|to_booking|to_the_station|to_the_precinct|to_county|to_kcj|to_rjc|in_for_questioning|to_lockup|to_holding|to_the_jail)',
      // A ban explained by an incident or a fight is the violence rule's vague trouble.
      `(trespassed|banned|barred|excluded|86ed|86'd|eighty-sixed|trespasses|bans|bars|excludes|trespassing|banning|barring)(?![^.;!?]*\\b(?:incidents?|altercations?|fights?|fighting|confrontations?|threats?|threatening|threatened|assault\\w*|drama|outbursts?|arguments?|disputes?|scuffles?)\\b) (him|her|them) (from|out_of|off|for|again|permanently|indefinitely|for_life|until)`,
      "(is|was|are|were|still|currently|he's|she's|they're|being|now|remains) wanted (in|by|for|out_of|on)",
      'wanted_for_questioning',
      '(doing|did|serving|served|serve|sentenced_to|gave_(him|her|them)) (\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty-five|sixty|ninety)(_more)? (days|nights|weekends|months|years)(?!_(?:in_the_(?:army|navy|military|marines|air_force|service|national_guard|peace_corps|coast_guard)|as_|on_the_|with_the_|of|to|sober|clean|off|left|ago|late|early|behind|before|after|from|until|notice|worth|at_(?:detox|treatment|inpatient|rehab|the_shelter|respite)|in_(?:the_)?(?:treatment|inpatient|detox|rehab|program|shelter|housing|recovery|sober_living|residential))\\b)',
      '(put|placed|thrown|locked|held|kept|spent_the_night|spent_a_night|spent_the_weekend|slept|woke_up) ~2 in (a|the) (cell|holding_cell|jail_cell|drunk_tank|tank|cage)(?!_(?:phone|tower|service))',
      'under (police_guard|guard|police_custody|police_watch|armed_guard|custody|police_supervision)',
      // The bail words stay out of the match: "without" inside it would read as a denial.
      '(held|holding|being_held)(?=_(?:(?:him|her|them)_)?(?:without_bail|without_bond|with_no_bail|on_bail|on_bond|on_\\$|in_lieu_of|on_no_bail|pending_(?:a|his|her|their|the)_(?:hearing|arraignment|trial)))',
      `(hemmed_up|jammed_up|yoked_up|yoked|jacked_up|roughed_up|rousted|hassled|harassed|swarmed|tackled|grabbed|snatched|popped|busted|nabbed|pinched|collared|woken_up|moved_along|moved_on|told_to_leave|told_to_move|chased_off|run_off|ran_off|kicked_out|hauled_off|taken_away|led_away|searched|patted_down|booked|cited|ticketed|arrested|detained|questioned|stopped|warned|trespassed|approached|confronted|tased|pepper-sprayed|handcuffed|cuffed|escorted_out|removed) ${BY_POLICE}`,
    ],
  },
  {
    id: 'enforcement-picked-up',
    category: 'enforcement',
    severity: 'medium',
    explanation: 'Uses slang that suggests the participant was arrested',
    patterns: [
      '(was|were|got|been|get|gets|getting|he_got|she_got) (picked|scooped|snatched|swept|rounded)_up(?!_(?:by_(?:his|her|their|a|an|my|our|me|us|family|friends?|outreach|staff|the_(?:shelter|van|bus|program|case|outreach|team|driver))|from|for_(?:work|a_job|the_job|day_labor)|at_the_(?:airport|station|bus)|early|late|on_time))',
    ],
  },
  {
    id: 'enforcement-charge',
    category: 'enforcement',
    severity: 'high',
    explanation: 'Mentions criminal charges against the participant',
    record: true,
    patterns: [
      // "Was charged with nothing": no charge.
      '(charged|recharged|re-charged|indicted|arraigned|prosecuted) (with|for|on|in|again|last|after)(?!_(?:nothing|anything)\\b)',
      // Not "was charged a late fee", "got charged $40 for the ride".
      '(was|were|got|been|be|being|get|getting) (charged|indicted|arraigned)(?!_(?:with|for)_(?:nothing|anything)\\b)(?!_(?:a_(?!(?:second|third|new|felony|misdemeanor|gross)\\b)|an_(?!(?:additional|extra_count)\\b)|extra|late|full_price|twice_for|double|\\$|\\d))',
      '(new|another|additional|pending|fresh|recent|open|a_new|felony|misdemeanor|criminal) ~1 (charges?|case|cases|complaint)(?!_(?:card|cards|cable|cord|port|station|stations|manager|worker|file|plan|notes?|conference|number)\\b)',
      '(?<!\\b(?:in|took|take|takes|taking|full|free|no|extra|service|delivery|cover|late|overdraft|fee|battery|phone)\\s)(charges?) (of|for|against_(him|her|them)|were_filed|filed|pending|came_down|related_to)',
      '(faces|facing|face|faced) ~2 (charges?|counts?|prosecution|a_felony|a_misdemeanor|jail|time)',
    ],
  },
  {
    id: 'enforcement-citation',
    category: 'enforcement',
    severity: 'high',
    explanation: 'Mentions a citation or ticket given to the participant',
    record: true,
    patterns: [
      '(cited|citation|citations|infraction)(?!_(?:of_(?:merit|appreciation|honou?r|recognition|excellence)|for_(?:bravery|service|volunteering|volunteer_work|excellence|his_volunteer|her_volunteer))\\b)',
      '(ticketed|written_up_by_(police|security|the_officer))',
      '(got|received|given|gave_(him|her|them)|issued|wrote_(him|her|them)) ~1 (a_|another_|two_|three_)?(ticket|tickets) (for|from|at|in|on)',
      '(ticket|tickets|infraction|summons) (for|from) ~1 (having|camping|sleeping|loitering|trespass|trespassing|jaywalking|littering|open|drinking|public|urinating|fare|not|being|sitting|lying|blocking|obstructing|an_open|possession|smoking|panhandling|an_illegal|illegal|the_police|police|transit|fare_enforcement)',
      '(contacted|stopped|woken_up|woke_(him|her|them)_up|moved_along|told_to_move|questioned|cited|ticketed|warned) ~3 (by|for) ~2 (police|cops|officers|an_officer|deputies|security|sleeping|camping|blocking|obstructing|sitting|lying|loitering)',
      '(obstructing|blocking|obstruction_of) (the_)?(sidewalk|doorway|entrance|right-of-way|right_of_way|traffic|pedestrian)',
      '(trespass|exclusion|no-trespass|stay-away|sit-lie) ~1 (warning|notice|order|admonishment|letter)',
      '(trespassed|trespassing) (from|at|out_of|off|by|for|again)',
      "(was|were|got|been|being|get) (trespassed|excluded|banned|barred|86ed|86'd|eighty-sixed)",
      "(banned|barred|86ed|86'd|eighty-sixed) from",
    ],
  },
  {
    id: 'enforcement-warrant',
    category: 'enforcement',
    severity: 'high',
    explanation: 'Mentions a warrant for the participant',
    record: true,
    patterns: [
      // A warrant served on someone else ("on another unit", "for her boyfriend") is not the participant's.
      // "…a bench warrant can issue": what may happen, not a warrant that exists.
      '(felony|misdemeanor|fta|doc|bench|arrest|probation|body|dui|traffic|active|outstanding|open|extraditable|nationwide|statewide|fugitive|no-bail|dv|failure-to-appear|new|another|second) warrants?(?!_(?:can|could|may|might|would|will|could_be|may_be|might_be|would_be|will_be)_(?:issue|be_issued|go_out|get_issued)\\b)',
      '(warrants?|bench_warrant|fta_warrant)(?!_(?:can|could|may|might|would|will)_(?:issue|be_issued|go_out|get_issued|be_(?:issued|signed))\\b)(?!_(?:on|for|against)_(?:another|other|a_neighbou?r|the_neighbou?rs?|someone|somebody|the_(?:unit|apartment|house|guy|man|woman|tenant|neighbou?r)|(?:his|her|their)_(?:brother|sister|cousin|boyfriend|girlfriend|partner|roommate|neighbou?r|ex|son|daughter|mom|mother|dad|father|friend|uncle|aunt|husband|wife))\\b)',
    ],
  },
  {
    id: 'enforcement-police-contact',
    category: 'enforcement',
    severity: 'high',
    explanation: 'Describes police contact with the participant',
    patterns: [
      // "She called the police when her ex showed up": the participant asked for help.
      `(?<!\\b(?:called|call|calls|calling|phoned|dialed|contacted|alerted|notified|flagged_down|got)\\s(?:the\\s)?)(police|cops|officers|officer|deputies|deputy|sheriff|trooper|troopers|spd|rangers?|park_rangers?|transit_officers?|fare_inspectors?|bike_cops|patrol|campus_police|mall_cops?) ~3 (stopped|grabbed|kept|held|booked|cuffed|handcuffed|tased|pepper-sprayed|hauled|dragged|arrested|ticketed|cited|trespassed|told|detained|searched|questioned|called|came|showed_up|arrived|responded|picked|took|escorted|removed|pulled|frisked|caught|found|contacted|grabbed|chased|were_called|was_called|got_called|involved|got_involved)${NOT_KIN}`,
      '(called|call|calls|calling) (the_)?(police|cops|security) on',
      '(police|cops|security|911) (were|was|got|had_been) called',
      '(stopped|pulled_over|questioned|searched|frisked|contacted|confronted|caught|chased) (by) (the_)?(police|cops|officers|an_officer|a_deputy|deputies|security|troopers|a_trooper)',
      '(pulled|got_pulled|was_pulled) over',
      `${NOT_HER_REPORT}(police|law_enforcement) (contact|contacts|involvement|report|incident|encounter|stop)`,
      `${NOT_HER_REPORT}(police|cops|officers|deputies|an_officer|the_officer|a_deputy|troopers|security_guards?) ~6 (?<!\\b(?:helped|helps|helping|assisted|thanked|offered|referred|connected|introduced|welcomed)\\s)(him|her|them)(?!_(?:for_help|to_report|about_(?:his|her|their)_(?:stolen|missing))|_(?:a_(?:blanket|coat|sandwich|card|referral|hand|bus_pass|water)|food|water|directions|back_(?:his|her|their))\\b)(?!_(?:daughter|son|kids?|children|child|dog|cat|mom|mother|dad|father|brother|sister|boyfriend|girlfriend|husband|wife|partner|ex|family)\\b)`,
      '(run-in|run-ins|run_in|runs-in|trouble|issues|issue|problems|encounter|beef|contact) with (the_)?(police|cops|law|officers|law_enforcement|the_law|spd|sheriff|deputies|troopers|metro_police|transit_police|transit_officers|fare_enforcement)',
      '(in|got_in|into|got_into|get_into) (trouble|some_trouble|a_little_trouble|legal_trouble|hot_water)',
      // "Busted open the coin machine" is damage, not a bust.
      '(raid|bust(?!_(?:open|up|out|into|through|in|loose))|busted(?!_(?:open|up|out|into|through|in|loose|a|an|the|his|her|their|my|it|him|them|some)\\b)|popped_by_(the_)?(cops|police))',
    ],
  },
  {
    id: 'enforcement-compliance',
    category: 'enforcement',
    severity: 'low',
    kind: 'compliance',
    explanation:
      'States there were no new arrests or police contact, which tells the reader something by contrast',
    patterns: [
      // "Has not had any police contact": the negation sits before "had", so the match starts after it.
      '(had|gotten|received|got|been_in) (any|any_new|new|a_single)? ~1 (arrests?|police_contacts?|police_involvement|contact_with_(the_)?police|law_enforcement_contact|citations?|tickets|charges|bookings?|warrants?|trouble_with_the_law)',
      '(no|denies|denied|without|(?<!\\b(?:had|given|gotten|received|got)\\s)any) ~2 (arrests?|police_contacts?|police_involvement|contact_with_(the_)?police|law_enforcement_contact|citations?|charges|bookings?|warrants?)',
      '(not|never) ~2 (arrested|cited|booked|charged|picked_up)',
    ],
  },
];
