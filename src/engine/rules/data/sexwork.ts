import type { RuleEntry } from '../types';

export const SEX_WORK_RULES: readonly RuleEntry[] = [
  {
    id: 'sex-work-trading',
    category: 'sex-work',
    severity: 'high',
    explanation: 'Mentions trading sex',
    patterns: [
      '(prostitution|prostituting|prostitute|prostituted|solicitation|soliciting|solicited|sex_work|sex_worker|sex_working|commercial_sex|survival_sex|escorting|escort_work|turning_tricks|turned_tricks|turns_tricks|turning_a_trick|tricking|hooker|streetwalking)',
      '(trade|trades|trading|traded|sell|sells|selling|sold|exchanging|exchanged|exchange) ~1 (sex|sexual_favors|her_body|his_body|themselves|herself|himself)',
      '(sex|sexual_favors|sexual_acts) (for|in_exchange_for) ~2 (money|cash|drugs|dope|rent|a_place|a_room|food|rides?|housing|a_bed|somewhere|shelter|meth|pills)',
      '(date|dates|dating|dated) ~2 (for_money|for_cash|for_rent|for_drugs|for_money_again|for_pay|men_for|guys_for|johns|clients|tricks)',
      '(a|the|her|his|with|for|meeting|meets|met|from|by) (john|johns)',
      '(johns|her_pimp|his_pimp|a_pimp|pimp|pimped|pimping)',
    ],
  },
  {
    id: 'sex-work-slang',
    category: 'sex-work',
    severity: 'medium',
    explanation: 'Uses slang for trading sex',
    patterns: [
      '(working|works|worked|work|walking|walks|walked|back_on|out_on|seen_on|hanging_out_on|hangs_out_on) the_(track|stroll|blade|ho_stroll)',
      'on_the_(track|stroll|blade|ho_stroll)',
      '(working|worked|works|out|back_out|seen|walking|standing|hanging_out) ~4 (aurora|pacific_highway|highway_99|sr_99|international_boulevard|the_strip|the_corner|the_street_corner|the_truck_stop|truck_stops?)',
      '(seeing|sees|saw|seen|meeting|meets|met|hosting|hosts|hosted|entertaining|entertains|servicing|turning|turned|turns|doing|book|booking|books|booked|sets_up|set_up|setting_up|lines_up|lined_up|schedules) ~2 (clients|johns|regulars|older_men|customers|dates|tricks|girls|men_for_money|men_for_cash|men)(?!_(?:at_(?:the|his|her)_(?:shop|salon|office|clinic|job|work)|for_(?:court|hearings?|appointments?))\\b)',
      '(dates|date) (a_week|a_night|every_night|for_(money|cash|food|rent|a_place|drugs|a_room)|out_of|at_the_motel|from_the_motel|in_cars?)',
      '(men|guys|johns|strangers|older_men|clients|regulars) ~4 (who_pay|pay|pays|paying|paid|for_money|for_cash|rates|prices|her_rates|his_rates)',
      '(posts|posting|posted|post|runs|running|put_up|puts_up|putting_up) ~2 (ads|an_ad|listings|a_listing) ~3 (dates|dating|escort|escorting|massage|companionship|services|men|online)',
      '(massage_parlor|massage_parlour|erotic_massage|happy_endings?|strip_club_after_hours|trafficked|being_trafficked|her_trafficker|his_trafficker|sex_trafficking)',
      '(making|made|makes|earning|earns|earned) (money|cash) ~3 (on_the_street|on_the_streets|on_the_track|at_night_on|from_men|from_dates|with_men|on_the_corner|on_aurora)',
      '(did|do|does|doing|had|has|took|takes) (a|two|some|few|a_few|another|one) dates? ~3 (for|to_get|to_pay|money|cash|rent|room)',
      '(runs|running|ran|pimps|pimping|manages|managing|books|booking) (girls|women|hoes|her_girls)',
      '(sexual_services|sex_services|escort_services|escort_ads|adult_ads|adult_services|selling_sex|paid_sex|sex_for_pay|outcalls?|incalls?|doing_favors|doing_favours|sugar_babies|sugar_baby)',
      '(in|back_in) the_life',
      '(ads|ad|listings|posting) ~2 (backpage|skipthegames|listcrawler|megapersonals|doublelist|craigslist_personals|escort_sites?)',
      '(sugar_daddy|sugar_daddies|seeing_men_for_money|has_regulars|getting_in_cars|got_in_cars|car_dates)',
    ],
  },
];
