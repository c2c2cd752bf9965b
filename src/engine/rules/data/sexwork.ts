import type { RuleEntry } from '../types';

/** Where street sex work happens, by the names case managers use ("near 99", "out on Pac"). */
const STROLL_PLACE =
  '(aurora|pac_highway|pacific_highway|pac_hwy|highway_99|hwy_99|sr_99|international_boulevard|international_blvd|(near|on|off|along)_(99|pac|the_ave)|the_strip|the_motel_strip|motel_strip|the_corner|the_street_corner|the_truck_stop|truck_stops?|the_track|the_stroll|the_blade)(?!_(?:malls?|clubs?|shopping|center|plaza))';

/** Men as buyers, however named ("a few gentlemen", "older guys", "some dude"). */
const MEN =
  '(men|guys|gentlemen|dudes|strangers|a_stranger|some_stranger|a_trucker|older_men|older_guys|truckers|johns|tricks|a_man|a_guy|some_man|some_guy|some_dude|a_dude|an_older_man|an_older_guy)';

/** What the sex buys. */
const PAYMENT =
  '(money|cash|rent|drugs|dope|a_room|a_place|a_bed|pills|meth|food|the_room|her_rent|his_rent|bills|her_phone_bill|a_place_to_stay|somewhere_to_stay|rides?|a_ride)';

