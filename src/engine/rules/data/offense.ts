import type { RuleEntry } from '../types';

const CRIME = 'Mentions new criminal conduct by the participant';

/** Things that are stolen: used to tell "lifted two jackets" from "lifted weights". */
const GOODS =
  '(jackets?|shoes|boots|clothes|clothing|food|groceries|beer|liquor|alcohol|wallets?|purses?|phones?|bikes?|bicycles?|cars?|laptops?|tools?|money|cash|items|merchandise|stuff|things|shirts?|hoodies?|pants|jeans|sunglasses|perfume|makeup|razors|meat|steaks?|batteries|electronics|headphones|speakers?|packages?|mail|catalytic_converters?|copper|wire|tvs?|televisions?|a_tv|candy|snacks|sandwiches|drinks|cigarettes|diapers|formula|medicine|a_jacket|a_phone|a_bike|a_wallet|a_purse|a_laptop)';

export const OFFENSE_RULES: readonly RuleEntry[] = [
  {
    id: 'offense-theft',
    category: 'offense',
    severity: 'high',
    explanation: CRIME,
    victimWhenPassive: true,
    patterns: [
      '@steal|shoplift|rob|burglarize|pickpocket',
      '(theft|thefts|shoplifting|burglary|burglaries|robbery|robberies|larceny|stolen_property|stolen_goods|possession_of_stolen)',
      `@lift|boost|swipe|jack|pocket|grab|take|snatch|palm|five-finger ~3 ${GOODS} ~4 (from|off|out_of|at|without_paying|without_paying_for)`,
      `@lift|boost|swipe|pocket|snatch|palm ~3 ${GOODS}`,
      '(walked|walking|walks|ran|running|left) (out|off) ~4 without_(paying|paying_for)',
      '(without_paying|dine_and_dash|dined_and_dashed|five-finger_discount|shoplifted)',
      '(broke|breaks|breaking|busted|broken) (into|in_to|a_window_of|into_a) ~3 (a|an|the|his|her|their|someone|cars?|vans?|trucks?|houses?|homes?|garages?|sheds?|stores?|units?|storage|building|apartment|vehicles?|parked)',
      '(car_prowl|car_prowling|prowling|prowled|car_break-ins?|break-ins?)',
      '(stolen|hot) (car|bike|bicycle|phone|laptop|property|goods|items|credit_card|card|plates)',
      '(had|has|have|having|with|found_with|caught_with|in_possession_of|holding) ~3 stolen',
      "(using|used|uses) ~2 (someone_else's|a_stolen|stolen|another_person's|his_mom's|her_mom's|a_fake) (card|credit_card|debit_card|ebt_card|checks?|identity|id)",
    ],
  },
  {
    id: 'offense-damage',
    category: 'offense',
    severity: 'high',
    explanation: CRIME,
    victimWhenPassive: true,
    patterns: [
      '(tagged|tagging|tags|tag) (the|a|an|that|this|another|two|three|some|several|his|her) ~2 (underpass|overpass|wall|walls|building|buildings|bridge|train|trains|boxcar|car|cars|bus|buses|bus_shelter|sign|signs|fence|door|doors|dumpster|mural|school|church|store|storefront|shutter|shutters|garage|alley|tunnel|trestle|water_tower|billboard|bathroom|stall|electrical_box|utility_box)',
      '(graffiti|vandalism|vandalized|vandalizing|vandalised|vandalising|vandalize|criminal_mischief|malicious_mischief|property_damage|arson)',
      "(smashed|smashing|smashes|broke|breaking|busted|kicked_in|shattered|keyed|slashed|spray-painted|spray_painted|set_fire_to|lit_a_fire|set_a_fire|damaged|damaging|destroyed|wrecked|trashed) ~2 (a|the|his|her|their|someone's|car|cars|two|three|several) ~2 (window|windows|windshield|door|windows|mirror|tires|car|cars|property|vehicle|fence|sign|room|unit|apartment|toilet|tv|store|display)",
    ],
  },
  {
    id: 'offense-drugs',
    category: 'offense',
    severity: 'high',
    explanation: 'Mentions drug dealing or possession by the participant',
    record: true,
    patterns: [
      '@sell|deal|sling|move|push|run|carry|hold|distribute|deliver ~2 ({DRUG}|product|weight|packs|work|bags|baggies|grams|ounces|dime_bags|rock|rocks|for_(his|her|a|someone|the)_(dealer|plug|connect|guy|supplier))',
      '(selling|slinging|dealing|hustling|serving|pushing|moving|trapping)(?!_(?:with|his|her|their|the|a|an|stuff|clothes|cans|plasma|blood|things|furniture|items|belongings|art|food|tamales|water|newspapers|papers|books|cds|crafts|jewelry|shoes|candles|it_on|on_ebay|on_craigslist|at_the_flea|to_pay|for_a_living))',
      '(deals|dealt|sells|sold|slings|serves|served|hustles|hustled) (out_of|from|on|at|in|near|by|around|behind|to_people|to_other|to_kids|to_students|to_campers|again|on_the_side)',
      '(dealer|dealers|drug_dealing|drug_dealer|the_plug|trap_house|trap_spot|trapping|stash|stash_house|re-up|reup|re-upped)',
      '(possession|possessing|possessed) (of|with)? ~2 ({DRUG}|a_controlled_substance|controlled_substances|paraphernalia|drug_paraphernalia|narcotics|a_pipe|needles|syringes|methamphetamine|heroin)',
      '(caught|found|stopped|searched|arrested) ~2 (with|carrying|holding) ~3 ({DRUG}|a_pipe|paraphernalia|needles|syringes|baggies|a_baggie|a_bag|scales?|grams|pills)',
      '(had|has|have|was_holding|carrying|carries|keeps|kept|hid|hides|found) ~2 (a|some|his|her|their|two|three|a_few|grams_of|a_bag_of|a_baggie_of|an_eight_ball_of|a_gram_of)? ~1 ({DRUG}|paraphernalia|a_pipe|a_meth_pipe|a_crack_pipe|baggies|scales|a_scale) (on|in|under|at|inside|with|stashed|hidden)',
      '(paraphernalia|meth_pipe|crack_pipe|a_scale|digital_scale|baggies)',
      '(drugs|dope|meth|pills|fentanyl|crack) (out_of|from|in) (his|her|their) (room|apartment|tent|car|place|unit)',
    ],
  },
  {
    id: 'offense-other',
    category: 'offense',
    severity: 'high',
    explanation: CRIME,
    patterns: [
      '(trespass|trespassing|trespassed|trespasser)',
      '(camping|camped|camps|slept|sleeping|sleeps) ~5 (after_closing|after_hours|after_dark|past_closing|in_a_closed|in_the_closed|where_camping_is_prohibited|no-camping|no_camping)',
      '(camping|camped|camp) (in|at|on|inside|under) ~2 (the_|a_)?(park|parks|doorway|doorways|sidewalk|playground|school|church|storefront|business|parking_garage|transit_center|station|lot|entryway|vestibule|atm)',
      '(illegal|illegally|unlawful|unlawfully|prohibited) (camping|camped|dumping|parked|squatting|living)',
      '(squatting|squatted|squats) (in|at)',
      '(loitering|public_urination|urinating_in_public|peeing_in_public|indecent_exposure|exposing_himself|exposing_herself|lewd_conduct|public_intoxication|drunk_in_public|drinking_in_public|open_container|fare_evasion|jumped_the_turnstile|jumping_the_turnstile|hopped_the_turnstile|aggressive_panhandling|disorderly_conduct|disturbing_the_peace|resisting_arrest|obstruction|obstructing|false_reporting|prowling)',
      '(fraud|forgery|forged|forging|counterfeit|counterfeiting|identity_theft|embezzled|embezzlement|scammed|scamming|bad_checks|check_fraud|credit_card_fraud|food_stamp_fraud|ebt_fraud|welfare_fraud|benefit_fraud|sold_his_ebt|sold_her_ebt|sold_their_ebt|selling_his_ebt|selling_her_ebt)',
      '(committed|commits|committing) ~2 (a_)?(crime|crimes|offense|offenses|felony|felonies|misdemeanor)',
      '(criminal|illegal|unlawful) (activity|activities|conduct|behavior|behaviour|acts?)',
      '(broke|breaking|breaks|broken) the_law',
    ],
  },
  {
    id: 'offense-compliance',
    category: 'offense',
    severity: 'low',
    kind: 'compliance',
    explanation: 'States there were no new law violations, which tells the reader something by contrast',
    patterns: [
      '(no|denies|without|free_of|any) ~2 (new_)?(law_violations?|criminal_activity|criminal_conduct|crimes?|offenses?|legal_issues|legal_problems|legal_trouble|trouble_with_the_law)',
      '(law-abiding|out_of_trouble|stayed_out_of_trouble|staying_out_of_trouble|kept_out_of_trouble)',
    ],
  },
];
