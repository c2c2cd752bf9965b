import type { RuleEntry } from '../types';

const CRIME = 'Mentions new criminal conduct by the participant';

/** Places goods are taken from, beyond the lexicon's shops: chains, stations, work, neighbours' sheds. */
const PLACE =
  "({STORE}|stations?|gas_stations|chains|big_chains|box_stores|big-box_stores|big_box_stores|retailers|supermarkets|grocery_stores|pharmacies|malls|work|(his|her|their)_(old_|former_)?(job|work|employer|boss)|jobs?|job_sites|jobsites?|worksites?|employers?|delivery_trucks?|loading_docks?|neighbou?rs|neighbou?r's|neighbou?rs'|garages|sheds?|yards?|backyards?|(the_)?lost_(and|&)_found|(the_)?lost-and-found|\\w+'s_(garage|shed|basement|truck|van|car|locker|storage_unit|toolbox|tool_box|workshop|job_site))(?<!\\b(?:the|his|her|their|my|our|own)\\s(?:cars?|trucks?|vans?))";
/** Things that get damaged or defaced (the lexicon's SURFACE plus fixtures, glass and machines). */
const DAMAGEABLE =
  '({SURFACE}|windows?|windshields?|mirrors?|side_mirrors?|headlights?|taillights?|doors?|sinks?|toilets?|dispensers?|soap_dispensers?|drywall|furniture|cameras?|security_cameras?|lights?|street_?lights?|gates?|meters?|parking_meters?|vending_machines?|kiosks?|bus_shelters?|mailbox(es)?|tvs?|computers?|monitors?|display_cases?|displays?|vehicles?|bikes?|scooters?|property|screens?|locks?|ceiling_tiles?|smoke_detectors?|fire_extinguishers?|planters?|glass|trees?|picnic_tables?|tables?|desks?|elevators?|atms?|registers?|skate_?parks?|restrooms?|bathrooms?|stairwells?|hallways?|lobby|benches)';
/** Goods the lexicon lacks: site equipment, jars and boxes of money. */
const GOODS2 =
  '({GOODS}|generators?|catalytics?|playstations?|ps4s?|ps5s?|xbox(es)?|switch|nintendo_switch|consoles?|gaming_systems?|iphones?|ipads?|cameras?|rings?|necklaces?|chains?|gutters|downspouts|pills|pain_pills|painkillers|meds|ladders?|lumber|plywood|materials|equipment|copper_pipes?|pallets?|appliances|furniture|drills?|saws?|sawzall|nail_guns?|compressors?|tip_jars?|donation_jars?|cash_box(es)?|cash_registers?|collection_box(es)?|coin_box(es)?|charity_box(es)?|poor_box)';
/** "Broke into tears", "broke into small groups": idioms, not burglary. */
const NOT_IDIOM =
  '(?!_(?:tears|a_smile|smiles|laughter|a_grin|a_sweat|a_cold_sweat|a_run|a_sprint|a_jog|song|a_song|songs|pieces|the_market|the_industry|the_business|a_dance|applause|giggles|sobs|groups|small_groups|pairs|teams|a_big_smile|a_wide_grin|a_big_grin|the_top|the_field|acting|modeling|music|the_conversation|a_new|a_(?:\\w+_)?(?:smile|grin|sweat|run|laugh)|hives|a_rash)\\b)';
/** Owners who are strangers to the participant: "other people's", "a woman's", "the neighbors'". */
const STRANGERS =
  "(other_people's|someone_else's|somebody_else's|people's|a_woman's|a_man's|a_lady's|a_guy's|a_stranger's|strangers'|another_person's|another_resident's|other_residents'|other_campers'|a_neighbou?r's|the_neighbou?rs'|the_neighbou?r's|(his|her|their)_neighbou?rs'|(his|her|their)_neighbou?r's|tourists'|a_tourist's|passengers'|customers'|a_customer's)";
/** Relatives and housemates whose cards, savings and medicines are not the participant's to use. */
const RELATIVES =
  "((his|her|their)_(neighbou?r|cousin|brother|sister|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|aunt|uncle|roommate|coworker|co-worker|boss|friend|ex|son|daughter|kid|landlord|girlfriend|boyfriend|partner|wife|husband|employer|stepdad|stepmom|nephew|niece|sister-in-law|brother-in-law|mother-in-law|father-in-law|grandson|granddaughter)'s|(his|her|their)_(neighbou?rs|roommates|kids|parents|grandparents|coworkers|friends)')";
/** Possessive pronouns: what follows is the participant's own (or the writer's) property. */
const NOT_OWN = '(?<!\\b(?:his|her|their|my|our|own)\\s(?:\\S+\\s)?)';
/** Slang and plain verbs for shoplifting and stealing, intransitive or with a place. */
const STEAL_VERBS =
  '(boosting|boosted|boosts|boost|racking|racked|racks|lifting|lifted|lifts|swiping|swiped|stealing|stole|steals|shoplifting|shoplifted|shoplifts|pinching|pinched|nicking|nicked|jacking|jacked|ganking|ganked)';