export const SEX_WORK_RULES: readonly RuleEntry[] = [
  {
    id: 'sex-work-trading',
    category: 'sex-work',
    severity: 'high',
    explanation: 'Mentions trading sex',
    patterns: [
      // "Promoting prostitution" is the charge against the man who profits, not her conduct.
      '(?<!\\bpromot(?:ing|ed|es|e|ion\\s+of)\\s)(prostitution|prostituting|prostitute|prostituted|solicitation|soliciting|solicited|sex_work|sex_worker|sex_working|commercial_sex|survival_sex|escorting|escort_work|turning_tricks|turned_tricks|turns_tricks|turning_a_trick|tricking|hooker|streetwalking)',
      '(sell|sells|selling|sold) (pictures|pics|photos|nudes|content|videos|feet_pics)(?!_(?:of_(?:her|his|their)_(?:art|paintings|drawings|work|crafts|car|stuff)))',
      '(in-calls?|out-calls?)',
      '(was_picked_up|got_picked_up|gets_picked_up|been_picked_up|picked_up|picks_up) by ~1 (john|johns|trick|tricks|date|client|regular|customer)',
      '(trade|trades|trading|traded|sell|sells|selling|sold|exchanging|exchanged|exchange) ~1 (sex|pussy|ass|sexual_favors|sexual_favours|blowjobs|a_blowjob|bjs|head|oral|handjobs|hand_jobs|her_body|his_body|themselves|herself|himself)',
      '(selling|sells|sold|sell|offering|offers|offered|advertising|advertises|advertised|providing|provides|provided) ~2 (sexual_services|sex_services|escort_services|sexual_favors|sexual_favours|companionship|outcalls|incalls|out-calls|in-calls)',
      "(sex|sexual|sleeping_with|sleeps_with|slept_with|hooking_up_with|hooks_up_with|hooked_up_with|has_sex_with|having_sex_with|had_sex_with) ~4 (in_exchange_for|in_return_for|to_pay_for|to_cover|so_(she|he|they)_(doesn't|don't|didn't)_have_to_pay) ~2 (money|cash|drugs|dope|rent|a_place|a_room|the_room|her_room|his_room|food|meth|pills|a_bed|rides?|shelter|housing|somewhere_to_stay|a_place_to_stay|the_motel)",
      "(hooking|hoing|hoeing|ho'ing|whoring|hustling_(men|guys|johns|tricks|dates))(?!_(?:up|him|her|them|it|into|onto|back))",
      '(sex|sexual_favors|sexual_favours|sexual_acts|blowjobs|a_blowjob|bjs|oral|handjobs|hand_jobs) (for|in_exchange_for) ~2 (money|cash|drugs|dope|rent|a_place|a_room|food|rides?|housing|a_bed|somewhere|shelter|meth|pills)',
      '(date|dates|dating|dated) ~2 (for_money|for_cash|for_rent|for_drugs|for_money_again|for_pay|men_for|guys_for|johns|clients|tricks)',
      '(a|the|her|his|with|for|meeting|meets|met|from|by) (john|johns)',
      '(johns|her_pimp|his_pimp|a_pimp|pimp|pimps|pimped|pimping)',
      // The street trade by its places: "working the track", "hasn't worked the street since Easter".
      '(working|works|worked|work|walking|walks|walked|back_on|out_on|seen_on|hanging_out_on|hangs_out_on) the_(track|stroll|blade|ho_stroll)',
      '(working|works|worked|work) the_(street|streets)(?!_(?:fair|market|team|crew|outreach|ministry|with_(?:our|the|an?|his|her)|as_an?))',
      // Doing dates, turning dates: "does dates in the back of cars", "has not done any dates since June".
      '(does|do|did|doing|done|turn|turns|turning|turned) (some|a_few|a_couple_of|two|three|four|more|any|her|his|those|\\d+)? (dates|tricks)',
      '(sex-for-rent|sex-for-money|sex-for-drugs|sex-for-housing|sex-for-cash|sex-for-food|sex-for-a-place|sex-for-a-bed)',
      '(pimps|pimped|pimping|whores|whored|whoring|prostitutes|prostituted|rents|rented|renting) (her|him|them) out',
      '(paid|pays|paying|pay|gave|gives|giving) ~4 for (sex|sexual_favors|sexual_favours|oral|a_blowjob|blowjobs|a_quickie|a_hookup)',
      // The buyer as someone she has: "one of her tricks got violent".
      '(her|his|their) (trick|tricks)(?!_(?:of_the_trade|to|for|with|on|up))',
    ],
  },
  {
    id: 'sex-work-slang',
    category: 'sex-work',
    severity: 'medium',
    explanation: 'Uses slang for trading sex',
    patterns: [
      // Outreach on the track is the team's work, not hers.
      '(?<!\\b(?:outreach|team|van|staff|workers|advocates|patrol|patrols|canvassing|flyers|supplies|kits|condoms)\\s)on_the_(track|stroll|blade|ho_stroll)',
      `(working|worked|works|out|back_out|seen|walking|standing|hanging_out) ~4 ${STROLL_PLACE}`,
      `(girls|women|ladies|working_girls) (on|from|out_on|working) ${STROLL_PLACE}`,
      "(working|works|worked|work) ~4 (out_of|in|from) (cars|men's_cars|strangers'_cars|motel_rooms|hotel_rooms)",
      // Men and what they pay: "seeing a few gentlemen for money", "going with men to keep her room".
      `(seeing|sees|saw|meeting|meets|met|sleeping_with|sleeps_with|slept_with|hooking_up_with|hooks_up_with|hooked_up_with|going_with|goes_with|went_with|going_out_with|spending_time_with|spends_time_with|spent_time_with|entertaining|entertains|messing_around_with|fooling_around_with|with) ~3 ${MEN} ~3 (for|in_exchange_for|in_return_for|to_get|to_pay|to_cover|to_make|to_keep) ~2 ${PAYMENT}`,
      '(pays|paid|pay|paying|gives_(her|him)_(money|cash)|gave_(her|him)_(money|cash)) (her|him|them)? ~3 (when|whenever|every_time|each_time|after|if) (she|he|they) ~1 (stays_over|stayed_over|stay_over|sleeps_over|slept_over|spends_the_night|spent_the_night|spend_the_night|stays_the_night|stayed_the_night|hooks_up|hooked_up|hook_up)',
      '(pays|paid|pay|paying|covers|covered|cover|covering) (her|his|their) (rent|room|motel|bills|phone_bill) ~6 (spends_the_night_with|spent_the_night_with|spend_the_night_with|spending_the_night_with|sleeps_with|slept_with|sleeping_with|sleep_with|hooks_up_with|hooked_up_with|has_sex_with|had_sex_with|having_sex_with)',
      // Someone who puts her out to work: "sends her out every night", "makes her hit a quota".
      `(sends|sent|sending|puts|put|putting) (her|him|them) out ~3 (every_night|at_night|nightly|each_night|to_work|on_the_(track|stroll|blade|street|streets)|again|to_make_money|to_earn|tonight|${STROLL_PLACE})`,
      '(daddy|pimp|man|boyfriend|guy) ~4 quota',
      'quota ~3 (every|a|each|per)_(night|shift)',
      // Money made on dates: "made $300 last weekend on dates".
      '(made|makes|making|earned|earns|earning|pulled|pulls|pulling|brings_in|brought_in|bringing_in|cleared|clears) ~4 (on|from|off|doing|with) (dates|tricks|johns|regulars|the_track|the_stroll|the_blade|outcalls|incalls|in-calls|out-calls)',
      // Dates counted by the week, not court dates: "a couple of dates a month".
      '(?<!\\b(?:court|play|due|release|hearing|trial|start|end|test|key|sentencing|review)\\s)(dates|tricks|johns) (a|per|each|every) (week|night|day|weekend|month|shift)',
      // Taking a buyer somewhere, or finding them for her.
      '(took|takes|taking|take|brought|brings|bringing|bring) (a|her|his|the|another)? (date|trick|john|client) (to|back_to|into) ~2 (motel|hotel|motel_room|hotel_room|car|tent|rv|van)',
      '(finds|found|finding|books|booked|booking|brings|brought|bringing|lines_up|lined_up|lining_up) (her|him|them) (johns|dates|tricks|clients)(?!_(?:at_(?:the|his|her)_(?:shop|salon|office|clinic)))',
      '(drives|drove|driving|drive|takes|took|taking|brings|brought|walks|walked) (her|him|them) to ~1 (dates|tricks|johns|outcalls|clients|the_track|the_stroll|the_blade)',
      // Sex in place of rent or a room: "letting the motel manager sleep with her instead of paying".
      "(sleep|sleeps|slept|sleeping|have_sex|has_sex|had_sex|having_sex|hook_up|hooks_up|hooked_up|hooking_up|mess_around|messes_around|messed_around) with (her|him|them) ~3 (instead_of|in_place_of|in_lieu_of|in_exchange_for|in_return_for|so_(she|he|they)_(doesn't|don't|didn't|won't)_have_to) ~2 (paying|pay|rent|the_rent|the_room|a_room|money|cash|drugs|a_place|the_motel|the_bill)",
      `(gets|getting|got|get|is|was|being) paid by ${MEN} ~2 (he|she|they) ~1 (meets|met|meet|meeting|hooks_up_with|hooked_up_with|sleeps_with|slept_with|sees|saw|finds|found)`,
      `(does|do|did|doing) what (she|he|they) (has|have|had|needs|need|needed) to ~1 (do)? with ${MEN}`,
      '(hitting|hits|hit) the_(stroll|blade|ho_stroll)',
      `(servicing|serviced) ~1 ${MEN}`,
      `(comes|came|coming|gets|got|getting|walks|walked|walking) (back|home|in) from ${STROLL_PLACE} ~5 with (cash|money|wads_of_cash|a_wad_of_cash|a_roll_of_cash)`,
      `${MEN} (coming_and_going|in_and_out|stopping_by|coming_by|showing_up) ~6 (paying|pay|pays|paid|leave_money|leaving_money|leave_cash|leaving_cash)`,
      '(runs|running|ran|posts|posting|posted|manages|managing|writes|writing) (her|his|their) (ads|listings) ~6 (customers|clients|johns|dates|tricks|texts|calls)',
      // The base form, but not the writer's own caseload ("I will see clients Tuesday").
      "(?<!\\b(?:i|we|i'll|we'll|i'd|we'd)\\s+(?:\\w+\\s+)?)(see|sees) ~1 (clients|johns|tricks)(?!_(?:at_(?:the|his|her)_(?:shop|salon|office|clinic|job|work)|for_(?:court|hearings?|appointments?))\\b)",
      // Clients who come to her room.
      '(clients|regulars|johns|tricks) ~3 (visit|visits|visiting|visited|come_by|comes_by|came_by|come_over|comes_over|came_over|come_to|comes_to|came_to|stop_by|stops_by|drop_by|drops_by) ~3 (motel|hotel|motel_room|hotel_room|room|tent|car|rv|camper|van)',
      // The ad sites by name, and the names for the people in the trade.
      '(skip_the_games|skipthegames|listcrawler|megapersonals|mega_personals|bedpage|backpage|cityxguide|adultsearch|adultlook|seekingarrangement|seeking_arrangement|slixa|privatedelights|rubmaps|rubratings)',
      '(rent_boy|rent_boys|rentboy|call_girl|call_girls|(?<!hard[\\s-])working_girl|(?<!hard[\\s-])working_girls|lot_lizard|lot_lizards|street_girl|street_girls)',
      '(an|as_an|an_independent|as_an_independent) escort(?!_(?:to|from|for|van|car|vehicle|service_to|back))',
      '(seeing|sees|saw|seen|meeting|meets|met|hosting|hosts|hosted|entertaining|entertains|servicing|turning|turned|turns|doing|book|booking|books|booked|sets_up|set_up|setting_up|lines_up|lined_up|schedules) ~3 (clients|johns|regulars|older_men|customers|dates|tricks|girls|men_for_money|men_for_cash|men)(?!_(?:at_(?:the|his|her)_(?:shop|salon|office|clinic|job|work)|for_(?:court|hearings?|appointments?))\\b)',
      '(dates|date) (a_week|a_night|every_night|for_(money|cash|food|rent|a_place|drugs|a_room)|out_of|at_the_motel|from_the_motel|in_cars?)',
      '(men|guys|johns|strangers|older_men|clients|regulars) ~4 (who_pay|pay|pays|paying|paid|for_money|for_cash|rates|prices|her_rates|his_rates)(?!(?:_\\w+){0,2}_(?:no|any|little|close|more)_attention)',
      '(posts|posting|posted|post|runs|running|put_up|puts_up|putting_up) ~2 (ads|an_ad|listings|a_listing) ~3 (dates|dating|escort|escorting|massage|companionship|services|men|online)',
      '(massage_parlor|massage_parlour|erotic_massage|happy_endings?|strip_club_after_hours|being_trafficked|her_trafficker|his_trafficker)',
      '(making|made|makes|earning|earns|earned) (money|cash) ~3 (on_the_street|on_the_streets|on_the_track|at_night_on|from_men|from_dates|with_men|on_the_corner|on_aurora)',
      '(did|do|does|doing|had|has|took|takes) (a|two|some|few|a_few|another|one) dates? ~3 (for|to_get|to_pay|money|cash|rent|room)',
      '(dates|date|dating) (with)? ~2 (men|guys|older_men|strangers|johns|clients) ~8 (cover|covers|pay|pays|paid|buy|buys|money|cash|rent|motel|room)',
      '(catching|catch|caught|catches) dates',
      '(escort|hookup|adult) (site|sites|website|websites|app|apps|ads?)',
      '(comes|came|coming) back from ~3 with (cash|money|wads_of_cash)',
      '(regulars?|a_regular|sugar_daddy|benefactor|john|johns|trick|tricks) ~4 (help|helps|helped|pay|pays|paid|cover|covers|covered|buy|buys|bought|gave|gives|give) ~3 (rent|bills|room|motel|phone|hotel|the_room|her_room|his_room|money|cash)',
      '(favors|favours) for ~5 (so|to|in_exchange_for|in_return_for) ~3 (stay|sleep|crash|keep_(her|his|their)_room|a_room|a_bed|rent|money|cash|drugs)',
      '(brothel|brothels|whorehouse|cathouse|madam)',
      '(in_exchange_for|in_return_for) (company|sex|favors|her_company|his_company|time_together|overnight_company|staying_over)',
      '(disclosed|engaging_in|engaged_in|doing|does|involved_in|back_to|returned_to) sw',
      '(cash|paying) clients',
      '(runs|running|ran|pimps|pimping|manages|managing|books|booking) (girls|women|hoes|her_girls)',
      '(sexual_services|sex_services|escort_services|escort_ads|adult_ads|adult_services|selling_sex|paid_sex|sex_for_pay|outcalls?|incalls?|doing_favors|doing_favours|sugar_babies|sugar_baby)',
      '(in|back_in) the_life',
      '(get|getting|gets|leave|leaving|quit|quitting) out_of_the_life',
      `arrangement ~4 ${MEN} ~3 (who|that) (pays|paid|covers|covered|gives|gave|buys|bought)`,
      '(sets|set|setting) (her|him|them) up with ~2 (men|guys|johns|clients|dates|tricks|older_men|strangers)',
      // Euphemisms: cars, motel rooms, men who pay, someone who "manages" her.
      "(gets|getting|got|get|hops|hopping|hopped|climbs|climbing|climbed) (in|into) (cars|strangers'_cars|men's_cars)",
      '(hooking_up|hooks_up|hooked_up|sleeping|sleeps|slept|messing_around|fooling_around) with ~4 (who|that) ~2 (give|gives|gave|pay|pays|paid|buy|buys|bought|cover|covers|covered) ~2 (money|cash|rent|drugs|a_place|a_room|a_bed|bills|her_rent|his_rent)',
      '(does|do|did|doing) ~1 (favors|favours) for ~4 (who|that) ~2 (lets|let|gives|gave|pays|paid|covers|buys|keeps) ~3 (sleep|stay|crash|room|bed|couch|rent|place|money|cash|drugs)',
      '(makes|making|made|earns|earning|earned) (her|his|their)? ~1 (money|cash|living) ~3 (on_the_strip|on_the_street|on_the_streets|on_the_track|on_the_blade|on_the_stroll|on_aurora|at_truck_stops?|at_the_truck_stop)(?!_(?:mall|club|shopping))',
      '(a|her|his|the|some) (guy|man|boyfriend|dude|friend|someone|older_man) (who|that) (manages|runs|handles|books|watches|protects|pimps|sets_up_dates_for|finds_dates_for) (her|him|them)(?!_(?:money|finances|benefits|ssi|accounts?|budget|medications?|meds|care|case|appointments?|schedule))',
      '(lets|let|letting|allows|allowed) (the|her|a|his) ~1 (landlord|manager|owner|guy|man|men|guys) ~3 (in_place_of|instead_of|in_lieu_of|in_exchange_for|in_return_for|for) (rent|the_rent|her_rent|his_rent|a_room|the_room)',
      '(paid|pays|paying|pay|offered|offers|gave|gives) (her|him|them) ~2 to (spend_the_night|stay_the_night|sleep_with_him|sleep_with_them|sleep_over|hook_up|come_back_to_his_place)',
      '(paid|pay|pays|paying|money|cash) ~3 (to_spend_the_night|to_stay_the_night|to_spend_time|for_the_night|for_company|overnight) ~2 with ~1 (men|guys|strangers|older_men|him|them|clients)',
      '(men|guys|johns) (pay|paid|pays|paying) the_(girls|women)',
      '(private_sessions|private_dances|vip_room|champagne_room|extras) ~2 (after_hours|for_cash|for_money|on_the_side)',
      '(gets|getting|got|takes|taking|took|makes|making|made|earns|earning|earned) (money|cash|paid) (from|off) (men|guys|strangers|older_men|johns|dates|tricks|clients)',
      '(a|her|his|the|one|some|regular|old|new) tricks? (who|that|pays|paid|picks|picked|gave|gives)',
      '(in_and_out_of|back_into|back_to) the_life',
      '(a|her|his) (sugar|benefactor) (who|that) (pays|paid|covers|covered|buys|bought) (her|his|their) (rent|bills?|phone_bill|room|motel)',
      '(massages|sessions|private_sessions|private_shows|lap_dances) (for_cash|for_money|cash_only) ~3 (out_of|from|at|in) (her|his|their|a|the) ~1 (apartment|room|place|motel|hotel|car)',
      '(massages|massage|sessions) (out_of|from|at) (her|his|their|a) ~1 (apartment|room|place|motel|hotel|car) ~3 (for_cash|for_money|cash_only)',
      '(sleeping|sleeps|slept|sleep|staying|stays) with (men|guys|strangers|older_men|different_men) (for|in_exchange_for|to_get|to_have) ~2 (a_place|place|a_bed|bed|a_room|room|money|cash|drugs|rent|somewhere)',
      '(renting|rents|rented|selling|sells|sold|offering|offers|offered) (himself|herself|themselves) (out|online|on)',
      '(extras|happy_endings?|full_service|private_dances) ~4 (for|with|to) ~1 (regulars|customers|clients|men|guys)',
      '(went|goes|go|going) on ~1 dates? with ~3 (for_\\$?\\d+|\\$\\d+|for_money|for_cash|who_paid|who_pays)',
      "(she's|he's|they're|she_is|he_is|been|is|was|got|getting|went|go|going|gone|still) (back_)?(in|into|to) the_game(?!_(?:tonight|today|on|last|this|with|against))",
      '(modeling|modelling|posing|dancing|stripping) (for|with) ~1 (men|guys|older_men|strangers|clients)',
      '(dating|dates|date) ~1 (older|rich|random|strange|married) (men|guys)',
      '(making|make|makes|made|earning|earns|earned) (money|cash|a_living|rent) ~8 (dating|dates|johns|tricks|escorting|hooking|sugar_daddies)',
      '(keeping|keeps|kept|keep) (the|a|his|her|some|older)? ~1 (manager|landlord|owner|guy|man|men|guys|gentleman|gentlemen|older_men) company',
      '(cam_shows|camming|webcam_shows|cam_work|cam_girl|onlyfans|only_fans|selling_nudes|sells_nudes|sold_nudes|nudes_for_(money|cash)|sugar_dating|sugaring|findom)',
      '(massage|spa) ~2 (place|parlor|parlour|shop|spa|business) ~4 (front|after_hours|happy_endings?|extras)',
      '(ads|ad|listings|posting) ~2 (backpage|skipthegames|listcrawler|megapersonals|doublelist|craigslist_personals|escort_sites?)',
      '(sugar_daddy|sugar_daddies|seeing_men_for_money|has_regulars(?!_(?:at|in)_(?:the|his|her|a)_(?:barbershop|shop|salon|restaurant|bar|diner|cafe|job|work|stand|booth|store|truck|market))|getting_in_cars|got_in_cars|car_dates)',
    ],
  },
];
