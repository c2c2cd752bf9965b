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
      '(working|works|worked|work|walking|walks|walked|back_on|out_on|seen_on|hanging_out_on|hangs_out_on) (the_)?(track|stroll|blade|ho_stroll|avenue_again)',
      '(in|back_in) the_life',
      '(ads|ad|listings|posting) ~2 (backpage|skipthegames|listcrawler|megapersonals|doublelist|craigslist_personals|escort_sites?)',
      '(sugar_daddy|sugar_daddies|seeing_men_for_money|has_regulars|getting_in_cars|got_in_cars|car_dates)',
    ],
  },
];
