import type { RuleEntry } from '../types';

// Chat writes contractions without apostrophes ("cant find him", "hasnt been around"): both spellings.
const CANT = "(can't|cant|cannot|can_not|couldn't|couldnt|could_not)";
const HASNT = "(hasn't|hasnt|has_not|haven't|havent|have_not|hadn't|hadnt|had_not)";
/** "Her" as the participant, not as a possessive: "seen her since", not "heard from her caseworker". */
const HER =
  'her(?!_(?!(?:since|in|for|at|around|anywhere|lately|recently|or|and|but|this|that|today|yet|either|over|after|before|by|all|about|much|again|last|once|more|the|to|on)\\b)\\w)';
/** The participant as an object: a pronoun, a title and name, or a bare name (not a determiner or a thing). */
const WHO = `(him|them|${HER}|the_participant|the_client|my_client|our_client|mr\\.?_\\w+|ms\\.?_\\w+|mrs\\.?_\\w+|(?!(?:a|an|the|any|anything|anyone|anybody|some|his|her|their|its|our|my|your|this|that|these|those|housing|work|it|one|enough|more|time|help|transport|transportation|rides?|beds?|space|rooms?|shelter|funding|money|places?|someone|somebody|people|agreement|consensus|out|up|back|to|for|with|by|in|on|at|from|him|her|them)\\b)[a-z][\\w'.-]*)`;
/** Where someone is, has gone or is staying: "where he's staying", "where Sasha ended up". */
const WHERE_NOW =
  "where (he|she|they|he's|she's|they're|hes|shes|mr\\.?_\\w+|ms\\.?_\\w+|(?!(?:to|the|a|an|we|i|you|it|this|that|his|her|their)\\b)[a-z][\\w'.-]*) ~2 (is|are|was|were|went|goes|gone|ended_up|wound_up|lives|living|lived|staying|stays|stayed|sleeping|sleeps|slept|crashing|hanging_out|at|been|disappeared|took_off|headed|moved|landed|hiding|located)";
/** A relative, a pet or a thing went missing, not the participant: "her cat went missing". */
const NOT_SOMEONE_ELSE =
  '(?<!\\b(?:brother|sister|mom|mother|dad|father|son|daughter|cousin|friend|boyfriend|girlfriend|partner|husband|wife|uncle|aunt|nephew|niece|kid|child|dog|cat|puppy|kitten|pet|wallet|phone|id|bag|backpack|laptop|money|bike|cash|paperwork|file|keys|car|package|check|medication|meds)(?:,[^,.!?]{0,60},)?\\s)';
/** Missing as a child or years ago is a memory, not a current absence. */
const NOT_LONG_AGO =
  '(?!(?:_[^\\s.;:!?]+){0,8}_(?:when_(?:he|she|they)_(?:was|were)_(?:a|an|young|little|small|\\d+)|as_a_(?:kid|child|teen|teenager|boy|girl)|years_ago|in_(?:high_school|middle_school|childhood)))';
/** Programme and supervision people a participant can stop answering: "ghosted the whole team". */
const CONTACTS =
  '(us|me|everyone|everybody|outreach|team|staff|worker|workers|services|attorney|lawyer|case_manager|caseworker|navigator|counselor|clinic|program|agency|family|mom|mother|sister|brother)';