export const OFFENSE_RULES: readonly RuleEntry[] = [
  {
    id: 'offense-theft',
    category: 'offense',
    severity: 'high',
    explanation: CRIME,
    victimWhenPassive: true,
    patterns: [
      // "her stolen phone" names what was taken from her, not a theft she committed.
      '(steal|steals|stole|stealing|(?<!\\b(?:his|her|their|my|our|its)\\s)(?<!\\b(?:had|has|have|having|got|gets|getting)\\s(?:\\S+\\s){1,3})stolen|shoplift|shoplifts|shoplifting|burglarize|burglarizes|burglarized|burglarizing|pickpocket|pickpockets|pickpocketed|pickpocketing)',
      '(rob|robbed|robbing|robs|mug|mugs|mugged|mugging|jack|jacks|jacked|carjacked|carjacking|roll|rolls|rolled|rolling) {PERSON}',
      // "robbed a store", "held up the gas station": a business robbed, not a person.
      "(rob|robbed|robbing|robs|held_up|holding_up|holds_up|hold_up|stuck_up|sticking_up|sticks_up) (a|an|the|that|this|another|\\w+'s) ~1 ({STORE}|bank|banks|liquor_store|convenience_store|corner_store|bodega|pawn_shop|dispensary|restaurant|taco_truck|check_cashing_place|house|houses)",
      "(took|taking|takes|stole|stealing|steals|pocketed|pocketing|swiped|grabbed|lifted) ~2 (money|cash|\\$\\d+|funds|donations|tips|the_money|the_cash|the_tips|the_donations|the_collection) (from|out_of|off) (the|a|an|someone's|somebody's|people's|\\w+'s)(?!_(?:atm|bank|account|savings)\\b)",
      '(pocketed|pinched|nicked|palmed|shoplifted|stole|boosted)',
      '@boost|lift|swipe|pinch|nick|rack|steal ~3 from ~2 {STORE}',
      `@take|grab|lift|boost|swipe|snatch|pocket|walk_out_with|walk_off_with|leave_with ~4 ${NOT_OWN}{GOODS} ~3 (from|off|out_of) ~2 {STORE}(?<!\\b(?:the|his|her|their|my|our|own)\\s(?:cars?|trucks?|vans?))`,
      "(using|used|uses|use) ~1 (someone_else's|somebody_else's|(his|her|their|a)_\\w+'s|a_fake|fake|false|forged|borrowed|stolen) (id|identity|name|ssn|social_security_number|card|credit_card|debit_card|ebt_card|license|checks?|account)",
      '(siphoning|siphoned|siphons|siphon) (gas|fuel|gasoline)',
      '(set|started|starting|sets|lit|lighting) ~2 (fire|fires|a_fire|a_small_fire|on_fire|ablaze) (in|to|at|on|near|inside|outside|under)',
      '(urinating|urinated|peeing|peed|defecating|defecated|pooped|relieving_(himself|herself|themselves)) (in|on|at|behind|outside|against|into)(?!_(?:the_|a_)?(?:bathroom|restroom|toilet|bathrooms|restrooms|urinal|porta-potty|porta_potty)\\b) ~4 (doorway|doorways|street|sidewalk|public|alley|park|lobby|stairwell|bus_shelter|station|entrance|building|wall|store|elevator|train|bus|church|school|car|cars|dumpster|fence|parking_lot|playground|business|shop|restaurant|porch|yard|library|garage)',
      '(took|takes|taking|borrowed|grabbed|used) ~4 without_(asking|permission|paying|consent)',
      // "took off with the baby" is leaving with a person, not taking property.
      '(ran|run|running|runs|made|took) off with (a|an|the|his|her|their|someone|two|some)(?!_(?:new_)?(?:baby|babies|kids?|children|child|son|daughter|boyfriend|girlfriend|friends?|partner|husband|wife|ex|dog|cousin|brother|sister)\\b)',
      "(walked|walks|walking|rode|wheeled|drove) off with (someone's|somebody's|\\w+'s|a|an|the|some|two) ~2 ({GOODS}|tip_jar|register|donation_jar|till)",
      "(let|lets|letting) (himself|herself|themselves) (in|into) (a|an|the|someone's|somebody's|\\w+'s) ~2 (garage|house|home|apartment|unit|room|shed|car|truck|office|building|yard|basement|store)",
      '(sold|selling|sells|sell|passing|passed|passes) ~2 (fake|counterfeit|knockoff|knock-off|bootleg|forged) ~1 (rolex|watches|jewelry|gold|tickets|designer|purses|bags|ids|money|bills|phones|shoes|perfume|\\w+)',
      "(sneaking|snuck|sneaks|sneak|climbed|climbing|climbs|crawled|crawling) (into|in_to|inside) (an_unlocked|unlocked|someone's|somebody's|a_stranger's|a_neighbor's|the_neighbor's|people's) (car|cars|vehicle|vehicles|truck|van|garage|shed|house|yard|rv|trailer)",
      '(broke|breaking|breaks|busted) in (through|to_(his|her|their|a|the)|at|and|the_(door|window|back))',
      '(thief|thieves|burglar|burglars|vandal|vandals|scam|scams|smuggling|smuggled|contraband|extortion|extorted|blackmail|blackmailed|heist|felony|felonies|misdemeanor|misdemeanors)(?!_(?:case_from|conviction|record|history|probation)\\b)',
      '(sold|selling|sells|sell|traded|trading|trades) (his|her|their)? ~1 (food_stamps|ebt|ebt_card|snap|snap_benefits|benefits|bus_pass|orca_card|transit_pass) (for|to)',
      "(checks|money|cash|funds|withdrawals) ~3 (on|from|out_of) ~1 (someone_else's|somebody_else's|(his|her|their)_(late|dead|deceased)|(his|her|their)_\\w+'s|a_stolen|another_person's) ~2 (account|card|checkbook|benefits)",
      '(grabbed|snatched|took|swiped|lifted) ~5 and_(ran|took_off|bolted|fled|split|ran_off|disappeared|walked_off)',
      '(gave|gives|handed|hands|fronted|fronts) (him|her|them) ~4 to_sell',
      '(no|without|without_any) (receipts?|proof_of_purchase)',
      '(strip|stripping|stripped|strips|chop|chopping|chopped|parting_out|parted_out|part_out) ~2 (cars?|vehicles?|bikes?|trucks?) (for|down)',
      '(sneaking|snuck|sneaks|sneak|climbed|climbing|climbs|hopped|hopping|jumped|jumping) ~2 (into|in_to|over|through|under) ~3 (fence|fences|gate|gates|pool|yard|rail_yard|building|property|lot|site|theater|theatre|stadium|closed|after_hours|without_paying|back_door|window|construction|yards?|backyards?)',
      "(took|grabbed|rode_off_on|walked_off_with|wheeled_away) (a|an|someone's|somebody's) ~1 (bike|bicycle|scooter|phone|bag|backpack|purse|wallet|laptop|package|cart|car) (that|which) ~2 (was|wasn't|belonged|didn't_belong|had_been)",
      '(threw|thrown|throwing|throws|hurled|chucked|tossed) ~3 (through|into|at) ~2 (window|windows|windshield|door|car|glass|storefront)',
      '(slashed|slashing|slashes|slash|punctured|puncturing|flattened) ~2 (tires|tyres)',
      '(keying|keys) (cars|a_car|the_car|his_car|her_car)',
      '(helped|helps|helping) (himself|herself|themselves) to',
      "(kicked|kicking|kicks|busted|bust|forced|forcing|pried|prying) (in|open|down) ~2 (the|a|an|his|her|their|someone's) ~1 (door|window|gate|lock)",
      '(sleeping|staying|living|crashing|camping|squatting|broke_into|got_into|went_into|breaking_into|entering|entered|enters|enter|getting_into|gets_into|climbing_into|climbed_into|crawling_into|crawled_into|going_into|goes_into|sneaking_into|snuck_into) ~2 (in|into|at|inside)? ~1 (a|an|the) ~1 (vacant|abandoned|condemned|boarded-up|boarded_up|empty|closed|locked|foreclosed|fenced-off|gutted) (house|building|apartment|unit|home|warehouse|property|store|school|duplex|church|motel|hotel|trailer|rv|cabin|garage|basement)',
      "(stolen|someone_else's|other_people's|a_neighbor's|the_neighbors') (mail|packages|checks)",
      // "The lab confirmed the urine wasn't hers" is about a sample, not property.
      "(?<!\\b(?:urine|sample|samples|specimen|specimens|pee|cup|ua|uas|test|dna|blood|handwriting|voice|signature|breath|swab)\\b.{0,60})(wasn't|weren't|isn't|aren't|was_not|is_not) (his|hers|theirs|his_to_sell|hers_to_sell|theirs_to_sell|his_to_take|hers_to_take)(?!_(?:fault|idea|choice|call|decision|turn|intention|plan|doing|responsibility|problem|job|place|first|only|style|thing|fault_that|own)\\b)",
      '(running|ran|runs|pulling|pulled) (a_con|cons|a_scam|scams|a_hustle|hustles|a_grift|a_scheme)',
      '(running|ran|runs|pulling|pulled|pulls) (a|an|some|the|that) ~2 (con|scam|scams|hustle|grift|scheme|racket)',
      '(hustling|conning|scamming|shaking_down|shook_down|strong-arming|strongarming) (people|folks|tourists|customers|passengers|riders|students|seniors)',
      "(caught_with|found_with|had|has|carrying|carried|holding) ~2 (someone_else's|somebody_else's|a_stranger's|another_person's|a_woman's|a_man's) ~1 (wallet|purse|phone|id|cards?|bike|laptop|bag|backpack|mail|keys)",
      '(spraying|sprayed|painting|painted|putting_up|put_up|throwing_up|threw_up|bombing|bombed) (tags|graffiti|his_tag|her_tag|their_tag|pieces|throw-ups)',
      '(pulled|pulling|pulls) (a|the) fire_alarm',
      '(dumping|dumped|dumps) ~2 (trash|garbage|a_mattress|furniture|mattresses|waste|needles) (in|into|on|behind|at)(?!_(?:the|a|our|their)_(?:\\w+_)?(?:dumpsters?|trash_cans?|bins?|garbage_cans?|recycling|compactor|transfer_station|dump|landfill|sharps_container)\\b)',
      // Leaving the food bank or the clinic with bags is what those places are for.
      '(walked|ran|left|rolled) out(?!_of_(?:the_|a_|our_)?(?:food_bank|food_pantry|pantry|clinic|shelter|church|drop-in|distribution|giveaway|clothing_bank|donation_center|hygiene_center|office|meeting|appointment|pharmacy_with)\\b) ~5 with (a|an|the|two|some) ~2 (cart|carts|bag|bags|armful|arms_full|handful|backpack|pockets)',
      '(boosting|boosted|boosts|racking|racked|lifting) from',
      '(boosting|racking|shoplifting) (again|lately|regularly|on_the_side|every_day|for_money|to_pay)',
      "(used|using|uses|took|taking|stole|opened|open|opening) ~4 (\\w+'s|someone_else's) ~1 (social_security_number|ssn|identity|id|credit_card|credit_cards|debit_card|checkbook|account|benefits|ebt_card|name|login|log-in|password|pin|credentials|employee_discount|discount_code|badge|key_card|keycard|access_code|passcode)",
      '(popping|popped|jimmying|jimmied|trying|tried|checking|checked|pulling|pulled) ~1 (car_doors|door_handles|car_handles)',
      '(?<!\\b(?:his|her|their|my|our)\\s)(packages|parcels|mail|package|parcel) ~3 (on|from|off|out_of) ~1 (porches|porch|doorsteps|doorstep|stoops|stoop|front_step|front_steps|mailboxes)',
      "(out_of|from) (a|the|his|her|their|someone's|\\w+'s) ~1 (mailbox|mailboxes)",
      '(drained|emptied|cleaned_out|wiped_out|draining|emptying) ~4 (account|accounts|card|savings|bank_account)',
      '(looting|looted|loots|plundered|ransacked|ransacking)',
      // Shoplifting moves: concealing goods, skipping the scan, switching tags, forgetting to pay.
      '(concealed|concealing|conceals|conceal|stuffed|stuffing|stuffs|tucked|tucking) ~3 {GOODS} ~2 (in|into|under|down|inside) (his|her|their|a) ~1 (bag|backpack|purse|pocket|pockets|coat|jacket|hoodie|shirt|pants|waistband|sleeve|stroller)',
      "(didn't|did_not|never|forgot_to|without) (scan|scanning|ring_up|ringing_up|pay_for|paying_for) ~2 (everything|all_of|half|some|the|most|items|it_all)",
      '(skip-scanning|skip_scanning|price_switching|price-switching|switched_the_price_tags|swapped_the_price_tags|swapped_price_tags|switching_price_tags|return_fraud|refund_fraud|returned_stolen)',
      '(forgot|forgets|forgetting) to_pay (for)',
      // Taking what belongs to a named other person: "took her roommate's rent money".
      "(took|taking|takes|take|pocketed|pocketing|kept|keeping|spent|spending|pawned|pawning) (his|her|their|a|the) (\\w+'s) ~1 (money|cash|rent|rent_money|savings|wallet|purse|debit_card|credit_card|ebt_card|bank_card|check|checks|paycheck|tips|jewelry|ring|tablet|laptop|tv)",
      '(loss_prevention|asset_protection|store_security|the_store_detective) ~4 (stopped|caught|detained|banned|trespassed|grabbed|watched|saw|followed|filmed|has_(him|her|them)_on_camera)',
      '(left|walked_out|walked_off|ran_out|took_off|bolted|ran_off) with ~3 (merchandise|unpaid_items|unpaid_merchandise|goods|product|unpaid)',
      "(broke|breaking|busted|cut|cutting|snapped|popped|popping|smashed|pried|prying|picked|picking) (the|a|someone's) (lock|padlock|latch|chain|lockbox|deadbolt) (on|off|to|of)(?!_(?:his|her|their)_(?:own|locker|unit|storage|bike|door|room|apartment|car|truck)\\b)",
      '(rode|riding|rides|ride|took|taking|takes|hopped_on|hops_on) (the_)?(train|bus|light_rail|streetcar|subway|metro|link|max|ferry|trains|buses) ~4 without (a_)?(ticket|paying|fare|pass|tapping|valid_ticket|valid_fare)',
      '(joyriding|joyride|joyrided|hot-?wired|hotwired|hotwiring|hot-?wiring|car_theft|auto_theft|vehicle_theft|stole_a_car|boosted_a_car|smash-and-grab|smash_and_grab)',
      "(signed|signing|faked|faking|forged|forging) ~2 (\\w+'s|someone_else's|somebody_else's) (name|signature)",
      '(lied|lying|lies) (on|about) ~5 (application|applications|benefits|income|snap|ssi|unemployment|housing_application|ebt|paperwork|lease|taxes|tax_return|claim|household_size)',
      "(collects|collecting|collected|cashes|cashing|cashed|using|used|uses|spending|spent|spends|keeping|kept|keeps|depositing|deposited|deposits) ~2 (his|her|their) (late|dead|deceased) ~1 (\\w+'s)? ~2 (checks|benefits|social_security|ssi|ssdi|pension|disability|card|cards|ebt|account|paychecks?|deposits)",
      '(caught|got_caught|was_caught|busted|got_busted) (shoplifting|stealing|lifting|boosting|trying_to_(steal|take|walk_out|leave_with|sell)|selling|dealing|breaking_into|tagging|climbing|sneaking|trespassing|prowling)',
      // Handling stolen goods and paper: selling them on, washing checks.
      '(selling|sold|sells|sell|pawning|pawned|pawns|fencing|fenced|flipping|flipped|trading|traded|unloading|unloaded|moving|moved) ~3 stolen',
      '(washes|washing|washed|wash|kiting|kited|kite) (checks|a_check|the_checks)',
      '(check_washing|check_kiting|check-washing|porch_pirate|porch_pirates|porch_pirating|package_theft|mail_theft|identity_fraud|card_skimming|skimmers?)',
      // Minimising a theft: "it was just a couple of candy bars from the gas station".
      `(it_was|it's|they_were|that_was|was|were) (just|only) ~5 {GOODS} (from|out_of|off) ~3 ${PLACE}`,
      "(going|went|goes|gone|gets|got) (into|through) (the_|people's_|other_people's_|parked_|unlocked_|neighbors'_)?(cars|parked_cars|unlocked_cars|people's_cars|vehicles|mailboxes|people's_mailboxes|garages|sheds|cars_in)",
      '(cutting|cut|sawing|sawed|sawed_off|sawing_off|removing|removed|unbolted|unbolting|stole|stealing|grabbed|grabbing) ~3 (catalytic_converters?|catalytics|cats_off)',
      '(skipped|skipping|ditched|ditching|dodged|stiffed|stiffing) (the|a|his|her|their) (bill|tab|check|cab_fare|fare|driver|cab_driver|uber_driver|waiter|waitress|restaurant|cabbie)',
      '(supplying|supplies|supplied|middling|middleman|runner_for|running_for|works_for_a_dealer|working_for_a_dealer) ~3 ({DRUG}|people|others|friends|the_camp|a_dealer|dealers|the_plug)',
      "(got_away_with|didn't_get_caught|wasn't_caught|never_got_caught|without_getting_caught|hasn't_been_caught|before_anyone_noticed)",
      '(littering|jaywalking|illegal_dumping|dumped_(trash|garbage|a_mattress|furniture))',
      '(breaking_and_entering|b&e|b_and_e|b-and-e|criminal_trespass(?!_(?:warning|warnings|notice|order|admonishment))|theft_of_services)',
      '(skipped|skipping|skips|ditched|walked) out on (a|the|his|her|their) ~1 (bill|tab|check|rent|fare|cab|ride)',
      "(pawned|pawning|pawns) ~3 (stolen|someone|his_mom's|her_mom's|that_wasn't)",
      '(took|taking|takes|stole|stealing) ~2 (money|cash|\\$\\d+|jewelry|valuables|rent_money) (from|out_of) (his|her|their|the|a) ~1 (mom|mother|dad|father|grandmother|grandma|grandfather|grandpa|aunt|uncle|sister|brother|cousin|neighbor|coworker|job|work|employer|boss|register|roommate|partner|friend|wallet|purse|tip_jar|till)',
      // Knowingly handling goods someone else stole: "bought a phone he knew was stolen".
      '(knew|knows|knowing|suspected) ~2 (was|were|had_been|to_be) stolen',
      // Staying on or coming back after being told to leave is trespass, whatever the place.
      "(refused|refuses|refusing|wouldn't|would_not) to_leave ~4 (after|when|despite|even_after|even_though)",
      '(stayed|stays|staying|came_back|comes_back|returned|returns|went_back|keeps_coming_back|kept_coming_back|sleeping|slept|sleeps|camping|camped|hanging_around|hung_around|sitting|sat) ~5 (after|despite|even_though) ~3 (told|asked|ordered|warned) ~2 (to_leave|to_go|not_to_come_back|to_stay_away)',
      '(dented|damaged|smashed|bashed|beat|hit|cracked) ~3 (car|cars|window|windows|door|mirror|windshield|truck|van|fence|sign|property) with (a|his|her|their) ~1 (bat|hammer|rock|brick|pipe|crowbar|bottle|bike_lock)',
      // Donated or bought clothes often still have their tags: only unexplained ones count.
      '(?<!\\b(?:donat\\w*|gifted|given|bought|purchased|receipt|clothing\\sbank|closet|thrift)\\b.{0,60})(tags|price_tags|security_tags|sensor_tags|alarm_tags) (still_)?on(?!_from_(?:the|a|our)_(?:donation|donated|clothing|thrift|free|church|shelter|food|give|closet|goodwill|program|agency|outreach)\\b)',
      '(cut|broken|busted|snipped|cut-off) (bike_)?(locks?|cable)',
      '(prying|pried|pry|pries|jimmying|jimmied|forcing|forced|breaking|broke|smashed|smashing) ~2 open',
      '(busted|bust|busting|busts|cracked|cracking) open(?!_(?:a|the|an|another|his|her|their|some)_(?:beer|beers|can|cans|cold|bottle|bottles|soda|book|books|windows?|doors?|eggs?|case|coke|one|present|gift|laptop|box|package|bag|chips|notebook|file)\\b)',
      '(stripped|stripping|strips|strip|pulled|pulling|scrapping|scrapped|cut|cutting) ~3 (copper|wire|wiring|catalytic_converters?|pipes)',
      '(passed|passing|passes|wrote|writing|writes|cashed|cashing|cashes|used|using) ~2 (bad|fake|forged|stolen|rubber|hot|counterfeit) (checks?|bills|money|cards?)',
      "(can't|cannot|couldn't|could_not|won't|wouldn't|doesn't|didn't) ~1 (explain|account_for|say_where_(he|she|they)_got)",
      "(police|cops|nobody|no_one|they|officers) ~3 (never|not|haven't|didn't|hasn't) (connected|linked|tied|traced|caught) ~3 (to|with)? (him|her|them)",
      // "Theft charges can stack up" speaks of the law in general.
      '(theft|thefts|shoplifting|burglary|burglaries|robbery|robberies|larceny|stolen_property|stolen_goods|possession_of_stolen)(?!_of_(?:his|her|their|my|our)\\b)(?!_(?:charges?|cases?|convictions?)_(?:can|could|may|might|will|would|often|usually|tend|tends|stack|add|carry|are|is)\\b)',
      '@lift|boost|swipe|pocket|snatch|palm|pinch|nick|jack|gank|yoink|rip_off|snag|clip ~3 {GOODS}',
      '(walked|walking|walks|ran|running|left) (out|off) ~4 without_(paying|paying_for)',
      '(without_paying|dine_and_dash|dined_and_dashed|five-finger_discount|shoplifted)',
      `(broke|breaks|breaking|busted|broken) (into|in_to|a_window_of|into_a)${NOT_IDIOM} ~3 (a|an|the|his|her|their|someone|cars?|vans?|trucks?|houses?|homes?|garages?|sheds?|stores?|units?|storage|building|apartment|vehicles?|parked)`,
      '(car_prowl|car_prowling|prowling|prowled|car_break-ins?|break-ins?)',
      // "his stolen bike" is usually what was taken from him: the possessive makes him the victim.
      '(?<!\\b(?:his|her|their|my|our)\\s)(stolen|hot) (car|bike|bicycle|phone|laptop|property|goods|items|credit_card|card|plates)',
      // "had his phone stolen" makes him the victim; "had stolen cards on him" does not.
      '(had|has|have|having|with|found_with|caught_with|in_possession_of|holding) ~3 (?<!\\b(?:had|has|have|having|got|gets|getting)\\s(?:\\S+\\s){1,3})stolen',
      "(using|used|uses) ~2 (someone_else's|a_stolen|stolen|another_person's|his_mom's|her_mom's|a_fake) (card|credit_card|debit_card|ebt_card|checks?|identity|id)",
      // Shoplifting named by place or habit: "racking at the Walgreens", "boosts from the big chains".
      `${STEAL_VERBS} (at|from|out_of|in) ~3 ${PLACE}`,
      '(boosting|boosts|boosted|racking|racks|racked) (around|downtown|again|all_(day|week|month|summer)|every_(day|week|morning|night)|for_(cash|money|a_living|rent)|to_(get_by|pay|make|eat|feed|survive|cover))',
      `@take|grab|snatch|pocket|walk_out_with|walk_off_with|leave_with|run_off_with ~4 ${NOT_OWN}{GOODS} ~3 (from|off|out_of) ~3 ${PLACE}`,
      // Goods named before the taking: "the tools he took from his old job site".
      `{GOODS} (that|which)? (he|she|they|he'd|she'd|they'd) (took|grabbed|lifted|swiped|pocketed|boosted|snatched|racked|pinched|nicked|stole|walked_off_with|walked_out_with|carried_off) ~1 (from|off|out_of) ~3 ${PLACE}`,
      // Concealment: "boots stuffed in her backpack", "a steak down his pants".
      '{GOODS} (stuffed|shoved|tucked|hidden|hid|stashed|concealed|crammed|slipped) ~2 (in|into|under|down|inside|up) (his|her|their|a|the) ~1 (bag|backpack|purse|pocket|pockets|coat|jacket|hoodie|shirt|pants|waistband|sleeve|stroller|bra|sock|socks|boots?|cart)',
      '(walked|walks|walking|ran|runs|running|left|leaves|leaving|strolled|rolled|ducked|slipped|got) out ~6 (without|w/o) (paying|pay|paying_for|a_receipt|ringing)',
      // Breaking in, whatever follows ("his car was broken into" stays a victim's report): "the trailer he broke into", "broke into a bunch of cars".
      `(broke|breaks|breaking|break|broken) (into|in_to)${NOT_IDIOM}`,
      // Forcing locks: "jimmied the lock on a storage unit", "cut the padlock off the cage".
      "(jimmied|jimmying|jimmy|shimmed|shimming|crowbarred|crowbarring|forced|forcing|pried|prying|busted|snipped|snipping|cut|cutting|drilled|drilling|picked|picking|popped|popping|smashed|smashing|bolt-cut) (open|off)? (the|a|an|someone's|somebody's|\\w+'s|two|three|some|several|every) ~1 (lock|locks|padlock|padlocks|latch|chain|lockbox|deadbolt|cabinet|display_case|locker|lockers|mailbox|mailboxes|ignition|cage|gate|door|doors|window|windows)(?!_(?:on|to|of|for)_(?:his|her|their)_(?:own|locker|unit|storage|bike|door|room|apartment|car|truck|place|home|house)\\b)",
      '(jimmied|jimmying|crowbarred|crowbarring)',
      // A euphemism in single quotes: "he 'found' a speaker", "she 'borrowed' a bike".
      "'(found|finds|finding|borrowed|borrows|borrowing|acquired|acquires|acquiring|liberated|liberating|rescued|inherited|came_across|picked_up|shopping|shopped|bought|got)' ~3 (a|an|the|some|two|three|this|that|another|these|those|{GOODS})",
      // Scam calls: "calling old people pretending to be from the IRS".
      '(calling|called|calls|call|texting|texted|emailing|emailed|messaging|messaged|phoning|phoned|conning|conned|scamming|scammed|hustling|hustled|approaching|approached) ~4 (pretending|pretended|pretends|posing|posed|poses|claiming|claimed|saying|said) (to_be|as|(he|she|they)_(was|were|is|are|works|worked)) ~3 (from|with|irs|police|cop|officer|agent|social_security|medicare|medicaid|bank|charity|contractor|utility|landlord|veteran|vet|nurse|doctor|lawyer|inspector|collector|official|representative|rep|deputy|detective|caseworker|dshs|government|homeless|stranded|collecting)',
      // Goods carried off a site: "carried a generator off a construction site".
      `(carried|carrying|carries|hauled|hauling|hauls|loaded|loading|loads|wheeled|wheeling|dragged|dragging|rolled|rolling) ~3 ${NOT_OWN}${GOODS2} (off|out_of|from|away_from) ~3 ${PLACE}`,
      `@lift|boost|swipe|pocket|snatch|palm|pinch|nick|jack|gank|yoink|snag|clip ~3 ${NOT_OWN}${GOODS2}`,
      // The donation money, the church's cash box.
      '(took|taking|takes|take|stole|stealing|steals|pocketed|pocketing|grabbed|grabbing|swiped|swiping|lifted|emptied|emptying|cleaned_out) (the|a|all_the|some_of_the|some|their|its) (donation|donations|collection|church|charity|fundraiser|raffle|petty|register|office|offering|cash_box|poor_box) (money|cash|jar|box|plate|funds|can|envelope|bucket)',
      // Walking out with goods under clothing or stuffed in a bag.
      '(walked|walks|walking|ran|runs|running|left|leaves|leaving|strolled|rolled|ducked|slipped|got|came|comes|coming) out ~6 with ~5 ((under|down|up|inside)_(his|her|their)_(hoodie|shirt|jacket|coat|pants|waistband|sleeve|sleeves|bra|skirt|dress|sweatshirt|sweater|vest)|(stuffed|tucked|shoved|hidden|crammed|stashed)_(in|into|under|down|up|inside)_(his|her|their))',
      // Selling or pawning a relative's or roommate's things: "sold his sister's TV", "pawning his mom's jewelry".
      `(sold|selling|sells|sell|pawned|pawning|pawns|pawn|hocked|hocking|flipped|flipping|fenced|unloaded|traded|trading) (his|her|their) (\\w+'s) ~2 (${GOODS2}|jewelry|rings?|necklace|tv|television|guitar|meds|medication|pills|belongings|games|console|xbox|playstation|stuff)`,
      // Spending or charging on another person's account behind their back: "charged $1,200 on his grandmother's Visa without her knowing".
      "(charged|charging|charges|spent|spending|ran_up|withdrew|withdrawing|withdrawn|transferred|transferring|sold|selling|sells|borrowed|took_out|opened|cashed|cashing|used|using|took|taking|pawned|pawning) ~6 [^\\s;:!?]+(?=_without_(?:her|his|their|the_owner's|anyone's)_(?:knowing|knowledge|say-so|okay|ok|noticing|knowing_about_it))",
      '(refunded|refunding|refunds|refund|transferred|transferring|venmoed|comped|comping|voided) ~3 (himself|herself|themselves|to_himself|to_herself|to_themselves)',
      // Strangers' or relatives' things in the participant's hands: "a stack of other people's debit cards",
      // "grabbed a woman's purse", "used his cousin's Medicaid card", "taking the neighbors' Amazon boxes".
      `(took|take|takes|taking|grabbed|grabbing|grabs|snatched|snatching|swiped|swiping|lifted|lifting|stole|stealing|steals|used|using|uses|keeps|kept|keeping|has|had|having|carrying|carries|carried|holding|holds|cashed|cashing|sold|selling|sells|pawned|pawning|emptied|emptying|going_through|went_through|goes_through|rifling_through|rifled_through|digging_through|dug_through|raided|raiding|collecting|collected|opening|opened)(?!(?:_\\S+){0,3}_to_) ~4 ${STRANGERS} ~2 (${GOODS2}|debit_cards?|bank_cards?|ebt_cards?|ids?|keys|boxes|amazon_boxes|lockers?|mail|identity|checks?|meds|medication|prescriptions?)`,
      `(took|take|takes|taking|stole|stealing|steals|used|using|uses|cashed|cashing|sold|selling|sells|pawned|pawning|emptied|emptying|drained|draining|raided|raiding|maxed_out|maxing_out|ran_up|running_up) ~3 ${RELATIVES} ~2 (cards?|debit_cards?|credit_cards?|bank_cards?|ebt_cards?|medicaid_cards?|insurance_cards?|ids?|identity|ssn|social_security_number|checks?|paychecks?|pay_checks?|stimulus_checks?|tax_refunds?|refunds?|disability|ssi|ssdi|social_security|pension|unemployment|checkbook|benefits|savings|account|bank_account|pin|piggy_bank|jewelry|wallet|purse|rent_money|money|cash)`,
      '(took|taking|takes|stole|stealing|emptied|emptying|raided|raiding|cleaned_out|broke_into|breaking_into) ~4 (piggy_bank|piggy_banks|coin_jar|change_jar|swear_jar|college_fund)',
      // Cutting locks and cats off what is not theirs: "cutting locks off bikes at the UW".
      "(cutting|cut|cuts|snipping|snipped|sawing|sawed|breaking|broke|popping|popped|busting|busted|drilling|drilled|picking|picked|grinding|ground) ~2 (locks?|padlocks?|chains?|cables?|u-locks?|bike_locks?) (off|on|from|off_of) (a|some|the|two|three|several|people's|someone's|other_people's|bikes?|scooters?|gates?|sheds?|storage|lockers?|doors?|units?|cages?)(?!_(?:his|her|their)_(?:own_)?(?:bike|scooter|locker|unit|shed|door)\\b)",
      '(cutting|cut|cuts|sawing|sawed|sawed_off|sawing_off|removing|removed|unbolted|unbolting|stole|stealing|grabbed|grabbing|took|taking) ~3 (catalytic|catalytics|(the|a|two|three)_cats?) (off|from|out_of|off_of)',
      // Car prowling in slang: "hitting cars in the hospital garage", "going car to car checking for unlocked doors".
      '(hitting|hittin) (cars|parked_cars|houses|cribs|stores|garages|storage_units|lockers|mailboxes|porches|car_lots|construction_sites|job_sites|sites|trucks|vans)',
      '(going|goes|went|walking|walks|walked|working|worked) car_to_car',
      '(checking|checked|checks|trying|tried|tries|testing|tested|pulling|pulled|jiggling|jiggled) (for)? (unlocked|open) (doors|cars|car_doors|vehicles|handles|windows|garages|sheds)',
      // Price switching and sweethearting: "swapped the barcode on a TV", "had her friend ring her up for half price".
      '(swapped|swapping|swaps|switched|switching|switches|changed|changing|peeled|peeling|stuck|sticking|put|putting|moved|moving) (the|a|his|her|their|cheaper|different|other|fake)? ~1 (barcode|barcodes|bar_code|price_tag|price_tags|price_sticker|price_stickers|upc|upcs|sku|skus) (on|from|off|onto|to)',
      // Copper and fixtures torn out of buildings: "took a bunch of copper pipe out of the house".
      "@take|grab|haul|carry|pull|rip|tear|steal|lift|load|walk_off_with|strip|yank ~4 (copper|copper_pipes?|copper_wire|copper_wiring|wiring|pipes|fixtures|light_fixtures|a_water_heater|water_heaters|appliances|the_appliances|radiators) (out_of|from|off) (a|an|the|some|someone's|\\w+'s|houses?|buildings?|homes?|units?)",
      // Bookkeeping fraud: "writing herself extra hours on her timesheet", "pads the receipts".
      '(padding|padded|pads|pad|fudging|fudged|fudges|fudge|faking|faked|fakes|inflating|inflated|inflates|doctoring|doctored|altering|altered|falsifying|falsified|falsifies|cooking|cooked) (the|his|her|their|a)? ~1 (receipts?|timesheets?|time_sheets?|time_cards?|timecards?|hours|books|mileage|expense_reports?|invoices?|logs|pay_stubs|paystubs|tips_report|sign-in_sheets?)',
      '(writing|wrote|writes|gave|gives|giving|paid|pays|paying|clocked|clocking|clocks|logged|logging|logs|put|puts|putting) (himself|herself|themselves) (in_for)? (extra|more|bonus|fake|phantom|extra_paid|double) (hours|money|pay|shifts|time|overtime|refunds|credit)',
      // Tricking someone out of property: "tricked her grandma into signing over the title".
      '(tricked|tricking|tricks|conned|conning|cons|duped|duping|dupes|swindled|swindling|swindles|fooled|fooling|scammed|scamming|hustled|hustling|sweet-talked|sweet-talking) (his|her|their|an|a|some|the|old|elderly|two|three)? ~2 (into|out_of) (signing|giving|handing|lending|loaning|transferring|paying|sending|wiring|venmoing|buying|cashing|co-signing|cosigning|selling|\\$\\d+|money|cash|(his|her|their)_(money|savings|car|check|checks|benefits|pin|card|rent))',
      // Planned thefts: "planning to hit the jewelry kiosk this weekend".
      '(planning|plans|planned|plan|going|gonna|wants|wanted|talking_about|talked_about|talks_about|thinking_about|trying|tried|tries|about|fixing|ready) (to)? (rob|boost|rack|steal_from|lift_from|break_into|jack|knock_off|knock_over|hold_up|stick_up|clean_out|hit_a_lick_at|hit) (a|an|the|some|that|this|another|his|her|their)? ~2 ({STORE}|kiosk|kiosks|jewelry_(store|kiosk|counter|case)|houses|cars|truck|warehouse|pharmacy|dispensary|liquor_store|display_case|register|registers|armored_truck|pawn_shop|storage_units|garages|sheds|construction_site|job_site)(?<!\\bhit\\s(?:\\S+\\s){0,3}(?:store|stores|shop|shops|market|supermarket|pharmacy|mall|outlet|grocery|deli|liquor_store|gas_station|dollar_store|costco|safeway|target|walmart|walgreens|cvs|qfc|kroger|winco|goodwill|thrift_store|grocery_outlet))',
      '(hit|hits|hitting|hittin) (a|the|another|that|this) ~1 (jewelry_(store|kiosk|counter|case)|kiosk|armored_truck|cash_register|register|display_case|pawn_shop|dispensary|phone_store)',
      // Selling new goods for next to nothing: "offering staff brand-new AirPods for $30".
      '(offering|offered|offers|offer|selling|sold|sells|sell|trying_to_sell|tried_to_sell|pushing|hawking) ~3 (brand-new|brand_new|new|unopened|sealed|still-boxed|boxed) ~2 ({GOODS}|airpods|iphones?|ipads?|drills|tvs?|laptops?|nikes|jordans|perfume|razors|phones?|power_tools|tools) (for|at) (\\$\\d+|cheap|a_few_bucks|next_to_nothing|half_price|half_off|a_fraction|nothing|twenty|ten|pennies|a_steal)',
      // Prying at doors: "seen prying at the door of the closed bakery".
      "(prying|pried|pries|jimmying|jimmied|forcing|forced|yanking|yanked|rattling|rattled|tugging|tugged|kicking|kicked|shouldering|shouldered) (at|on) (the|a|an|someone's|\\w+'s) ~2 (door|doors|window|windows|lock|locks|gate|gates|lockbox|padlock|back_door|side_door|garage_door|roll-up_door|roll-up|shutter|shutters)",
      // Goods named before a present-tense taking: "stuff he takes from work".
      `{GOODS} (that|which)? (he|she|they) (takes|grabs|lifts|swipes|pockets|boosts|snatches|steals|racks|pinches|nicks|walks_off_with|walks_out_with|sneaks_out) ~1 (from|off|out_of) ~3 ${PLACE}`,
      // Ripping off machines and people: "ripping off the vending machines".
      '@rip_off(?!_by\\b) ~2 (vending_machines?|machines|parking_meters?|meters|laundry_machines|change_machines|{PERSON}|customers|tourists|stores?|{STORE}|(his|her|their)_(employer|boss|job|work|landlord|dealer|roommates?|coworkers?)|the_company|insurance|the_system|landlords?|dealers?|johns|clients|the_state|medicaid|medicare|the_shelter|the_program)',
      '(ripped|ripping|rips|rip) (people|customers|tourists|the_store|stores|(his|her|their)_(boss|employer|roommates?|coworkers?|landlord|dealer)) off',
      // Taking from a shared pot: "dipping into the rent money everyone puts in the coffee can".
      '(dipping|dipped|dips|dip|taking|took|takes|skimming|skimmed|borrowing|borrowed|pocketing|pocketed|helping_(himself|herself|themselves)) ~4 (money|cash|funds|rent|rent_money|the_pot|kitty) (that)? (everyone|everybody|the_house|the_roommates|the_residents|the_group|they_all|the_others|the_other_residents|other_residents|the_tenants|the_campers) (puts|put|chips|chipped|pools|pooled|contributes|contributed|saves|saved|collects|collected)',
      '(dipping|dipped|dips|dip|skimming|skimmed|helping_(himself|herself|themselves)) ~2 (into|from|to) (the|a) ~1 (house_money|pot|kitty|group_fund|coffee_can|money_jar|cookie_jar|cash_jar|swear_jar|tip_pool|rent_pool|house_fund|rent_can)',
      // Justifying a taking: "only took the bike because it had been sitting there unlocked".
      `(took|takes|taking|grabbed|grabbing|grabs|rode_off_on|rode_off_with|walked_off_with|kept) (the|a|an|that|this|some|someone's|somebody's|two|three) ~1 (${GOODS2}|bikes?|bicycles?|scooters?|e-bikes?|mopeds?|carts?|packages?|tools?|generators?) ~3 (that|which|because|since|cause|as) ~5 (unlocked|unattended|lying_around|laying_around|sitting_there|sitting_out|left_out|nobody_was_using|no_one_was_using|nobody_wanted|no_one_wanted|nobody_was_watching|no_one_was_watching|just_sitting|nobody_was_around|no_one_was_around|nobody_was_looking|no_one_was_looking|finders_keepers)`,
      // "Borrowing" bikes off the racks.
      "(borrowing|borrowed|borrows|borrow|taking|took|takes|grabbing|grabbed|grabs) ~2 (bikes|bicycles|scooters|e-bikes|bike|bicycle|scooter|wheels|seats|bike_seats|bike_parts) (off|from|out_of) (the|a|some|people's|other_people's)? ~1 (racks?|bike_racks?|light_rail|station|train_station|bus_stop|campus|bike_lockers?)",
      // Buying benefits cards at a discount.
      "(buying|bought|buys|buy|purchasing|purchased|collecting|collected|collects) ~2 (ebt|snap|food_stamps|ebt_cards?|snap_cards?|benefits|prescriptions|scripts|other_people's_cards) ~3 (at_a_discount|for_cash|for_half|cheap|for_\\$\\d+|on_the_street|from_people|off_people|for_pennies|for_fifty_cents_on_the_dollar|half_price)",
      // A full cart pushed past the registers.
      '(pushed|pushing|pushes|wheeled|wheeling|rolled|rolling|walked|walking|ran|running) (it|the_cart|a_cart|the_basket|carts?|the_carts) ~3 (past_the_registers?|past_the_checkout|past_the_checkouts|past_the_cashiers?|through_the_garden_center|out_the_fire_exit|out_the_emergency_exit)',
      '(passed|pushed|wheeled|rolled|walked|ran|walks|walking) (right|straight)? ~1 (past_the_registers?|past_the_checkouts?|past_the_cashiers?|past_all_the_registers|past_security|past_loss_prevention) (with|and|without)',
      // A cart or bag filled and taken straight out: "filled a cart with steaks and pushed it straight out the door".
      '(filled|filling|fills|loaded|loading|loads|piled|piling|stuffed|stuffing) ~3 (cart|carts|basket|shopping_cart|backpack|bag|bags|stroller|duffel|tote) ~6 (and|then) ~2 (walked|pushed|wheeled|rolled|ran|left|strolled|booked_it|bolted|took_off|walks|pushes|runs|leaves) ~2 (straight_out|right_out|out_without|out_the_door_without|past_the_registers?|past_the_checkouts?|past_security)',
      // Passive with the participant named as the taker: "was taken by him".
      '(was|were|got|been|is|are) (taken|stolen|lifted|swiped|grabbed|boosted|pocketed|snatched|broken_into|damaged|smashed|tagged|vandalized|vandalised|keyed|shoplifted|pawned|sold|cashed|forged|emptied|spray-painted) ~2 by (him|her|them|my_client|our_client|the_participant|the_client|him_and|her_and)',
      // Burglary in slang: "he only hit a couple of houses".
      '(hit|hits|hitting|hittin)(?!_the\\b) (a_couple_of|a_few|some|two|three|several|a_bunch_of|a_row_of|a|another|that)? ~1 (houses|homes|cribs|garages|storage_units|apartments|trap_houses|stash_houses|house|crib|mansion|rich_neighborhood)(?!_(?:party|parties|show|shows|meeting|meetings)\\b)',
      '(only|just|also|actually|even|ever) (hit|hits|hitting|hittin) (a_couple_of|a_few|some|two|three|several|a_bunch_of|a_row_of|a|another|that|the)? ~1 (houses|homes|cribs|garages|storage_units|apartments|trap_houses|stash_houses|house|crib|cars|stores|licks?)',
      // Taken and sold on: "swiped his PlayStation and pawned it", "tore the gutters off the church and sold them".
      '(stole|stealing|steals|swiped|swiping|swipes|snatched|snatching|snatches|lifted|boosted|boosting|jacked|jacking|nabbed|nabbing|ganked|yoinked|pinched|nicked|racked) ~6 (and|then|and_then) (pawned|sold|flipped|traded|hocked|fenced|scrapped|resold|pawns|sells|flips|hocks|scraps|fences|pawning|selling|flipping|scrapping)',
      '(took|takes|taking|grabbed|grabbing|grabs|carried|carrying|hauled|hauling|pulled|pulling|cut|cutting|tore|tearing|ripped|ripping|yanked|yanking|stripped|stripping|sawed|sawing|unbolted|unbolting|loaded|loading|pried|prying)(?:_(?!(?:his|her|their|my|our|own|old)\\b)[^\\s;:!?]+){0,6}? (and|then|and_then) (pawned|sold|flipped|hocked|fenced|scrapped|resold|pawns|sells|flips|hocks|scraps|fences|pawning|selling|flipping|scrapping) (it|them|the_\\w+|those|everything)',
      // Goods and a strong verb after them, any tense: "the bikes he strips", "the phones they jacked".
      `${GOODS2} (that|which)? (he|she|they|he's|she's|they've|he'd|she'd|they'd) (been)? (strips|stripped|stripping|steals|stole|stealing|lifts|lifted|lifting|boosts|boosted|boosting|racks|racked|racking|jacks|jacked|jacking|swipes|swiped|swiping|chops|chopped|chopping|snatches|snatched|snatching|pinches|pinched|nicks|nicked|fences|fenced|fencing|pockets|pocketed|grabbed_from|took_from|takes_from)`,
      // A card or wallet found and used: "buying stuff with a card she found on the bus".
      "(using|used|uses|use|buying|bought|buys|charging|charged|shopping|shopped|paying|paid|spending|spent|tapping|tapped) ~5 (a|the|some|someone's|somebody's) ~1 (card|cards|credit_card|debit_card|ebt_card|gift_card|checkbook|bank_card|visa|mastercard) (that)? (he|she|they) (found|picked_up|came_across|took|grabbed|lifted|swiped|snatched|got_off|pulled_out_of)",
      // Grabbing the till or the tip jar, jumping the counter.
      "(grabbed|grabbing|grabs|grab|took|taking|takes|snatched|snatching) (the|a|an|their|someone's|\\w+'s) ~1 (tip_jar|tip_jars|donation_jar|donation_can|cash_box|till|register_drawer|cash_drawer|collection_plate|collection_box|charity_box|poor_box|money_bag|bank_bag|deposit_bag)(?!_(?:(?:to|and)_(?:count|empty_it_for|bring|give|hand|take_it_to|turn_in|drop_off)|at_the_end_of|at_closing|for_(?:the|her|his)_(?:manager|boss))\\b)",
      '(jumped|jumping|jumps|hopped|hopping|hops|vaulted|vaulting|climbed|climbing) (over)? (the|a) (counter|register|pharmacy_counter|service_counter|jewelry_counter)(?!_to_(?:fix|clean|repair|help|reach|grab_a|get_to|check)\\b)',
      '(five-fingering|five-fingered|five_fingering|five-finger|5-finger|five_finger|five-fingers|five-fingers)',
      // Minimising by frequency: "a candy bar here and there from the Walgreens".
      `{GOODS} ~1 (here_and_there|now_and_then|every_now_and_then|once_in_a_while|every_so_often|every_once_in_a_while|from_time_to_time) (from|at|out_of|off) ~3 ${PLACE}`,
      // Taking from donation bins: "went through the donation bin at the church and took the good stuff".
      '(went|goes|going|reaching|reached|climbed|climbing|crawled|crawling|climbs|crawls|broke|breaking) (in|into|inside) (the|a|those|some) ~1 (donation_bins?|donation_box(es)?|drop_box(es)?|clothing_bins?|collection_bins?|charity_bins?|goodwill_bins?|book_drops?)',
      // Checks written out to oneself: "has been writing them out to himself".
      '(writing|wrote|writes|write|made|making|makes|cutting|cut|signed|signing|cashing|cashed|filling|filled) (checks?|them|it|a_check|the_checks|those_checks|bonuses|refunds|a_refund|payments?) ~2 (out)? to (himself|herself|themselves)',
      '(got|gets|getting|get) (his|her|their) hands_on (some|a|the|two|three|a_few|a_stack_of|a_book_of)? ~1 (checks|blank_checks|credit_cards|debit_cards|ids|prescription_pads|scripts) (from|out_of)',
      // Caught on camera in any words: "caught on the store camera putting razors in his coat".
      '(caught|seen|filmed|recorded|spotted|shows|showed|captured) (on)? ~3 (camera|cameras|video|tape|footage|cctv|surveillance|ring_camera|doorbell_camera) ~2 (taking|grabbing|pocketing|swiping|lifting|stealing|breaking|climbing|going_through|tagging|smashing|walking_off|walking_out|running_off|prying|spray-painting|putting|stuffing|hiding|concealing|slipping|shoving|tucking|loading|cutting|rummaging|rifling)',
      '(putting|put|puts|slipping|slipped|slips|shoving|shoved|shoves|hiding|hid|hides|tucking|tucked|tucks|stuffing|stuffed|stuffs|sliding|slid|slides) (a|an|some|two|three|four|the|a_few|a_couple_of|several|a_bunch_of|a_pack_of|packs_of|a_pair_of)? {GOODS} (in|into|under|down|inside|up) (his|her|their) (coat|jacket|hoodie|pants|waistband|sleeve|sleeves|bra|sweatshirt|shirt|sweater|vest|skirt|boots?|socks?)',
      // Getting into strangers' vehicles and buildings: "got into a parked truck and took a toolbox".
      "(got|gets|getting|went|goes|going|climbed|climbing|climbs|snuck|sneaking|sneaks|crawled|crawling) (into|in_to|inside) (a_parked|an_unlocked|parked|unlocked|someone's|somebody's|people's|a_stranger's|strangers'|other_people's|a_neighbou?r's|the_neighbou?r's|the_neighbou?rs'|random) ~1 (cars?|trucks?|vans?|vehicles?|rvs?|garages?|sheds?|houses?|homes?|apartments?|units?|campers?|trailers?|yards?|backyards?)",
      // Leaving with goods under clothing, without the word "out": "leaving with stuff under his jacket".
      '(leaving|left|leaves|walking|walked|walks|strolling|strolled) (out|off)? ~3 with ~4 (under|down|up|inside) (his|her|their) (hoodie|shirt|jacket|coat|pants|waistband|sleeve|sleeves|bra|skirt|dress|sweatshirt|sweater|vest)',
      // Sneaking out with goods: "trying to sneak out of Ross with three shirts in her purse".
      '(sneak|sneaking|snuck|sneaks|sneaked) out ~5 with ~3 {GOODS}',
      // Entering someone's home while they are away: "went into her neighbor's apartment while they were away".
      "(into|in_to|inside) (someone's|somebody's|(his|her|their|a|the)_(neighbou?r|neighbou?rs|roommate|roommates|ex|landlord|friend|cousin|coworker|co-worker|boss|aunt|uncle|grandma|grandmother|sister|brother)('s|s')) ~1 (apartment|unit|room|place|house|home|garage|shed|car|truck|office|trailer|rv|tent) ~4 (while|when|whenever) (he|she|they|nobody|no_one|the_owners?|the_family|the_tenants?) (was|were|wasn't|weren't|is|are)? ~1 (away|gone|out|at_work|asleep|sleeping|not_home|on_vacation|in_the_hospital|in_jail|working|out_of_town|not_there|at_church)(?!_to_(?:feed|water|check|take_care|watch|walk|get_(?:the_)?mail|clean|pet-sit|house-sit|grab_(?:the_)?mail|let_the_dog)\\b)",
      // Street slang for robbing and stealing: "hitting licks".
      '(hit|hits|hitting|hittin|caught|catch|catches|catching|run|runs|running|ran|did|does|doing|do|went_on|goes_on|going_on|set_up|setting_up|planned|planning|planning_out) (a|some|the|few|a_few|a_couple|a_couple_of|two|three|another|his|her|their|more)? (lick|licks|lic|licc)(?!_of\\b)',
      // Taking from cars, sheds and porches that are not theirs: "'found' a speaker in an unlocked car".
      "(found|finds|finding|got|gets|getting|took|takes|taking|grabbed|grabbing|pulled|pulling|lifted|swiped|snagged) ~4 (in|from|out_of|inside|outta|off) (an_unlocked|unlocked|someone's|somebody's|a_parked|parked|people's|a_stranger's|strangers'|a_neighbou?r's|the_neighbou?r's|the_neighbou?rs'|other_people's|random) ~1 (car|cars|vehicle|vehicles|truck|trucks|van|vans|garage|garages|shed|sheds|rv|rvs|yard|yards|backyard|porch|porches|mailbox|mailboxes|storage_units?|lockers?)",
      // Using, pawning or selling what is not theirs: "pawned a ring without asking anyone".
      '(took|takes|taking|take|borrowed|grabbed|used|uses|using|pawned|pawns|pawning|sold|sells|selling|cashed|cashes|cashing|spent|kept|pocketed|wore|gave_away|traded|trades|trading) ~8 without (asking|permission|paying|consent|(his|her|their)_(permission|consent|knowledge|okay|ok))',
      "@sell|pawn|take|steal|grab|swipe|copy|cash|keep|open|go_through|pocket|flip|trade ~2 (someone's|somebody's|someone_else's|other_people's|people's|strangers'|a_stranger's|(his|her|their|the|a)_neighbou?rs'|(his|her|their|the|a)_neighbou?r's|(his|her|their)_roommates?'s?|(his|her|their)_coworkers?'s?|(his|her|their)_boss's) ~1 ({GOODS}|keys|mail_keys|property|belongings|packages|mail|checks|cards?|ids?|meds|medication|prescriptions?|rent|savings|tips|stuff)",
      // Skimming and embezzling: "skimming cash out of the register", "kept the deposit money he collected for his landlord".
      "(skimming|skimmed|skims|skim|dipping|dipped|dips|dip) ~2 (into|from|off|out_of|off_of) (the|a|his|her|their|its|\\w+'s) ~2 (register|registers|till|tills|drawer|cash_drawer|tip_jar|tips|petty_cash|collection|collection_plate|deposits?|donations|books|profits|cash_box|fund|funds|payroll|proceeds)",
      '(skimming|skimmed|skims) ~3 (cash|money|off_the_top|tips|bills|dollars|twenties|from|off)',
      '(kept|keeping|keeps|pocketed|pocketing|pockets|spent|spending|spends|blew|blows|took|taking|takes) ~3 (money|cash|funds|deposit|deposits|rent|donations|payments?|dues|fees) ~4 (collected|raised|was_collecting|were_collecting|took_in|was_given|were_given) (for|on_behalf_of|to_(pay|deliver|hand_over|deposit|turn_in))',
      '(money|cash|funds|deposit|rent|donations|payments?|dues) ~3 (he|she|they) (was|were) (supposed_to|meant_to) (turn_in|hand_over|deposit|deliver|pass_on|give_to|pay_to|drop_off|bring_to)',
      // Receiving: "sold a bike he knew had been lifted", "bought it knowing it was hot".
      "(knew|knowing|knows|know|aware|suspected|suspects|realized|realised|figured|sure) (that|that_it|that_they|it|they|those|these|everything|the_stuff|the_\\w+|the_\\w+_\\w+|that_the_\\w+)? (was|were|had_been|has_been|have_been|it's|they're|is|are) (probably_|likely_|definitely_|obviously_|all_)?(stolen|lifted|boosted|swiped|jacked|racked|snatched|ripped_off|taken)",
      // "Knew it was hot" of goods, not of a stove.
      "(knew|knowing|knows|aware|suspected|suspects|figured) (that|that_it|that_they|it|they|those|these|everything|the_stuff|the_{GOODS}|that_stuff) (was|were|had_been|it's|they're|is|are) (probably_|likely_|definitely_|obviously_|all_)?hot",
      // Unexplained new goods: "turning up with brand-new Nikes in the box", "the security sensor still on it".
      '(turning_up|turns_up|turned_up|turn_up|shows_up|showing_up|showed_up|show_up|coming_in|comes_in|came_in|comes_around|has|had|keeps_having|walking_around) with ~4 (brand-new|brand_new|new|unopened) ~3 (in_the_box|in_the_boxes|in_boxes|in_its_box|with_(the_)?tags|tags_still|still_in|still_tagged|unopened|in_the_package|in_the_packaging|in_the_packages|sealed|with_the_sensors?|with_sensors?|in_blister_packs?)',
      '(?<!\\b(?:donat\\w*|gifted|given|bought|purchased|receipt|clothing\\sbank|closet|thrift)\\b.{0,60})(security_sensors?|sensors?|security_tags?|ink_tags?|alarm_tags?|anti-theft_tags?|spider_wraps?|store_tags?|tags|price_tags) (still|were_still|was_still|are_still|is_still) ~1 (on|attached|hanging|in_place|clipped)(?!_from_(?:the|a|our)_(?:donation|donated|clothing|thrift|free|church|shelter|food|give|closet|goodwill|program|agency|outreach)\\b)',
      'still (had|has|have|having|with) (the|a|its|their) ~1 (security_sensors?|sensors?|security_tags?|ink_tags?|alarm_tags?|anti-theft_tags?|spider_wraps?|store_tags?|tags|price_tags) (on|attached|hanging)',
      // Returns of unpaid goods: "returning stuff she didn't pay for for store credit".
      "(returning|returned|returns|return) ~4 (he|she|they|he'd|she'd|they'd) (didn't|did_not|never|hadn't|had_not|never_even) (pay|paid|buy|bought|purchase|purchased)",
      "(stuff|items|things|merchandise|goods|products) (that|which)? (he|she|they|he'd|she'd|they'd) (didn't|did_not|never|hadn't|had_not|never_even) (pay|paid) for",
      // Taking part: the driver or the lookout of someone else's theft.
      '(drives|drove|driving|drive|gives|gave|giving|give) (him|her|them|his_\\w+|her_\\w+|their_\\w+) ~2 (around|there|rides?|a_ride|lifts?) ~3 (to_do_it|to_steal|to_boost|to_rack|to_hit_licks|to_rob|to_break_in|to_break_into|to_sell|to_deal|to_serve|to_make_(drops|deliveries|runs)|so_(he|she|they)_can_(steal|boost|sell|deal|rob|break_in|do_it)|while_(he|she|they)_(steals|boosts|sells|deals|robs|breaks_in|does_it))',
      '(getaway_driver|(?<!on_the_)lookout(?!_for_(?:his|her|their|the)_(?:little|younger|kids?|children|son|daughter|brother|sister|nephew|niece|grandkids?|dog|family|cops|police|housing|apartment|job|work)\\b)|look-out|stood_lookout|kept_lookout|keeps_lookout|keeping_lookout|standing_lookout|played_lookout|plays_lookout|playing_lookout)',
      // Something gone from a till or a box, not one's own: named as theft so it does not read as absconding.
      "(?<!\\b(?:his|her|their|my|our)\\s(?:\\S+\\s){1,2}(?:that\\s|which\\s)?)(went_missing|goes_missing|gone_missing|disappeared|vanished|came_up_missing|turned_up_missing|came_up_short) (from|out_of|off) (the|a|an|\\w+'s) ~3 (register|till|drawer|cash_drawer|tip_jar|petty_cash|collection|collection_box|collection_plate|donation_box|donation_jar|cash_box|safe|lockbox|wallet|purse|office|supply_closet|stockroom|storeroom|warehouse|job_site|truck|van|shop|store|church|library|locker|lockers)",
    ],
  },
  {
    id: 'offense-damage',
    category: 'offense',
    severity: 'high',
    explanation: CRIME,
    victimWhenPassive: true,
    patterns: [
      '(tagged|tagging|tags|tag) (the|a|an|that|this|another|two|three|some|several|his|her|up) ~4 {SURFACE}',
      '@tag|bomb|paint|spray|mark|write|scrawl ~6 (with|using) (a_|his_|her_|their_)?(paint_marker|paint_pen|spray_paint|spray_can|spray_cans|sharpie|mop|mop_marker|etching_fluid|etch|crew_name)',
      // A mural or a sign painted for a programme is art, not defacing.
      "(spray-painted|spray_painted|spraypainted|spray-painting|painted|painting|wrote|writing|carved|carving|scratched|etched|scrawled)(?!_(?:a|the|his|her|their|two|several)_(?:\\w+_)?(?:murals?|banners?|signs?_for|portraits?|pictures?|landscapes?|canvas)\\b) ~5 (on|onto|across|into) (the|a|an|that|this|someone's|two|several) ~2 {SURFACE}",
      "(spray-painted|spray_painted|spraypainted|graffitied|defaced|defacing|bombed|scratched_up|etched) (the|a|an|that|this|someone's|two|several|his|her|their) ~5 {SURFACE}",
      // Graffiti cleanup crews and graffiti that was already there are not the participant's tagging.
      '(graffiti(?!_(?:removal|cleanup|clean-up|abatement|crew|art|mural|wall_project)\\b)(?!_(?:on|in|at|along)_(?:the|our|that|this)_(?:\\S+_){0,3}(?:was|were|is|are|has_been|had_been)_(?:there|already|old)\\b)|vandalism|vandalized|vandalizing|vandalised|vandalising|vandalize|criminal_mischief|malicious_mischief|property_damage|arson)',
      // "A fight broke out in the day room" is an event, not damage.
      "(smashed|smashing|smashes|broke|breaking|busted|kicked_in|kicked|kicking|ripped|ripping|tore|tearing|snapped|knocked|bent|shattered|keyed|slashed|spray-painted|spray_painted|set_fire_to|lit_a_fire|set_a_fire|damaged|damaging|destroyed|wrecked|trashed)(?!_out_(?:in|at|on|during|between|among|inside|across|near|after|before|over|around|outside|behind)\\b) ~2 (a|the|his|her|their|someone's|car|cars|two|three|several) ~2 (window|windows|windshield|door|windows|mirror|tires|car|cars|property|vehicle|fence|sign|room|unit|apartment|toilet|tv|store|display)",
      // Damage in more words and to more things: "smashed the security camera", "shattered the bus shelter glass".
      `(smashed|smashing|smashes|smash|shattered|shattering|shatters|kicked_in|kicked_out|kicking_in|kicking_out|busted_up|busting_up|smashed_up|ripped_out|ripping_out|tore_up|tore_down|tore_out|tearing_up|tearing_down|trashed|trashing|trashes|wrecked|wrecking|wrecks|destroyed|destroying|destroys|vandalized|vandalised|keyed|damaged|damaging|damages|defaced|defacing) ~3 (the|a|an|someone's|somebody's|\\w+'s|two|three|four|several|some|all_the|all_of_the|every|\\d+) ~2 ${DAMAGEABLE}`,
      // Fire: "lit a dumpster on fire", "set fire to the porta-potty", "torched his ex's car".
      '(set|sets|setting|lit|lights|lighting|lighted) ~4 on_fire',
      '(set|sets|setting|started|starting|starts) (a_)?fire to',
      '(torched|torching|torches|firebombed|firebombing)',
      // Defacing more surfaces: "scratched her name into the glass at the bus shelter".
      `(spray-painted|spray_painted|spraypainted|spray-bombed|spray_bombed|spraybombed|sprayed|spraying|bombed|painted|wrote|writing|carved|carving|scratched|scratching|etched|etching|scrawled|engraved|keyed|keying|tagged|markered)(?!_(?:a|the|his|her|their|two|several)_(?:\\w+_)?(?:murals?|banners?|signs?_for|portraits?|pictures?|landscapes?|canvas|names?_on_the_(?:sign-in|sign_in|list|sheet|form))\\b) ~5 (on|onto|across|into|in|all_over) (the|a|an|that|this|someone's|two|several|every) ~3 ${DAMAGEABLE}`,
      `(tagging|tagged|bombing|bombed|throw-ups|throwups|throwies|pieces) (on|across|all_over|up) (the|a|an|that|this|some|every|two|three|several)? ~2 ${DAMAGEABLE}`,
      // Taking a tool to fixtures: "took a crowbar to the parking meters" (to a person's car it is intimidation: violence).
      `(took|takes|taking|take) (a|an|the|his|her|their|some) ~1 ({WEAPON}|crowbar|hammer|bat|baseball_bat|brick|rock|pipe|tire_iron|screwdriver|sledgehammer|sledge|key|keys|pry_bar|wrench|golf_club|shovel) to (the|a|an|two|three|several|some|all_the|every) ~2 ${DAMAGEABLE}`,
    ],
  },
  {
    // Damage that may be to the participant's own home, or part of a fight: medium, so a fight in the same
    // sentence names the category.
    id: 'offense-damage-fixtures',
    category: 'offense',
    severity: 'medium',
    explanation: CRIME,
    victimWhenPassive: true,
    patterns: [
      // Holes and fixtures: "punched a hole in the drywall", "ripped the soap dispensers off the wall".
      '(punched|punches|punching|punch|kicked|kicks|kicking|kick|put|puts|putting|knocked|smashed|made) (a|two|three|several|some|big|a_big|a_few|another)? ~1 (hole|holes) (in|into|through) ~2 (wall|walls|drywall|door|doors|window|ceiling|screen|fence|tent|tires?|car|windshield|sheetrock|bathroom|stall|room)',
      '(ripped|ripping|rips|rip|tore|tearing|tears|tear|yanked|yanking|yanks|yank) ~4 (off|out_of|from|out_from|down_from|off_of) (the|a|its|their) ~1 (wall|walls|ceiling|hinges|bracket|mount|pole|post|fence)',
    ],
  },
  {
    id: 'offense-drugs',
    category: 'offense',
    severity: 'high',
    explanation: 'Mentions drug dealing or possession by the participant',
    record: true,
    patterns: [
      '@sell|deal|sling|move|push|run|carry|hold|distribute|deliver|flip|serve|bag_up|cook|hawk|peddle|front|traffic|supply|middle|package|cut_up ~3 ({DRUG}|product|weight|packs|work|bags|baggies|grams|ounces|dime_bags|rock|rocks|for_(his|her|a|someone|the)_(dealer|plug|connect|guy|supplier))',
      '(making|make|makes|made|doing|does|did|running|runs|ran) (runs|drops|deliveries|pickups|drop-offs) ~3 (for|to)',
      '(cooking|cooks|cooked|cook) (meth|crack|dope)',
      '(fences|fencing|fenced|fence) (stolen|bikes?|phones?|goods|property|stuff|things)',
      // "He is selling it.", "selling them for parts": the thing sold was named before.
      '(selling|slinging|slanging|slangin|dealing|trapping)(?!\\s+(?:it|that|this)\\s*(?:[.,;!?]|$))(?!_(?:it|them)_(?:for|to_(?:a|an|his|her|their|my|our)|back|online|at_the|on_(?:ebay|craigslist|offerup|facebook|marketplace))\\b)(?!_(?:with|his|her|their|the|a|an|stuff|clothes|cans|plasma|blood|things|furniture|items|belongings|art|food|tamales|water|newspapers|papers|books|cds|crafts|jewelry|shoes|candles|it_on|on_ebay|on_craigslist|at_the_flea|to_pay|for_a_living|real_change|flowers|scrap|bottles|cars?|handmade|homemade|hand-made|baked|art|artwork|paintings|drawings|prints|photos|cookies|cupcakes|produce|vegetables|plants|used|secondhand|second-hand|vintage|firewood|raffle|merch|t-shirts|shirts|hats|bracelets|beadwork|soap|snacks|coffee|lemonade|burritos|insurance|ads|at_the_(?:market|fair|swap_meet|flea_market|craft_fair|farmers_market|sunday_market)|on_(?:etsy|ebay|craigslist)|door-to-door|for_(?:a|the)_company|magazines|subscriptions|tickets_for)\\b)',
      '(deals|dealt|sells|sold|slings|slinging|slangs|slanging|slanged|serves|served|serving|dealing|trapping|pushing|hustles|hustled) (out_of|from|on|at|in|near|by|around|behind|outside|in_front_of|down_by|over_by|on_the_corner|on_corners|on_the_block|on_the_strip|on_the_ave|all_day|all_night|every_(day|night)|to_people|to_other|to_kids|to_students|to_campers|again|on_the_side)',
      '(dealer|dealers|drug_dealing|drug_dealer|the_plug|trap_house|trap_spot|trapping|stash|stash_house|re-up|reup|re-upped|re-ups|reups|re-upping|reupping|reupped)',
      '(possession|possessing|possessed) (of|with)? ~2 ({DRUG}|a_controlled_substance|controlled_substances|paraphernalia|drug_paraphernalia|narcotics|a_pipe|needles|syringes|methamphetamine|heroin)',
      '(caught|found|stopped|searched|arrested) ~2 (with|carrying|holding) ~3 ({DRUG}|a_pipe|paraphernalia|needles|syringes|baggies|a_baggie|a_bag|scales?|grams|pills)',
      '(had|has|have|was_holding|carrying|carries|keeps|kept|hid|hides|found)(?!_(?:not|never|no)\\b) ~2 (a|some|his|her|their|two|three|a_few|grams_of|a_bag_of|a_baggie_of|an_eight_ball_of|a_gram_of)? ~1 ((?!(?:beers?|wine|shots?|drinks?|vodka|whiskey|tequila|rum|gin|liquor|booze|alcohol|tallboys?|fifths?|pints?|forties)\\b){DRUG}|paraphernalia|a_pipe|a_meth_pipe|a_crack_pipe|baggies|scales|a_scale) (on|in|under|at|inside|with|stashed|hidden)',
      '(paraphernalia|meth_pipe|crack_pipe|a_scale|digital_scale|baggies)',
      '(sold|sells|selling|sell|deals|dealt|dealing) (only_)?to (friends|people|his_friends|her_friends|their_friends|a_few_people|coworkers|classmates|neighbors|folks|regulars|customers|kids|students|the_camp|people_he_knows|people_she_knows)',
      '(weighing|weighed|weighs|bagging|bagged|bags|cutting|cut) (out|up) ~2 ({DRUG}|grams|product|bags|baggies|it|points|zips|eighths)',
      '(zips|a_zip|half_a_zip|an_ounce|ounces|an_eighth|eighths|a_qp|qps|a_brick|bricks|a_pack|packs|a_boat) (of|for) ({DRUG}|{STREET}|product|work)',
      '(drug|dope|pill|weed|meth|crack)_(money|sales|deals|deal|spot|house|runs?|customers|debt|connections?)',
      "(is|was|became|being|acts_as|acting_as|plays|he's|she's|they're) (the|a|his|her|their) (connect|plug|supplier|middleman(?!_between\\b)|runner|lookout(?!_for_(?:his|her|their|the)_(?:little|younger|kids?|children|son|daughter|brother|sister|nephew|niece|grandkids?|dog|family)\\b)|go-to_guy|source)",
      // Street names the lexicon's drug list lacks: "selling the pressies at the camp".
      '@sell|deal|push|hawk|peddle|serve|slang|sling|front|bag_up|flip ~3 (pressies|presses|pressed_pills|perc_30s|30s|m30s|shard|shards|rocks|blow|tar|lean|fetty|fent|bars|blues|buttons|percs|dimes|dime_bags|nickel_bags|dubs|bundles|sacks|carts|dabs|zips|eightballs|eight_balls|8-balls|tabs|pressed_bars|xans|pints|pints_of_lean)',
      // Fronted product: "the guy he buys from fronted him a pack".
      '(fronted|fronts|front|fronting) (him|her|them) ~2 (a_pack|packs|a_pack_of|product|work|some_work|a_zip|zips|an_ounce|an_eighth|a_bundle|bundles|weight|a_brick|a_qp|pills_to_sell|\\w+_to_sell|\\w+_to_move|\\w+_to_push|a_re-up)',
      '(gave|gives|giving|handed|hands|handing) (him|her|them) ~2 (pills_to_sell|\\w+_to_sell|\\w+_to_move|\\w+_to_push|a_pack_to_(sell|move|push)|product_to_(sell|move|push))',
      // Selling edibles and carts: "selling weed gummies to kids".
      '@sell|deal|push|hawk|peddle|serve|slang|sling|move ~2 (weed|thc|pot|cannabis|shroom|mushroom|edible|molly|xanax|xan|fentanyl|acid|lsd) ~1 (gummies|edibles|carts|cartridges|pens|vapes|brownies|cookies|candies|candy|chocolates|bars|tabs|strips|pills|pressies)',
      // Brokering and storing for dealers: "the go-between for people who want to buy", "lets her cousin keep his supply at her apartment".
      '(the|a|his|her|their) (go-between|go_between|middleman|middle_man|middle-man|runner|delivery_guy|delivery_girl) (for|between) (people|folks|buyers|customers|the_camp|the_guys|the_dealers?|his_guy|her_guy|a_dealer|the_crew|a_crew)',
      '(lets|let|letting|allows|allowed|allowing) ~3 (keep|store|stash|hide|hold|cook|bag_up|sell) (his|her|their|the) ~1 (supply|stash|product|pack|packs|drugs|dope|work|re-up|scale|scales) (at|in|out_of)',
      '(distributing|distributes|distributed|distribute|slinging|selling|moving|dealing|trapping|serving|pushing) for (a|the|his|her|their|some) ~1 (crew|gang|set|plug|connect|dealer|dealers|cartel|organization|supplier|click|clique|operation)',
      '(keeps|kept|keeping|gets|got|getting|takes|took|taking) ~3 (product|dope|drugs|pills|bags|a_bag|work|a_cut_of_the_product|blues|fentanyl|meth) as_(payment|pay|a_cut|his_cut|her_cut)',
      '(drives|drove|driving|drive|takes|took|taking|brings|brought|bringing) (people|folks|guys|buyers|customers|them|friends) (to|over_to) (buy|cop|score|re-up|pick_up_from|meet_the_plug|meet_his_guy|meet_her_guy|the_plug|the_dealer|the_trap)',
      "(got|has|have|had|gets|found|finds|he's_got|she's_got) (a|his|her|their|a_new|new)? (connect|plug)(?!_(?:for|at|in|into)_(?:(?:his|her|their|the|a|my)_)?(?:\\w+_)?(?:phone|charger|cord|laptop|tv|heater|lamp|fridge|outlet|cpap|machine|tent|car|housing|jobs?|work|apartments?|rooms?|furniture|clothes|bikes?|paperwork|authority)\\b)",
      // Holding the product or the money for a dealer is part of the dealing.
      '(holds|holding|held|hides|hid|hiding|keeps|kept|stashes|stashed|stashing|counts|counted|counting) (the_money|the_cash|the_product|the_drugs|the_dope|the_stash|the_pack|the_packs|product|drugs|dope|packs|the_re-up) (for|while|when)',
      '(owes|owed|owing|fronted|front) ~3 (plug|dealer|connect|supplier|for_a_pack|for_the_pack|for_product)',
      // "Holding" without an object is street shorthand for keeping product for someone.
      '(holding|holds) for (his|her|their|a|the) ~1 (cousin|brother|boyfriend|girlfriend|friend|dealer|plug|connect|guy|homie|uncle|people)',
      '(drugs|dope|meth|pills|fentanyl|crack) (out_of|from|in) (his|her|their) (room|apartment|tent|car|place|unit)',
    ],
  },
  {
    id: 'offense-other',
    category: 'offense',
    severity: 'high',
    explanation: CRIME,
    patterns: [
      // A trespass warning or notice is an enforcement event, reported as such.
      '(trespass|trespassing|trespassed|trespasser)(?!_(?:warning|warnings|notice|order|admonishment))',
      // Fencing and benefit fraud in plain words.
      '(hustles|hustling|hustled|fences|fencing|fenced) ~2 (phones|bikes|laptops|electronics|tools|catalytic_converters|merch|gift_cards|tablets|power_tools)',
      '(collecting|collects|collected|filed_for|filing_for|getting|gets|on|drawing|draws) ~2 (unemployment|benefits|ssi|ssdi|disability|snap|food_stamps|welfare|tanf) ~6 (under_the_table|off_the_books|paid_in_cash|cash_jobs?|without_reporting|not_reporting|never_reported|has_not_reported)',
      // Receiving stolen property: "didn't know the phone was stolen when he bought it".
      'stolen ~3 (he|she|they) (bought|got|sold|pawned|picked_up|received|traded_for|took)',
      '(camping|camped|camps|slept|sleeping|sleeps) ~5 (after_closing|after_hours|after_dark|past_closing|in_a_closed|in_the_closed|where_camping_is_prohibited|no-camping|no_camping)',
      '(camping|camped|camp) (in|at|on|inside|under) ~2 (the_|a_)?(park|parks|doorway|doorways|sidewalk|playground|school|church|storefront|business|parking_garage|transit_center|station|lot|entryway|vestibule|atm)',
      '(illegal|illegally|unlawful|unlawfully|prohibited) (camping|camped|dumping|parked|squatting|living)',
      '(squatting|squatted|squats) (in|at)',
      '(jumped|jumping|jumps|jump|hopped|hopping|hops|hop|skipped|skipping) ~1 (the_)?(turnstiles?|fare_gates?|fare)',
      "(not_paying|without_paying|never_pays|doesn't_pay|didn't_pay) ~1 (the_)?(fare|bus_fare|for_the_bus|for_the_train|for_light_rail)",
      '(loitering|public_urination|urinating_in_public|peeing_in_public|indecent_exposure|exposing_himself|exposing_herself|lewd_conduct|public_intoxication|drunk_in_public|drinking_in_public|open_container|fare_evasion|jumped_the_turnstile|jumping_the_turnstile|hopped_the_turnstile|aggressive_panhandling|disorderly_conduct|disturbing_the_peace|resisting_arrest|obstruction|obstructing|false_reporting|prowling)',
      // "The bank is investigating the fraud", "she reported the scam": the participant is its victim.
      '(?<!\\bvictims?\\sof\\s(?:\\w+\\s)?)(?<!\\b(?:investigating|investigate|investigates|investigated|reported|report|reporting|reports|disputing|disputed|dispute|flagged|caught)\\s(?:the\\s|a\\s|an\\s|some\\s)?)(fraud|forgery|forged|forging|counterfeit|counterfeiting|identity_theft|embezzled|embezzlement|(?<!\\b(?:was|were|got|been|being|gets|getting|get)\\s)scammed|scamming|bad_checks|check_fraud|credit_card_fraud|food_stamp_fraud|ebt_fraud|welfare_fraud|benefit_fraud|sold_his_ebt|sold_her_ebt|sold_their_ebt|selling_his_ebt|selling_her_ebt)',
      // Credit, filings or checks in another person's name: "opened a card in his dad's name".
      "(opened|opening|opens|took_out|taking_out|filed|filing|files|claimed|claiming|applied_for) ~3 (in|under|using) (his|her|their)? (someone_else's|somebody_else's|a_stranger's|a_fake|a_false|\\w+'s) (name|ssn|identity|social_security_number)",
      '(cashed|cashing|cashes|spent|spending|used|using|took|taking|pawned|pawning) ~5 without_(her|his|their)_(knowing|knowledge|permission|consent)',
      // Going into what belongs to strangers: "getting into people's storage units at night".
      "(getting|got|gets|going|went|goes|sleeping|slept|breaking|broke) (into|in) (people's|other_people's|someone's|somebody's|strangers'|a_stranger's|neighbors'|the_neighbors') ~1 (storage_units?|units|cars|garages|sheds|houses|homes|trucks|yards|rooms|boats|rvs|lockers)",
      "(went|goes|going|digging|dug|rifling|rifled|rummaging|rummaged) (through|in|into) (a|someone's|somebody's|a_woman's|a_man's|a_stranger's|people's|\\w+'s) ~1 (purse|purses|wallet|wallets|bag|bags|pockets|backpack|backpacks|locker|lockers|drawers|dresser)",
      "(cleaned_out|cleaning_out|cleared_out|clearing_out|raided|raiding|broke_into|breaking_into) (the|a|his|her|their|\\w+'s) ~2 (donation_box|donation_jar|donation_bin|tip_jar|register|till|cash_box|collection_plate|petty_cash|cash_drawer|coin_box|parking_meter|vending_machine|poor_box)",
      "(ran_up|running_up|runs_up|racked_up|racking_up|maxed_out|maxing_out|hit_up) ~3 (\\w+'s|someone_else's|somebody_else's|the_company|a_stolen) ~1 (card|credit_card|debit_card|cards|account)",
      "(company|work|business|corporate|employer's|job's) (card|credit_card|gas_card|account) ~3 (personal|himself|herself|themselves|his_own|her_own|their_own)",
      '(caught_on|on) (camera|video|tape|ring_camera|the_ring_camera|security_video|security_footage) ~2 (taking|grabbing|pocketing|swiping|lifting|stealing|breaking|climbing|going_through|tagging|smashing|walking_off|walking_out|running_off|prying|spray-painting)',
      // Diverted prescriptions sold on, and drugs grown or made for sale.
      '(sells|sold|selling|sell|trades|traded|trading|flips|flipped|flipping) ~5 (suboxone|subs|strips|methadone|scripts|script|prescriptions?|meds|medications?|doses|adderall|xanax|oxy|oxys|percs) (to|for)',
      '(grew|grows|growing|grow|cooked|cooks|cooking|pressed|presses|pressing|made|makes|making) ~4 ({DRUG}|weed|pot|marijuana|plants|mushrooms|shrooms|pills|bars|blues) ~4 to_sell',
      // Damage to a room: "tore up the bathroom", "trashed his motel room".
      '(tore|tearing|tears|trashed|trashing|wrecked|wrecking) (up|apart) (the|a|his|her|their) ~1 (bathroom|room|unit|place|apartment|lobby|office|restroom|motel_room|hotel_room|cell|kitchen|car)',
      '(peeping|peeped|peeking_into|peeked_into|peeping_tom|voyeurism)',
      '(panhandling|panhandles|panhandled|begging) aggressively',
      'aggressively (panhandling|panhandles|panhandled|begging)',
      // Taking part in someone else's theft: the driver, the lookout, the one caught in the act.
      '(drove|driving|drives|waited_in_the_car|kept_watch|kept_lookout|stood_watch|watched_the_door) ~3 (while|as|when) ~4 (robbed|robbing|broke_into|breaking_into|stole|stealing|held_up|holding_up|shoplifted|boosted|cleaned_out)',
      '(caught|busted|filmed) (him|her|them) (shoplifting|stealing|lifting|boosting|breaking_into|tagging|climbing_(over|into|through|the_fence|a_fence|the_gate|in)|sneaking_(in|into)|trespassing|prowling|trying_to_(steal|take|break_in|walk_out))',
      "(got|gets|getting) (his|her|their) hands_on (someone's|somebody's|someone_else's|somebody_else's|a_stranger's|\\w+'s) ~1 (card|credit_card|debit_card|checkbook|ebt_card|wallet|purse|id|checks)",
      '(committed|commits|committing) ~2 (a_)?(crime|crimes|offense|offenses|felony|felonies|misdemeanor)',
      '(criminal|illegal|unlawful) (activity|activities|conduct|behavior|behaviour|acts?)',
      '(broke|breaking|breaks|broken) the_law',
      // Bought for next to nothing from a cart or a stranger: receiving, even in the passive ("was bought for $20").
      '(bought|buys|buying|got|gets|paid) ~4 (for_)?(\\$\\d+|cheap|next_to_nothing|a_few_bucks|a_twenty|pennies) ~2 (out_of|off|from) (a|some|the) ~1 (shopping_cart|trunk|guy|stranger|tweaker|dude|camp|booster)',
      // Entering through a window or vent, or into a locked place: "got into a locked church basement".
      "(got|gets|getting|went|goes|going|climbed|climbing|climbs|crawled|crawling|entered|entering|enters|broke|breaking|snuck|sneaking|sneaks|slipped|slipping) (in|into|inside)? ~4 (through|via) (a|an|the|someone's|somebody's|\\w+'s) ~2 (window|windows|vent|crawlspace|crawl_space|skylight|doggy_door|dog_door|basement_window|back_window|side_window|bathroom_window|loading_dock|roof_hatch)",
      "(got|gets|getting|went|goes|going|snuck|sneaking|sneaks|let_himself|let_herself|let_themselves|climbed|climbing) (into|in_to|inside|in) (a|an|someone's|somebody's) ~1 (locked|closed|fenced|fenced-in|gated|private|off-limits|restricted|boarded-up|chained) ~2 (building|basement|room|office|area|yard|garage|warehouse|lot|site|house|church|school|gym|pool|storage|shed|unit|lobby|stairwell|roof)",
      // Damage done on purpose: "flooded the shelter bathroom on purpose".
      '(flooded|flooding|floods|clogged|clogging|clogs|broke|breaking|smashed|smashing|damaged|damaging|ruined|ruining|wrecked|wrecking|trashed|trashing|destroyed|destroying|plugged|stuffed|dumped|poured|spilled|cut|cutting|tore|ripped|burned|burnt|scratched|keyed|flattened|dented|unplugged|pulled) ~5 (on_purpose|deliberately|intentionally|purposely|purposefully|out_of_spite|for_revenge|to_get_back_at)',
      // Benefit fraud: "double-dipping on SNAP in two counties".
      '(double-dipping|double_dipping|double-dipped|double_dipped|double-dips|double-dip|double_dip) ~3 (snap|benefits|ebt|unemployment|ssi|ssdi|assistance|food_stamps|welfare|tanf|medicaid|two_counties|two_states|both_counties|both_states|two_programs)',
      '(collecting|collects|collected|getting|gets|got|receiving|receives|received|claiming|claims|claimed|drawing|draws|on) ~3 (benefits|snap|ebt|ssi|ssdi|unemployment|welfare|food_stamps|assistance|tanf) (in|from|under) (two|both|multiple|three|several) (counties|states|offices|programs|places|names|accounts)',
      // Running a con on people: "ran a game on some tourists".
      '(ran|running|runs|run|pulled|pulling|pulls|pull|worked|working|works) (a|the|his|her|their|some|this|that|an_old) ~1 (game|games|con|cons|scam|scams|hustle|hustles|grift|grifts|number|shell_game|three-card_monte|long_con|short_con|trick|racket) on (some|a|an|the|two|three|these|those|older|old|elderly|unsuspecting)? ~1 (tourists|tourist|people|folks|guys|man|woman|lady|ladies|dude|customers|shoppers|marks|mark|seniors|riders|passengers|johns|kids|students|visitors|drivers|stranger|strangers|him|her|them|everyone|guy|couple|grandma|grandpa)',
      // Selling untaxed or bootleg goods, running numbers: "sells loosies outside the corner store".
      '@sell|hawk|push|peddle|move|sling ~2 (loosies|loose_cigarettes|loose_cigs|loose_smokes|untaxed_cigarettes|untaxed_cigs|bootleg_\\w+|counterfeit_\\w+|knockoff_\\w+|knock-off_\\w+)',
      '(running|ran|runs|run) (numbers|a_numbers_racket|a_numbers_game|a_gambling|gambling|a_betting|betting|a_book|a_dice_game|dice_games|a_craps_game|craps|a_cockfight|cockfights|dogfights|a_dogfight|a_card_game_for_money|an_illegal_\\w+)',
      '(bookie|bookmaking|illegal_gambling|numbers_racket|numbers_runner|dogfighting|cockfighting|shell_game|shell_games|three-card_monte|three_card_monte|3-card_monte)',
      // Sweethearting: a friend at the till rings the participant up for next to nothing.
      '(ring|rang|rings|ringing|rung) (her|him|them|me|people|friends|his_friends|her_friends|family|his_family|her_family|folks) up (for)? (half_price|free|nothing|cheap|a_discount|less|a_fraction|pennies|\\$\\d+)',
      // A place or vehicle that is not theirs: "parks people in a lot he doesn't own".
      "(building|place|apartment|house|property|unit|yard|garage|home|room|hotel|motel|lot|parking_lot|land|space|spot|car|truck|van|bike|boat|rv|trailer) (he|she|they) (doesn't|don't|does_not|didn't|did_not|no_longer) (live|lives|belong|have_a_key|rent|stay|own|owns|have_rights_to|manage|work_for)",
      // Subsidised housing sublet for profit: "renting out her subsidized unit on Airbnb".
      '(renting|rented|rents|rent|subletting|sublet|sublets|subleasing|subleased|leasing|leased|airbnbing|listing|listed) (out)? (her|his|their|the) ~1 (subsidized|subsidised|section_8|section-8|public_housing|voucher|hud|low-income|income-restricted|supportive|housing_authority|permanent_supportive) ~1 (unit|apartment|place|room|housing|studio)?',
      "(renting|rented|rents|subletting|sublet|sublets|subleasing|subleased|listing|listed) ~4 (on|through|via) (airbnb|vrbo|craigslist|facebook_marketplace|offerup) (?=.{0,80}\\b(?:subsidi[sz]ed|section\\s8|voucher|hud|public\\shousing|supportive|isn't\\shis|isn't\\sher|not\\shis|not\\sher|doesn't\\sown)\\b)",
      // Burning things: "burned a couch behind the community center".
      "(burned|burnt|burning|burns|burn) (a|an|the|some|two|someone's|\\w+'s) ~1 (couch|couches|mattress|mattresses|dumpster|dumpsters|tent|tents|car|cars|trash_can|trash_cans|porta-potty|porta-potties|shed|fence|bench|sign|tires|tyres|furniture|garbage_can|recycling_bin|portable_toilet) (behind|in|at|outside|near|under|by|next_to|on|down)",
      // Graffiti nouns: "the tagging was harmless, just some throw-ups under the bridge".
      "(throw-ups|throwups|throwies|tag_crew|tagging_crew|bombing_crew|his_tags|her_tags|their_tags|his_crew's_tag)",
      '(the|his|her|their|some|all_the|that|this) (tagging|graffiti_tagging)(?!_along\\b)',
      // Scams in slang: "finessed some old lady out of $500", "catfished a man for gift cards", "a money mule".
      '(?<!\\b(?:was|were|got|been|being|get|gets|getting)\\s(?:\\w+ly\\s)?)(finessed|finessing|finesses|finesse|conned|conning|scammed|scamming|hustled|hustling|swindled|swindling|cheated|cheating|tricked|tricking|duped|duping|fleeced|fleecing|bilked|bilking|gypped|catfished|catfishing) (a|an|some|the|his|her|their|two|three|old|elderly|this|that|people|folks)? ~2 out_of',
      '(catfished|catfishing|catfishes|catfish) ~8 (send|sending|sent|money|gift_cards|cash|wire|venmo|cash_app|pay|paying|paid)',
      '(money_mule|mule_account|cash_app_flips?|cashapp_flips?|flip_scams?|flipping_scams?|gift_card_scams?|romance_scams?|check_scams?|phishing|sweepstakes_scams?|lottery_scams?|grandparent_scams?)',
      // Fake papers without a verb: "had someone make her a fake Social Security card".
      "(?<!\\b(?:given|sent|handed|mailed|received|receiving|got|gets|getting|paid_with|paid_in|victim_of)\\s(?:a\\s|an\\s|some\\s|the\\s|two\\s)?)(fake|forged|counterfeit|phony|bogus|doctored|photoshopped) (social_security|ss|id|ids|driver's_license|drivers_license|license|passport|green_card|birth_certificate|vaccination|vaccine|covid|insurance|disability|handicap|parking|ebt|benefits|work|employment|paystubs?|pay_stubs?|diploma|degree|doctor's|prescriptions?|scripts?|badge|uniform|permit|placard|registration|tabs|plates|title|lease|receipts?|checks?|money|bills|twenties|hundreds|bus_pass|orca|transit_pass|parking_pass|parking_passes)",
      // Benefits traded for cash: "let a friend use his EBT card in exchange for cash".
      '(ebt|snap|food_stamps|ebt_card|snap_card|benefits|bus_pass|orca_card|disability_placard|handicap_placard|medicaid_card) ~4 (for_cash|in_exchange_for_cash|in_exchange_for_money|for_money|for_\\$\\d+|for_half|for_fifty_cents|for_drugs|for_pills|for_a_cut|for_dope|for_weed)',
      // Public order in plain words: "pees in the alley", "exposed himself", "blocking the door until they give him money".
      '(pees|pee|urinates|urinate|poops|poop|defecates|defecate) (in|on|behind|outside|against|into)(?!_(?:the_|a_)?(?:bathroom|restroom|toilet|bathrooms|restrooms|urinal|porta-potty|porta_potty|bucket|cup)\\b) ~4 (doorway|doorways|street|sidewalk|public|alley|alleys|park|lobby|stairwell|bus_shelter|station|entrance|building|wall|store|elevator|train|bus|church|school|dumpster|fence|parking_lot|playground|business|shop|restaurant|porch|yard|library|garage|bushes|creek)',
      '(exposed|exposes|exposing|flashed|flashes|flashing) (himself|herself|themselves|his_genitals|her_genitals|his_privates|her_privates)',
      "(blocking|blocked|blocks|block|standing_in|stood_in|following|followed|follows) (the|a|people's|their|shoppers'|customers') ~2 (door|doors|doorway|entrance|exit|way|path|sidewalk|cars?|people|shoppers|customers) ~5 (until|unless|till|'til) ~3 (give|gives|gave|pay|pays|paid|hand|hands|handed|cough_up)",
      '(dumping|dumped|dumps|dump|throwing|threw|throws|tossing|tossed) ~4 (trash|garbage|bags_of_trash|waste|needles|mattresses?|tires|oil|paint|junk) (in|into) (the|a) ~1 (creek|river|lake|stream|sound|bay|wetland|woods|ravine|storm_drain|drain)',
      // Named as the one doing it: "he's the one taking their propane tanks".
      "(he's|she's|they're|he_is|she_is|they_are|he_was|she_was|they_were|it's|it_was|it_is) the_(one|ones|person|guy|girl) (who's|who_has|who_have|who_had|who|that)? (been)? (taking|took|stealing|stole|swiping|swiped|breaking_into|broke_into|grabbing|grabbed|going_through|went_through|tagging|tagged|lifting|lifted|jacking|jacked|selling|sold|dealing|dealt|smashing|smashed|slashing|slashed|keying|keyed|stripping|stripped|boosting|boosted|racking|racked|emptying|emptied|cutting|cut|pawning|pawned)(?!_(?:care|the_lead|notes|charge|the_initiative|time|classes|the_class|(?:his|her|their)_meds|me|us|him|her|them|the_bus|the_train|over|a_break|out_the_trash|the_trash_out)\\b)",
      // Trespass by climbing in: "jumping fences into the self storage at night".
      '(jumping|jumped|jumps|jump|hopping|hopped|hops|hop|climbing|climbed|climbs|climb|scaling|scaled|scales|scale|cutting|cut|cuts) (over)? (the|a|that|some|two|several|their|barbed|razor)? ~1 (fence|fences|gate|gates|wire|barrier|wall) (into|behind|to_get_into|to_get_in|to_sleep|to_steal|to_take|at_night|after_hours|after_dark|after_closing|and_(went|got|slept|sleeps|goes|gets|took|grabbed|stole))',
      // Theft of services: "tapping into the electric box to run power to his RV".
      "(tapping|tapped|taps|tap|splicing|spliced|splices|hooked|hooking|hooks|rigged|rigging|rigs|jumped|jumping) (into|in_to|up_to|onto|off|off_of) ~3 (electric|electrical|power|utility|street_?light|light_pole|junction|breaker|neighbou?r's|city's|building's|outlet|meter|power_lines?|cable|gas_line|water_line|hydrant|transformer)",
      // Identity and benefit fraud: "signed up for unemployment under his brother's name".
      "(unemployment|benefits|snap|ebt|food_stamps|ssi|ssdi|welfare|a_loan|loans|payday_loans?|credit|credit_cards?|a_credit_card|tax_returns?|refunds?|stimulus|checks|a_lease|an_account|accounts) ~3 (in|under|using) (his|her|their)? (someone_else's|somebody_else's|a_stranger's|a_fake|a_false|fake|false|made-up|\\w+'s) (name|names|ssn|identity|social_security_number|social|info|information|id)",
      "(signed_up|signs_up|signing_up|sign_up|applied|applies|applying|apply|filed|files|filing|claimed|claims|claiming|collected|collecting|collects|cashed|cashing|got|gets|getting|opened|opening) ~4 (in|under|using) (his|her|their)? (someone_else's|somebody_else's|a_stranger's|a_fake|a_false|fake|false|made-up|dead|\\w+'s) (name|names|ssn|identity|social_security_number|social)",
      // Paper fraud: "putting fake names on the sign-in sheet", "turned in a forged doctor's note".
      "(use|used|uses|using|put|puts|putting|give|gave|gives|giving|write|wrote|writes|writing|sign|signed|signs|signing|list|listed|lists|listing|submit|submitted|submits|submitting|made_up|making_up|makes_up|make_up|fill_in|filled_in|filling_in|provide|provided|provides|providing|turn_in|turned_in|turns_in|turning_in|show|showed|shows|showing|hand_in|handed_in|handing_in|print|printed|prints|printing|make|made|makes|making) ~3 (fake|false|made-up|phony|bogus|forged|doctored|altered|photoshopped) (names?|ids?|identities|addresses|signatures|receipts|documents|paperwork|info|information|pay_stubs|paystubs|doctor's_notes?|notes?|letters?|leases?|income|ssns?|tickets|prescriptions?|scripts?|checks?|bills)",
      // Impersonation scams: "calling old people pretending to be from the IRS".
      '(pretending|pretended|pretends|pretend|posing|posed|poses|pose) (to_be|as) ~3 (from|irs|police|cop|cops|officer|agent|social_security|medicare|medicaid|bank|charity|contractor|utility|landlord|veteran|vet|nurse|doctor|lawyer|inspector|collector|employee|worker|staff|official|representative|rep|deputy|detective|caseworker|dshs|government)',
      '(impersonating|impersonated|impersonates|impersonate) (a|an|the|police|officers?|cops?|his|her|their|someone)',
      '(fake|phony|bogus|made-up) (sob_story|sob_stories|gas_can|charity|charities|collection|collections|fundraiser|fundraisers|raffle|raffles|cardboard_sign|donation_jar|donation_can|go_fund_me|gofundme|disability|injury|pregnancy|medical_emergency|emergency|veteran_story|rental_listing|listings?)',
    ],
  },
  {
    // "Hasn't been stealing as much": the negation admits the conduct goes on.
    id: 'offense-less-often',
    category: 'offense',
    severity: 'medium',
    explanation: CRIME,
    patterns: [
      "(hasn't|has_not|haven't|have_not|isn't|is_not|wasn't|was_not|aren't|doesn't|does_not|don't|didn't|not) (been)? (shoplifting|stealing|boosting|racking|dealing|slinging|breaking_into_cars|hitting_licks|scamming|shoplift|steal|boost|rack|deal|sling|scam) ~3 (as_much|as_often|so_much|so_often|that_much|that_often|as_many|like_(he|she|they)_used_to|like_before|as_bad|every_day_anymore|as_heavily)",
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