export const WHEREABOUTS_RULES: readonly RuleEntry[] = [
  {
    id: 'whereabouts-absconded',
    category: 'whereabouts',
    severity: 'high',
    explanation: 'Suggests the participant cannot be located or is avoiding supervision',
    patterns: [
      '(abscond|absconded|absconding|absconder|whereabouts_unknown|whereabouts_are_unknown|unknown_whereabouts)',
      '(in_the_wind|on_the_run|on_the_lam|off_the_grid|off_the_radar|dropped_off_the_radar|fell_off_the_radar|gone_underground|went_underground|skipped_town|left_town|unaccounted_for|gone_walkabout|went_walkabout|vanished|vanishes|vanishing|disappeared|disappears|disappearing|made_(himself|herself|themselves)_scarce|making_(himself|herself|themselves)_scarce|makes_(himself|herself|themselves)_scarce|(?<!\\b(?:driver|car|guy|man|woman|suspect|thief|attacker|plane|bus|truck|business|van|kid|kids|boyfriend|girlfriend)\\s)took_off|ghosted_(us|me|everyone|outreach|the_team|staff))',
      // Not when the participant is the one who cannot reach someone: "she hasn't been able to reach her caseworker".
      "(?<!\\b(?:he|she|they)\\s)(can't|cannot|can_not|couldn't|could_not|unable_to|haven't_been_able_to|have_not_been_able_to|hasn't_been_able_to|been_unable_to|not_able_to|nobody_can|no_one_can|nobody_could|no_one_could|none_of_us_can) (locate|find|reach|contact|track_down|get_ahold_of|get_a_hold_of|get_hold_of|reach_out_to) (?!(?:a|an|the|any|housing|work|a_job|an_apartment|his_\\w+|her_(?!(?:since|in|for|at|around|anywhere|lately|recently|or|and|but|this|that|today|yet|either|over|after|before|by|all|about|much|again|last|once|more|the|to|on)\\b)\\w+|their_\\w+|them_by_phone)\\b)[\\w.']+",
      '(location|whereabouts) (is|are|has_been|have_been|remains|remain) ~2 (unknown|a_mystery|unclear|uncertain|not_known)',
      "(no_sign_of|no_trace_of|nowhere_to_be_found|can't_be_found|cannot_be_found|no_one_knows_where|nobody_knows_where|don't_know_where_(he|she|they)_(is|are|went)|doesn't_know_where_(he|she|they)_(is|are|went))",
      "(stopped|isn't|is_not|not|hasn't_been|has_stopped) (answering|returning|picking_up) ~2 (calls|phone|texts|messages|the_phone|his_phone|her_phone|my_calls)",
      '(went_dark|gone_dark|dropped_out_of_contact|fell_out_of_contact|cut_off_contact|cut_contact|stopped_coming_around|stopped_checking_in|packed_up_overnight|packed_up_and_left|cleared_out|moved_on_without)',
      "(can't|cant|cannot|couldn't|couldnt|could_not|has_not|hasn't|hasnt|have_not|haven't|havent|unable_to|not_able_to|been_unable_to) (be|been) (located|found|reached|contacted)(?!_by_(?:phone|email|text|mail|voicemail))",
      "(nobody|no_one|no-one|none_of_us|neither_of_us|nobody's|no_one's|no-one's) ~6 (seen|heard_from|heard|spotted|located|found(?!_out)|reached|seeing|laid_eyes_on|set_eyes_on|had_eyes_on)(?!_(?:the|a|an|his|their|its|any|this|that|these|those|my|our|your)_(?!(?:participant|client|guy|man|woman|kid)\\b))(?!_her_(?!(?:since|in|for|at|around|anywhere|lately|recently|or|and|but|this|that|today|yet|either|over|after|before|by|all|about|much|again|last|once|more|the|to|on)\\b)\\w)",
      '(under|using|uses|used|goes_by|going_by|gave) (a_|an_|another_)(different_|fake_|false_|new_|assumed_|alias_|made-up_)?(name|identity|names)',
      '(bouncing|moving|drifting|hopping|rotating) (between|from|among) ~2 (motels|camps|places|couches|friends|shelters|hotels|houses|addresses)',
      '(skipped|ran|took_off|bolted|split|skipped_out) (out_of_)?(town|the_state|the_area|the_county|the_city)',
      '(last_known_(location|address|whereabouts)(?!_(?:is|was)_(?:on|in)_(?:the|his|her|their|our)_(?:referral|file|form|records?|roi|intake|chart))|was_last_seen|were_last_seen|last_heard_from|last_time_(we|i|anyone|staff|outreach)_(saw|heard_from|spoke_to|spoke_with))',
      // "He hasn't seen his worker since…" is the participant not seeing someone: the subject must be another.
      `(?<!\\b(?:he|she|they)\\s)(hasn't|has_not|haven't|have_not|hadn't|had_not) (seen|heard_from|spotted|located|found|reached) (him|${HER}|them|the_participant|the_client|mr\\.?_\\w+|ms\\.?_\\w+) ~3 (since|in|for)`,
      '(has|have|had) ~2 (anyone|anybody) ~2 (seen|heard_from|spotted|located|found)',
      "(?<!\\b(?:who|whom|that)\\s(?:he|she|they|i|we)\\s)(hasn't|hasnt|has_not|haven't|havent|have_not|not) (been_)?(seen|heard_from|spotted|seen_or_heard_from|heard_from_or_seen) (since|in|for|at|by)",
      `(lost|losing|no|zero) (contact|touch) (with_${WHO})? ~1 (since|for|in|over|after)`,
      `(lost|losing|lose) (contact|touch) (with|w/) ${WHO}`,
      `(missing|(?<!(?:n't|not|never)\\s)gone|whereabouts|location_is_unknown) (since|for|in)(?!_(?:the|his|her|their|a|an)_(?:mail|file|paperwork|records?|report|packet)\\b)${NOT_LONG_AGO}`,
      '(dipped|bounced|split|skipped_out|fled|took_off|left|went|headed|took_a_bus|took_the_bus|caught_a_bus|ran_off|hitchhiked) ~6 to_(avoid|dodge|get_away_from|escape|duck|hide_from|stay_away_from|evade|lay_low)',
      '(moved|moves|moving|left|leaving) ~3 (approved|registered|reported|listed|verified|last_known) (address|residence|housing|location) ~6 (without|and|but|no_one|nobody)',
      "(not|hasn't|has_not|haven't|hasn't_been|has_not_been|haven't_been|isn't|wasn't|no_longer|not_been|never) ~3 (at|living_at|staying_at|residing_at|sleeping_at|back_to|back_at|seen_at) ~2 (listed|registered|approved|reported|last_known|known|usual|home|his_usual|her_usual) (address|residence|spot|spots|camp|location|place)",
      "(attempts|tried|trying|efforts|calls|messages|texts|letters|visits|outreach) ~5 (reach|contact|locate|find|re-engage|reengage|engage|connect_with|get_ahold_of|him|her|them) ~4 (unsuccessful|fruitless|futile|in_vain|no_luck|without_success|no_response|no_answer|haven't_worked|failed|unanswered|went_unanswered|returned)",
      '(several|multiple|many|repeated|numerous|three|four|five) (attempts|tries|calls|messages|voicemails|texts) ~5 (no_response|no_answer|unanswered|unsuccessful|without_(a_)?response|not_returned|no_reply)',
      '(no|without_a|without_leaving_a|left_no) forwarding_address',
      "(didn't|did_not|never|without|won't|wouldn't|hasn't|has_not|haven't|hasnt|not_yet|yet_to) (leave|leaving|left|give|giving|gave|given|provide|providing|provided) ~1 (an|a|any|a_new|a_forwarding|his|her|their|new) ~1 (address|location|forwarding_address)",
      "(didn't|did_not|never|without|not) (leave|leaving|left) ~2 (information|info|contact_info|contact_information|number|phone_number|way_to_reach_(him|her|them)|word|note|forwarding|anything)(?!_(?:behind|at_the_scene))",
      "(not|never|isn't|won't|refuses_to|refused_to|ain't) (going|coming|gonna_go|planning_to_go|planning_on_going) back ~1 (to_court|to_probation|to_(his|her|their)_po|to_supervision|to_see_(his|her|their)_po)",
      '(unknown|undisclosed|unapproved) (location|address|whereabouts)',
      '(skipped|jumped|skipping|jumping) (bail|bond)',
      '(fled|fleeing|flees) (the_state|the_area|town|the_county|the_city|to)',
      `(?<!\\b(?:he|she|they)\\s)(hasn't|has_not|haven't|have_not) (seen|heard_from|heard_anything_from) (him|${HER}|them)(?!_(?:at|in_(?:group|class|court)))`,
      `${HASNT} been (around|back|seen_around|coming_around|to_the_camp|to_the_shelter|to_his_camp|to_her_camp|by|in_touch)`,
      'not been (around|back|seen_around|coming_around|to_the_camp|to_the_shelter|to_his_camp|to_her_camp)',
      '(hard|difficult|impossible|tough|tricky) to (pin_down|track_down|find|locate|reach|get_ahold_of|get_hold_of|get_a_hold_of|catch_up_with|keep_track_of)(?!_(?:a|an|the|any|housing|work|jobs?|beds?|shelter|affordable|places?|rooms?|units?|apartments?|by|on|via|over|for|because|during|at|between|when|during|but|except|since_(?:he|she|they)_(?:works|started))\\b)(?!,_but\\b)',
      // Broader ways of saying nobody can find or reach the participant.
      `(can't|cant|cannot|couldn't|couldnt|could_not|unable_to|been_unable_to|haven't_been_able_to|havent_been_able_to|hasn't_been_able_to|have_not_been_able_to|has_not_been_able_to|not_been_able_to|never_able_to|nobody_can|no_one_can|hard_to|difficult_to|impossible_to|tough_to|trying_to) (pin|track|run|hunt) ${WHO} down`,
      '(whereabouts|location|address) (unk|unkn|unknown|unclear|uncertain|not_known)',
      "(haven't|hasn't|have_not|has_not|not|never|been_unable_to|unable_to|couldn't|could_not|can't|cannot) (been_able_to_)?(make|made|establish|established|get_in|got_in|gotten_in|regain|regained) (contact|touch)(?!_with_(?:the|his|her|their)_(?:victim|ex|complainant|protected|petitioner))",
      '(no|zero) (contact|word|sign_of_(him|her|them)) (with_(him|her|them|cl|client|the_client|the_participant)_)?(since|for|in)',
      '(hide_nor_hair|hide_or_hair|hair_nor_hide)',
      '(stay|staying|stays|stayed|keep|keeping|lay|laying|lie|lying) (gone|away|hidden|out_of_sight|low) (until|till|til) ~3 (warrant|warrants|case|charges|heat|it_blows_over|things_cool_down|cops|police|court)',
      // Returned mail, a bed given up, repeated searches, a dead phone and an empty spot, no trace.
      '(mail|letters?|notices?|paperwork|summons) ~6 (undeliverable|return_to_sender|returned_to_sender|not_at_this_address|no_longer_at_(that|this|the)_address)',
      "(didn't|did_not|hasn't|has_not|never|not) (come_back|return|returned|show_up|shown_up|sleep_there|slept_there) ~2 (for|in) ~2 (nights|days|weeks)",
      '(staying|stays|stayed|keeping|keeps|kept|been|is|was) ~1 (out_of_sight|under_the_radar|below_the_radar)',
      '(out|went|been|go|going|came|drove|walked) ~6 (looking|searching) for (him|her|them)',
      "(phone|number|cell|phone's|number's|cell's) ~4 (disconnected|off|dead|straight_to_voicemail|out_of_service|not_in_service|no_longer_in_service|no_longer_working|not_working|isn't_working|doesn't_work|cut_off|turned_off|goes_to_voicemail|shut_off) ~8 (and|but) ~3 (wasn't|isn't|hasn't|haven't|not|no_one|nobody|no_sign|never)",
      '(gone|vanished|disappeared|left) without_a_(trace|word)',
      '(stopped|quit) (showing_up|coming|turning_up) (anywhere|everywhere|at_all)',
      "(left|took_off|walked_out|disappeared|went_out|packed_up|moved_out) ~8 (and|but) (hasn't|has_not|never|didn't|did_not|hasn't_been|has_not_been|not) (come_back|came_back|been_back|returned|been_seen|shown_up|turned_up|reappeared|been_heard_from)",
      "(went|go|goes|going|stopped_by|checked|came_by|visited|knocked) ~6 (and|but) (it|it's|the_(tent|camp|room|spot|place|unit)) (was|is|has_been|had_been|been|sat|looked) ~1 (empty|abandoned|cleared_out|gone|packed_up|deserted|vacant|untouched)",
      '(po|probation|parole|cco|police|cops|officers|detectives?|deputies|marshals|the_court|his_po|her_po|their_po|warrants_unit|the_warrant_unit|his_probation_officer|her_probation_officer) ~3 (looking_for|searching_for|trying_to_find|trying_to_locate|hunting_for|came_looking_for|asking_where|asked_where) (him|her|them|mr\\.?_\\w+|ms\\.?_\\w+|my_client|the_client|the_participant)',
      '(attempted|attempting|attempt|attempts|tried|tries|trying) ~2 (contact|to_contact|to_reach|to_call|to_locate|calling|reaching|texting|contacting) ~4 (no_response|no_answer|no_reply|unanswered|unsuccessful|no_luck|no_call_?back|voicemail_full|went_to_voicemail|straight_to_voicemail)',
      `(attempted|attempting|attempt|attempts|tried|tries|trying) (to_contact|to_reach|to_call|to_locate|to_find|to_get_ahold_of|to_get_in_touch_with|calling|reaching|texting|contacting) ${WHO} ~5 (no_response|no_answer|no_reply|unanswered|unsuccessful|no_luck|no_call_?back|voicemail_full|went_to_voicemail|straight_to_voicemail)`,
      `(ghosting|ghosts|ghosted|ghost) (the_|his_|her_|their_|our_)?(whole_|entire_)?${CONTACTS}`,
      "(leaving|left|moving|moved|going|headed|heading|taking_off|took_off) ~4 (and|but) ~1 (not|never|isn't|won't|wasn't|ain't) ~1 (coming_back|come_back|returning|planning_to_return|planning_on_coming_back)",
      '(bounced|dipped|split|took_off|moved|moves|relocated|skipped|disappeared|left_town|left_the_area) ~5 (without|never) (telling|notifying|informing|letting) ~1 (anyone|anybody|us|me|outreach|his_po|her_po|the_po|probation|parole|his_cco|her_cco|the_court|his_family|her_family|the_team)',
      "(out_of_touch|off_(our|the|everyone's)_radar|fell_off_the_map|(fell|fallen|falling|dropped|dropping|disappeared|vanished)_off_the_face_of_the_(earth|planet)|dropped_out_of_sight|elusive|no_current_address|no_known_address|keeps_moving_around|bouncing_around|moving_around_a_lot)",
      "(won't|wouldn't|refuses_to|refused_to|doesn't_want_to|didn't_want_to|will_not) (tell|say|share|give|disclose) ~3 (where|her_address|his_address|their_address|an_address|her_location|his_location)",
      '(no_way|no_means) to (reach|contact|find) (him|her|them)',
      '(tent|camp|spot|room|bed|cot|unit) ~2 (is|was|has_been|sits|sat|now) ~1 (empty|abandoned|cleared_out|gone|packed_up|untouched|unused)',
      "(been|went|gone|going|is|he's|she's|like|total|complete) (a_)?ghost(?!_(?:town|kitchen|guns?|story|stories|writer|tour|hunting|pepper|ride|bikes?)\\b)",
      '(keep|keeping|leave|leaving|kept) (his|her|their) ~1 (address|location|whereabouts) (out_of|off|private|secret|from)',
      "(no_longer|doesn't|won't|stopped|isn't|not) (returns?|returning|answers?|answering|picks_up|picking_up) ~2 (calls|texts|messages|the_phone|my_calls|our_calls)",
      '(the_last|last) (anyone|anybody|we|i|staff|outreach|his_family|her_family) (saw|heard|heard_from|spoke_to|spoke_with)',
      `(lost|losing|lose) (track|sight) of ${WHO}`,
      '(unreachable|mia|awol|out_of_contact|off_the_map|in_the_wind)',
      `(anyone|anybody|y'all|yall|somebody|someone) (know|knows|have_any_idea) ${WHERE_NOW}`,
      "(hasn't|has_not|haven't|have_not|hasn't_been|not|never) (returned|come_back|been_back|shown_up|turned_up|reappeared) ~4 (since|in|for|after)",
      // Hiding so the police or supervision cannot find them: "hiding out at a cousin's so the police can't find him".
      '(hiding|hides|hid|laying_low|lying_low|holed_up|holing_up|crashing|staying) (out)? ~8 (so|to_avoid|to_dodge|to_stay_away_from|away_from) ~2 (the)? (police|cops|po|probation|parole|warrant|warrants|marshals|deputies|court|the_court|his_po|her_po|cco|officers?)',
      // "Her brother, who she hasn't seen in years, is missing": a relative or a thing is the one missing.
      `${NOT_SOMEONE_ELSE}(is|was|are|were|has_been|have_been|remains|reported|been|went|gone|goes) missing(?!_(?:from|out_of|off)_(?:the|a|an|his|her|their|our|my)\\b)${NOT_LONG_AGO}`,
      `${NOT_SOMEONE_ELSE}(gone_missing|went_missing|goes_missing|going_missing)(?!_from_(?:our|the|his|her|their)_(?:caseload|list|records?|system|roster|files?|waitlist)\\b)${NOT_LONG_AGO}`,
      // A missing-persons report about the participant (not one the participant filed for a relative).
      "(missing_persons?|missing_person's|missing-person|missing-persons) report(?!_(?:for|on|about)_(?:her|his|their)_\\w)",
      '(reported|report|reports|reporting) (him|her|them) (as_)?missing',
      // Not wanting supervision to know: "doesn't want probation to know where he's at".
      "(doesn't|don't|does_not|do_not|didn't|did_not|won't|not) (want|wants|wanting) (probation|his_po|her_po|their_po|the_po|the_court|the_judge|us|anyone|anybody|people|police|the_police|cops|the_cops|officers|the_team|outreach|his_cco|her_cco|the_cco|pretrial|parole|his_family|her_family|staff|his_officer|her_officer) (to_know|knowing|to_find_out|finding_out|to_find) ~1 where",
      "(doesn't|don't|does_not|do_not|didn't|did_not|won't|not) (want|wants|wanting) to_be (found|located|reached|contacted|tracked_down|tracked|seen|bothered_by_(probation|outreach|us|the_team))",
      '(keeping|keeps|kept) (his|her|their) distance from (the_program|us|outreach|probation|services|everyone|everybody|the_team|staff|his_po|her_po|the_office|the_clinic)',
      // A question to the reader about where the participant is: "is there any chance your office knows where Mr. Abdi is staying?"
      `(knows|know|would_know|might_know|happen_to_know|have_any_idea|has_any_idea) ${WHERE_NOW}(?=[^.!]*\\?)`,
      // Cannot verify where they live: "unable to verify Mr. Hall's current residence".
      "(unable_to|cannot|can't|couldn't|could_not|not_able_to|haven't_been_able_to|have_not_been_able_to|been_unable_to|no_way_to) ~1 (verify|confirm|determine|establish|pin_down) ~3 (residence|address|location|whereabouts|living_situation|where)",
      // Believed gone, unconfirmed: "I believe she has returned to Texas, but I cannot verify that".
      "(believe|believes|think|thinks|heard|hear|told|guess|assume|rumou?r|rumou?red) ~4 (returned|gone|went|moved|headed|left|taken_off|took_off|relocated|skipped|fled|run_off|ran_off) ~4 (but|and|though)? ~3 (cannot|can't|couldn't|unable|not_sure|no_way|don't_know|haven't_been_able|have_not_been_able|can_not|no_one|nobody|not_been_able)",
      // Nobody among several could reach them: "neither his caseworker nor his family has been able to reach him".
      `neither ~8 (able_to|managed_to) (reach|find|locate|contact|track_down|get_ahold_of|get_hold_of|get_in_touch_with|get_through_to) ${WHO}`,
      // The team has lost the participant: "we've lost him again".
      `(we've|we|i've|i|staff|outreach|team|they've|they) (lost|have_lost|had_lost|keep_losing|kept_losing) (him|them|${HER})(?!_(?:to|in|at|during|when|after_(?:a|an|the|his|her)_(?:overdose|od|illness|fight|battle))\\b)`,
      // Out of contact with the programme: "she has not been in contact with our office since early spring".
      "(hasn't|hasnt|has_not|haven't|have_not|not) (been_)?in_(contact|touch) (with_(us|me|our_office|our_team|the_office|the_team|outreach|staff|anyone|anybody|his_family|her_family|their_family|the_program|the_clinic|services|his_worker|her_worker|his_case_manager|her_case_manager|our_agency|the_agency))? ~1 (since|for|in)",
      // No way to reach them: "we don't have a way to reach him".
      `(don't|do_not|doesn't|does_not|no|without|lack|lacks|haven't) (have_|got_)?(a|any)? (way|means|number|method|contact) (to|of)? (reach|reaching|contact|contacting|find|finding|get_ahold_of|get_in_touch_with) ${WHO}(?!_(?:except|other_than|besides|but|outside_of)\\b)`,
      // Might be somewhere, nobody knows: "he might be in California, we really don't know".
      "(might|may|could) be (in|at|with|down_in|up_in|out_in|over_in|staying|living|somewhere)(?!_(?:housing|treatment|a_program|school|the_program|line|court|a_bed|the_hospital)\\b) ~6 (don't|do_not|doesn't|not_sure|unsure|no_idea|no_clue|nobody_knows|no_one_knows|can't_confirm|cannot_confirm|can't_say|hard_to_say|unclear)",
      // Nobody knows where the participant is: "she has no idea where he's staying", "no clue where Sasha ended up".
      `(no|any|zero|the_faintest|the_slightest) (idea|clue|clues|notion) ~2 ${WHERE_NOW}`,
      `(nobody|no_one|no-one|none_of_us|nobody's|no_one's) ~2 (a_clue|an_idea|any_idea|idea|clue) ~2 ${WHERE_NOW}`,
      `(don't|dont|doesn't|doesnt|didn't|didnt|do_not|does_not|did_not|not|nobody|no_one|never|can't|cant|cannot|couldn't) ~2 (know|knows|knew|sure|certain|say|tell|confirm|figure_out|pin_down|work_out) ~1 ${WHERE_NOW}`,
      `(do|does|did) (you|anyone|anybody|y'all|yall|someone|somebody|your_office|the_team|probation) (know|have_any_idea|have_an_idea|happen_to_know) ${WHERE_NOW}`,
      // Chat and case-note forms of cannot find: "cant find jojo anywhere", "unable to be located".
      `${CANT} (find|locate|reach|track_down|get_ahold_of|get_hold_of|get_in_touch_with) ${WHO} ~3 (anywhere|anyplace|at_all|lately|since|for|in)`,
      `(nobody|no_one|no-one|none_of_us|neither_of_us|nobody's|no_one's|nobody_has|no_one_has) ~4 (able_to|managed_to|gotten_through_to|got_through_to) (reach|find|locate|contact|track_down|get_ahold_of|get_hold_of|get_in_touch_with|get_through_to) ${WHO}`,
      `(has|have|had|did|does|is|was) ~2 (anyone|anybody|someone|somebody|any_of_you|y'all|yall) ~4 (seen|heard_from|spotted|located|found|reached|reach|find|locate|contact|contacted|track_down|tracked_down|get_in_touch_with|gotten_in_touch_with|got_in_touch_with|got_ahold_of|gotten_ahold_of|get_ahold_of|run_into|ran_into|heard_anything_from|talked_to|spoken_to|spoke_to) ${WHO}`,
      `(anyone|anybody|any_one|y'all|yall|you_guys|u) (seen|heard_from|spotted|run_into|talked_to|heard_anything_from) ${WHO}(?=\\s*(?:\\?|$|lately|recently|around|today|this_week))`,
      // A gap since anyone had contact: "it's been over a month since anyone has had contact with Leon".
      "(been|it's_been|its_been) ~4 since (anyone|anybody|someone|somebody|any_of_us|the_team|staff|outreach|we_last|i_last|anyone_last|we've_had|we_have_had|his_family|her_family) ~4 (seen|saw|heard|heard_from|had_contact|had_any_contact|made_contact|been_in_touch|spoke|spoken|talked|reached|laid_eyes|set_eyes|contact)",
      // Not seen or heard from, chat and case-note spellings, names as well as pronouns.
      `(?<!\\b(?:he|she|they|who|whom)\\s|\\b(?:who|whom|that)\\s(?:he|she|they|i|we)\\s)${HASNT} (seen|heard_from|seen_or_heard_from|heard_from_or_seen|seen_nor_heard_from|heard_anything_from|had_eyes_on|laid_eyes_on|spotted) ${WHO} ~4 (since|in|for|over|after)`,
      // Left the area with nobody sure where: "may have left the area", "left the state, I think he's in Idaho".
      '(may|might|must|probably|possibly|likely|apparently|supposedly|reportedly|rumou?red|think|thinks|believe|believes|heard|hear) ~3 (left|skipped|fled|took_off_from|moved_out_of|gone_from) (the_state|the_area|town|the_county|the_city|the_region|the_country)',
      "(left|skipped|fled|took_off_from|moved_out_of|gone_from) (the_state|the_area|town|the_county|the_city|the_region|the_country)[,;]? ~10 (think|thinks|believe|believes|maybe|might|may_be|probably|possibly|supposedly|apparently|rumou?r|not_sure|unsure|can't_confirm|cannot_confirm|couldn't_confirm|no_idea|no_clue|unknown|somewhere|don't_know|doesn't_know|nobody|no_one|hasn't|haven't|not_been_in_touch|no_contact|no_word)",
      // Left without a word about where: "packed up her tent and left without telling anyone where she was going".
      "(left|packed_up|took_off|moved|moved_out|cleared_out|split|dipped|bounced|disappeared|went) ~6 (without|never|didn't|did_not|not) (telling|tell|saying|say|letting|let|informing|notifying) ~3 (anyone|anybody|us|me|outreach|the_team|his_family|her_family|their_family|staff|a_soul|where)",
      // Not telling anyone where: "leaving for good and not telling anyone where".
      "(not|without|never|won't|wouldn't|didn't|did_not|doesn't|does_not|don't|do_not|refuses_to|refused_to|isn't|wasn't) (telling|tell|told|saying|say|sharing|share|letting_on) ~2 (anyone|anybody|us|me|a_soul|nobody|people|his_family|her_family|the_team|outreach|staff) where",
      // Keeping track or tabs: "moving around so nobody can keep track of her".
      `(nobody|no_one|nobody's|no_one's|can't|cant|cannot|couldn't|unable_to|impossible_to|hard_to|no_way_to) ~3 (keep_track_of|keep_tabs_on|keep_up_with|keep_an_eye_on|stay_in_touch_with|stay_in_contact_with) ${WHO}`,
      // Heard nothing at all: "nobody's heard a peep from Devon", "no one's heard from him".
      `(nobody|no_one|nobody's|no_one's|none_of_us|haven't|hasn't|havent|hasnt|have_not|has_not|not) ~3 heard (a_peep|a_word|boo|squat|a_thing|anything|nothing|jack|zip|hide_nor_hair) (from|of) ${WHO}`,
      // A long gap since the last contact: "it has been weeks since our last contact with Mr. Reed".
      "(been|it's_been|its_been) ~3 (weeks|months|a_month|over_a_month|a_while|ages|forever|\\w+_weeks|\\w+_months|more_than_a_month) since ~2 (our|my|the|any|anyone's|staff's|outreach's|his|her|their) (last_)?(contact|conversation|visit|call|check-in|word|sighting)",
      // Believed to be somewhere: "we believe he is somewhere in eastern Washington".
      '(believe|believes|believed|think|thinks|thought|heard|hear|guess|guessing|assume|assuming|rumou?r|rumou?red|supposedly|apparently|probably|maybe|possibly) ~4 (somewhere|someplace)(?!_(?:safe|warm|dry|stable|quiet|new)\\b)',
      // Not seen at the usual places: "hasn't come by the drop-in since August".
      "(hasn't|hasnt|has_not|haven't|have_not|not|never) (come_by|came_by|stopped_by|dropped_by|been_by|come_around|swung_by|dropped_in|popped_in|shown_his_face|shown_her_face|shown_(his|her|their)_face) ~4 (since|in_(weeks|months|a_while|over)|for_(weeks|months|a_while))",
      // Left no way to reach them (looked ahead to: a "no" inside the trigger would read as a denial).
      '(left|leaving|leaves)(?=_(?:no|zero)_(?:new_|current_|working_|valid_)?(?:contact_info|contact_information|info|information|number|phone_number|address|forwarding_address|forwarding|way_to_(?:reach|contact)))',
      // Eyes on, last seen: "anybody have eyes on Shay? last seen at the Safeway on the 2nd".
      `(anybody|anyone|y'all|yall|somebody|someone) ~2 (have|got|had|has) eyes_on ${WHO}`,
      'last_seen (at|on|in|near|around|leaving|heading|walking|outside|by_the)',
      // Not knowing the participant's whereabouts: "we do not know his current whereabouts".
      "(don't|do_not|doesn't|does_not|not|nobody|no_one|never|didn't|did_not) ~2 (know|knows|sure_of|aware_of|certain_of|knew) (his|her|their) ~1 (whereabouts|location|address|residence)",
      // No contact had: "we haven't had contact with Luis in 45 days".
      `(?<!\\b(?:he|she|they|who)\\s)${HASNT} (had|made|been_in) (any_)?(contact|touch) (with|w/) ${WHO} ~2 (since|in|for|over)`,
      "(no_longer|not|isn't|wasn't|is_not|was_not|never) (reachable|contactable|locatable|findable)(?!_(?:by_phone_but|except|but)\\b)",
      // A hard time keeping tabs: "we're having a hard time keeping tabs on Ronnie".
      `(hard_time|a_hard_time|a_tough_time|trouble|difficulty|struggling|struggled) (keeping_tabs_on|keeping_track_of|finding|locating|reaching|tracking_down|getting_ahold_of|getting_hold_of|pinning_down|getting_in_touch_with) ${WHO}`,
      // Not picking up for a stretch: "hasn't picked up in over two weeks", "hasnt responded to any of our outreach since sept".
      `(?<!\\b(?:who|whom|that)\\s)${HASNT} (picked_up|answered|called_back|texted_back|called_us|called_me|returned_(any_|our_|my_)?(calls?|texts?|messages?))(?!_(?:his|her|their|the|a|an|any|its|my|our|some)_(?!(?:phone|cell|calls?|texts?|door|messages?)\\b)) ~4 (since|weeks|months|days|a_week|a_month|a_while|ages)`,
      `(?<!\\b(?:who|whom|that)\\s)${HASNT} (responded|replied) (to_(us|me|any_of_our|our|outreach|anyone|anybody|staff|the_team|calls|texts|messages|letters|voicemails|emails))? ~3 since`,
      // Nobody can say where: "she's gone walkabout again, nobody can say where".
      "(nobody|no_one|none_of_us|nobody's|no_one's|can't|cannot|couldn't) (can|could|is_able_to|was_able_to)? (say|tell|know|figure_out|tell_us|tell_me) where(?=\\s*(?:[.!?,;]|$))",
      // Heard nothing at all: "we haven't heard a word".
      "(haven't|havent|hasn't|hasnt|have_not|has_not|nobody|no_one|nobody's|no_one's) ~2 heard (a_peep|a_word|boo|squat|a_thing|anything|nothing)(?=\\s*(?:[.!?,;]|$))",
      // Ran off with someone: "she ran off with her boyfriend".
      "(ran_off|run_off|runs_off|running_off|took_off|split|bolted|skipped_out) with (his|her|their|a|some|an) ~1 (boyfriend|girlfriend|partner|friend|guy|man|woman|ex|trucker|cousin|lady|dude)(?!')",
      // No luck finding the participant: "we've had zero luck locating Jamal".
      `(no|zero|any|little|without_any) luck (locating|finding|reaching|tracking_down|getting_ahold_of|getting_hold_of|contacting|getting_in_touch_with|connecting_with) ${WHO}`,
      // Somewhere, nobody has an address: "he's somewhere up north, but nobody has an address".
      "(he's|she's|they're|he_is|she_is|they_are|hes|shes) (somewhere|someplace|off_somewhere)(?!_(?:safe|warm|dry|stable|quiet|new|better|good|in_(?:the_)?(?:building|shelter|program|office|clinic))\\b)",
      "(nobody|no_one|none_of_us|nobody's|no_one's) ~2 (has|have|got|knows|know) (an|a|any|his|her|their)? ~1 (address|location|current_address|working_number)(?!_for_(?!(?:him|her|them)\\b))",
      // Not slept there since: "she hasn't slept there since the 1st".
      "(hasn't|hasnt|has_not|haven't|have_not|not) (slept|stayed|been_back|come_back|returned|spent_the_night) (there|at_the_shelter|at_the_camp|at_the_motel|at_his_camp|at_her_camp|in_(his|her|their)_(bed|tent|room|unit|spot)) (since|in|for)(?!(?:_[^\\s.;:!?]+){0,4}_(?:she's|he's|they're|she_is|he_is|they_are|and_is|but_is)_(?:at|with|staying|living|sleeping)\\b)",
      // Stopped coming by: "he stopped coming by in August".
      '(stopped|quit|stops|quits) (coming_by|dropping_by|stopping_by|coming_around|swinging_by|dropping_in|stopping_in|coming_in|showing_up|showing_his_face|showing_her_face|turning_up)(?!_(?:to|for|at)_(?:court|group|class|treatment|probation|the_(?:hearing|group|class)|his_(?:po|hearing|group|class|appointments?)|her_(?:po|hearing|group|class|appointments?)|(?:his|her|their)_(?:check-?ins?|sessions?)))',
    ],
  },
  {
    id: 'whereabouts-evasion',
    category: 'whereabouts',
    severity: 'medium',
    explanation: 'Suggests the participant is evading police, supervision or outreach',
    patterns: [
      '(ignoring|ignores|ignored|screening|screens|screened|dodging|dodges|dodged) ~2 (calls|texts|messages|phone_calls|voicemails|letters|knocks)(?!_from_(?:unknown|blocked|private|random|spam|scam)\\w*)',
      "(changed|changes|switched|ditched|dumped|tossed|got_rid_of|threw_away|turned_off) (his|her|their) (number|phone|phone_number|cell) ~6 (didn't|won't|not|without|so|to_avoid|track|nobody|no_one)",
      "(won't|doesn't|does_not|will_not|refuses_to|not|stopped|isn't) (pick_up|picking_up|answer|answering|respond|responding) (for|to) ~2 (anyone|anybody|us|me|outreach|his_po|her_po|probation|the_team|staff|calls|his_worker|her_worker)",
      '(out_of_state|out_of_town|out_of_the_county|out_of_the_area|in_another_state|across_the_border) ~1 somewhere',
      '(somewhere|someplace) (out_of_state|out_of_town|in_another_state|across_the_border|out_of_the_county)',
      "(staying|stays|living|lives|crashing|sleeping) ~5 (won't|wouldn't|refuses_to|refused_to|will_not|doesn't_want_to) (give|tell|say|share|disclose|name)",
      '(taking|took|take|needs|needed|wants|wanted) (some_)?(space|a_break|time_away|distance) from ~3 (everyone|everybody|us|his_po|her_po|probation|the_team|outreach|services|the_program|supervision)',
      "(when|after|once|as_soon_as|until) (he|she|they) (knows|know|knew|sees|saw|figures|is_sure|makes_sure) ~4 (police|cops|officers?|po|probation|liaison|deputies|the_officer) ~3 (gone|left|not_around|isn't_around|not_there|isn't_there|off_duty|away)",
      '(avoiding|avoids|avoided|dodging|dodges|dodged|ducking|ducks|ducked) (everyone|everybody|all_of_us|all_contact_with_(us|the_team|outreach|probation|the_program|staff))',
      '@ignore|duck|dodge|avoid|evade|hide_from|run_from|flee|elude|outrun|escape|get_away_from|stay_away_from|lay_low_from ~3 (outreach|outreach_team|po|probation|parole|officer|officers|police|cops|deputies|warrant|warrants|court|us|me|case_manager|caseworker|team|staff|process|arrest|being_arrested|being_picked_up|getting_picked_up|the_law|supervision|probation_officer|parole_officer|his_po|her_po)',
      '(stay|staying|stays|stayed|keeps|keeping|one|a) (step|steps) ahead_of',
      '(switching|switches|switched|moving|moves|moved|changing|changes) (camps|spots|places|tents|locations|addresses|motels) (every|each|so|to|constantly|a_lot)',
      '(slips|slipped|sneaks|snuck|ducks|ducked|hides|hid|leaves|left|takes_off|took_off|runs|ran|disappears|disappeared|bolts|bolted) ~4 (whenever|when|every_time|as_soon_as|before) ~3 (outreach|po|police|cops|officer|officers|staff|we|i|probation|the_team|case_manager|the_van)',
      "(say|tell|said|told|saying|telling) ~3 (he|she|they) (wasn't|isn't|was_not|is_not|weren't|aren't) (there|here|home|around|in)",
      "(not_to_tell|don't_tell|won't_tell|not_tell|keep_it_quiet|keep_quiet_about|not_share|not_to_share|not_disclose|not_to_disclose) ~4 (where|location|address|whereabouts|her_location|his_location|their_location|her_address|his_address)(?!(?:_[^\\s.;:!?]+){0,3}_with_(?:his|her|their)_(?:ex|ex-\\w+|abuser|mother|mom|father|dad|boyfriend|girlfriend|partner|husband|wife|family)\\b)",
      "(somewhere|where|a_place|an_address) ~5 (doesn't|don't|does_not|do_not|won't|not|nobody|no_one) ~2 (know|knows|find)",
      '(afraid|scared|worried|fears|fear|thinks|thought|paranoid) ~8 (waiting_for_(him|her|them)|pick_(him|her|them)_up|picked_up|being_arrested|get_arrested|getting_arrested|be_arrested|violated|being_violated|locked_up|taken_in|be_taken_in|caught|grab_(him|her|them))',
      '(ran|run|runs|running|fled|bolted|took_off|jumped) (from|away_from|out_of|off) ~2 (the_)?(van|police|cops|officers|officer|staff|outreach|program|treatment_van|transport|hospital|facility|court|courthouse|car|deputies|security)',
      '(ran|runs|running|fled|fleeing|took_off|bolted) (when|as|before|after) ~3 (police|cops|officers|deputies|the_officer|security|the_car)',
      '(hiding|hides|hid|hidden|laying_low|lying_low|staying_low|keeping_a_low_profile)(?!_(?:his|her|their|the)_(?:phone|money|belongings|bag|things))',
      '(gave|giving|gives|used|using) ~1 (a_)?(fake|false|wrong|different|alias|made-up) (name|id|identity|address|date_of_birth|dob)',
    ],
  },
];
