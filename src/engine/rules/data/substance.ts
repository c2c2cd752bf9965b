import type { RuleEntry } from '../types';

const USE = 'Mentions drug or alcohol use by the participant';
const SIGNS = 'Describes intoxication or withdrawal, which reveals drug or alcohol use';

/**
 * A thing, not a person, as the subject before "was high / loaded / wasted": "her blood pressure was high",
 * "the rent is high", "the gun was loaded". A person noun after the determiner keeps the match.
 */
const THING_SUBJECT =
  "(?<!\\b(?:it|its|this|that|which|what|everything|something|nothing|(?:the|a|an|its|his|her|their|our|my|your|this|that)\\s+(?!(?:participant|client|patient|guy|man|woman|person|kid|gentleman|lady|defendant|resident|young)\\b)[\\w-]+(?:\\s+(?!(?:was|were|is|are|he|she|they|i|we|you|him|them|me|us|said|says|told|tells|thinks|thought|reports|reported|claims|claimed|swears|swore|mentioned|noticed|saw|says|called|texted|worries|worried|knows|knew|heard|found)\\b)[\\w-]+){0,2})\\s+(?:(?:was|were|is|are|been|be|'s|got|gets|seemed|seems|looked|looks|remains|remained|stays|stayed|runs|ran|has\\s+been|had\\s+been|have\\s+been)\\s+)?(?:\\w+ly\\s+|really\\s+|very\\s+|so\\s+|too\\s+|pretty\\s+)?)";
/** "High on the list", "high on the idea": ranking and enthusiasm, not intoxication. */
const NOT_RANKING =
  '(?!_(?:on_(?:the_|a_|his_|her_|their_)?(?:list|waitlist|wait_list|priority|idea|ladder|scale|rankings?|registry|queue|life|hope|chart|shelf)|priority|risk|enough|school|up|in_demand|five|fives|hopes|spirits)\\b)';
/** Street names that are also first names: "now that Tina has gone missing" names a person, not meth. */
const NAME_NOT_DRUG =
  "(?!(?<=\\b(?:tina|molly|crystal|mary_jane|charlie|christina|candy|ice))\\s+(?:has|had|is|was|and|said|says|told|called|'s|who|came|went|will|would|asked|wants|needs|got|left|lives|texted|mentioned)\\b)";
/** "Help Molly with her forms", "told Crystal": the street name used as a person's name. */
const NAME_GUARD =
  "(?!(?<=\\b(?:help|helped|helping|call|called|calling|met|meet|meeting|tell|told|ask|asked|saw|see|seen|visit|visited|drove|texted|emailed|and|with|for|to|from|by|dear|hi|hello|thanks|ms\\.?|mrs\\.?|miss|aunt|sister|mom|daughter|cousin|named|client|that|when|if|because|while|where)\\s+)(?:tina|molly|crystal|candy|charlie)\\b)(?!(?:tina|molly|crystal|candy|charlie)(?:'s|\\s+(?:has|had|is|was|and|said|says|told|called|who|came|went|will|would|asked|wants|needs|got|left|lives|texted|mentioned|with|for|to|about)\\b))";
/** "Hammered by bills", "lit up by his supervisor", "messed up about his mom": not intoxication. */
const NOT_FIGURATIVE = '(?!_(?:by|over|about|for_being|up_by|up_about|up_over|into|in_the_head)\\b)';
/** Slurred speech explained by a medical cause. */
const NOT_MEDICAL =
  '(?![^.;!?]{0,50}\\b(?:stroke|seizures?|medications?|meds|tbi|brain|dental|teeth|dentures|palsy|parkinson\\S*|disability|neurolog\\w*|condition|diagnosis|surgery|anesthesia|dialysis|procedure|flu|fever|sick|illness|tired|exhausted|sleep|migraine|concussion|infection|hospital|wisdom)\\b)';
/** Vaccines and clinic shots: "had two shots at the clinic, flu and COVID". */
const NOT_VACCINE =
  '(?![^.!?]*\\b(?:clinic|flu|covid|vaccines?|vaccinated|vaccinations?|booster|tetanus|immuniz\\w*|pharmacy|doctor|nurse|injections?|b12|insulin|allergy)\\b)';
/** "Drinks tea every morning": a drink that is not alcohol. */
const NOT_SOFT_DRINK =
  '(?!_(?:\\S+_)?(?:water|tea|coffee|juice|soda|milk|gatorade|electrolytes|pop|kombucha|smoothies?|shakes?|ensure|energy_drinks?|lemonade|cocoa|hot_chocolate)\\b)';
/** "Her PO asked whether she's been drinking": someone's question, not a reported use. */
const NOT_ASKED =
  "(?<!\\b(?:asked|asks|asking|ask|wondered|wonders|wondering|questioned|checked|checking|checks|screened|screening)\\s+(?:(?:me|him|her|them|us|you)\\s+)?(?:if|whether|about)\\s+(?:[\\w']+\\s+){0,3})";
/** "Kept his apartment clean for two weeks", "her record has been clean since 2019": not sobriety. */
const NOT_OBJECT_CLEAN =
  '(?<!\\b(?:kept|keeps|keep|keeping|record|records|history|background|room|apartment|unit|place|house|space|nose|car|roof|basement|floor|tent|area|yard|kitchen|bathroom|clothes|laundry|sheets|file|slate|rap\\s+sheet|paperwork|weather|ground|wound|cut|site|bandage|dishes|ceiling|wall|walls|attic|carpet|bed)\\s+(?:\\S+\\s+){0,3})';
/** Alcohol as something had or drunk ("had a few beers", "has wine with dinner"); bare "shots" may be vaccines. */
const ALCOHOL =
  '(drinks|a_drink|beers?|a_beer|wine|a_glass_of_wine|glasses_of_wine|(a_few|two|three|four|five|some|several|a_couple_of|a_couple|\\d+)_shots|shots_of_\\w+|tallboys?|a_forty|forties|a_fifth|fifths|a_pint|pints|cocktails?|margaritas?|mimosas?|whiskey|vodka|tequila|rum|gin|liquor|booze|alcohol|champagne|brews?|white_claws?|hard_seltzers?|seltzers|a_six-pack|a_twelve-pack|malt_liquor|mixed_drinks)';
/** Cannabis and other drugs eaten: "took an edible", "ate a weed gummy". */
const EDIBLE =
  '(an_edible|edibles?|(weed|pot|thc|cannabis|marijuana|special|magic|mushroom|shroom|cbd_and_thc)_(gumm(y|ies)|brownies?|cookies?|candy|candies|chocolates?|edibles?|bars?|tea|chews?))';
/** One dose of a smoked, snorted or vaped drug: "a hit off the pipe", "a bump", "a couple of lines". */
const DOSE =
  '(hits?|pulls?|drags?|puffs?|tokes?|rips?|bong_rips?|bumps?|lines?|rails?|dabs?|a_hit|a_bump|a_line)';
/** Where street drugs and diverted pills come from. */
const STREET_SOURCE =
  '(guy|dude|someone|somebody|people|dealers?|plug|connect|the_street|the_streets|friends?|(his|her|their)_ex|an_ex|co-?workers?|neighbou?rs?|classmates?|roommates?|cousins?|girl|woman|man|lady|strangers?|folks|(the|a)_(camp|encampment|shelter|block|corner|bus_stop|park|motel|jungle|tent|squat|trap|trap_house)|online|the_internet|(his|her|their)_(boy|homies?|guy|friends?|buddy|buddies|dealer|plug|connect))';

export const SUBSTANCE_RULES: readonly RuleEntry[] = [
  {
    id: 'substance-use-drug',
    category: 'substance',
    severity: 'high',
    explanation: USE,
    patterns: [
      `@use|smoke|snort|inject|shoot|drink|take|pop|do|buy|cop|score|try|bang|slam|sniff|huff|chug|guzzle|toke|dab|sip|purchase|vape|mix|combine ~2 {DRUG}${NAME_NOT_DRUG}`,
      '@mix|combine ~2 ({DRUG}|{RX}) (and|with) ~1 ({DRUG}|{RX})',
      '(getting|gets|got|get|buys|buying|bought|scores|scoring|cops|copping) (his|her|their|the|some) ({DRUG}|{STREET}) (from|off)',
      // Slang that is also an everyday word counts only right after a use or buy verb: "smoking glass", "scores down".
      '@smoke|snort|shoot|slam|bang|sniff|cop|score|chase|sip (some_|a_little_)?{STREET}',
      `${THING_SUBJECT}(hitting|hit|hits|on|back_on|started_back_on|got_back_on|been_on) (the_)?(glass|pipe|stem|rig|needle|foil|bottle|sauce|shard|ice|rock|hard|blow|powder|dope|fent|fetty|boy|tar|lean)(?!_(?:of|to|for|door|window|case|table|floor|bridge|road|menu|line|list|way|team|job|market|by|times|financially|emotionally|when|after|this|that|with|enough)\\b)`,
      `{DRUG}${NOT_SOFT_DRINK} ~2 (on_(the_)?weekends?|every_(night|day|weekend|morning)|a_day|a_night|per_day|nightly|each_night|most_nights|most_days|here_and_there|now_and_then)`,
      '(shot|shooting|shoots)_up',
      '@smoke (meth|crack|weed|pot|dope|fentanyl|fent|a_bowl|a_blunt|a_joint)',
      `had (a|some|any|a_few|several|two|three|four|five|six|\\d+|a_couple) (drinks|beers|shots|tallboys|hits|lines|bumps|pulls)(?!_of_(?:water|coffee|tea|juice|soda|milk|pop|gatorade)\\b)${NOT_VACCINE}`,
      '{DRUG} (use|using|habit|binge|relapse)',
      '(grams?|a_gram|half_a_gram|an_eight_ball|eight_balls?|points?|bags?|bundles?|a_bundle|a_fifth|fifths|a_pint|pints|a_handle|a_case|a_twelve-pack|a_30-rack|a_bottle|bottles) ~3 (a_day|per_day|a_night|daily|every_day|a_week|every_night|each_day)',
      // "going through a gram a day", "burns through a fifth".
      '(going|goes|went|gone|burning|burns|burned|burnt|runs|running|ran|plowing|blowing) through ~3 (grams?|a_gram|half_a_gram|an_eight_ball|eight_balls?|points?|bags?|bundles?|a_bundle|fifths?|a_fifth|pints?|a_pint|a_handle|handles|bottles?|a_bottle|a_case|cases|packs?|a_pack|tallboys|{DRUG})',
      '(gram|grams|bag|bags|bundle|point|points|hit|hits|line|lines|bump|bumps|pull|pulls|fifth|pint|bottle|bottles|can|cans|case) of {DRUG}',
      `(only|just|one|a_single|a_couple_of|a_few|two|three|couple_of|some|few) (beers?|shots?|drinks?|hits|(?<!(?:only|just)\\s)hit|lines?|bumps?|tallboys?|glasses_of_wine|glass_of_wine)(?!_of_(?:water|coffee|tea|juice|soda|milk|pop)\\b)${NOT_VACCINE}`,
      // Alcohol had somewhere or with someone: "had a few beers at the barbecue", "has wine with dinner".
      `@have ~2 ${ALCOHOL} (with|at|in|on|before|after|during|over|outside|inside|behind|around|for) [^\\s;:!?,.]+${NOT_VACCINE}`,
      `(ate|eat|eats|eating|eaten|take|takes|took|taken|taking|had|pop|pops|popped|popping|did|does|do|doing|try|tries|tried|trying|shared|sharing|split|splitting) ~1 ${EDIBLE}`,
      // "took a hit off the pipe", "had a couple of bumps from her friend", "snuck a pull off his vape".
      `@take|get|have|hit|sneak|snag|bum|grab ~2 (a|another|one|two|three|a_couple|a_couple_of|a_few|some|the_first|his_first|her_first|few|several) ${DOSE} (off|of|from|out_of)`,
      // Drugs or pills from a street source: "getting Xanax from a guy at the shelter", "bought Subs off someone".
      `@get|buy|cop|score|grab|pick_up|take ~2 ({DRUG}|{RX}|${EDIBLE}) (from|off|off_of|at|through) ~3 ${STREET_SOURCE}`,
      // "been on tina all week", "was on heroin back then", "he's on the dope again".
      `${THING_SUBJECT}(been|is|was|were|he's|she's|they're|got|gets|getting|stays|stayed|staying) (on|back_on|off_and_on) (the_)?({DRUG}|glass|dope|fent|fetty|tar|blues|down|the_sauce)(?!_(?:tests?|testing|strips|charges?|case|policy|panel|screen|duty|the_menu|ice_time)\\b)`,
      // A kind of user: "an everyday drinker now", "a daily weed smoker".
      '(everyday|every-day|daily|heavy|hard|big|binge|problem|weekend|morning|nightly|functional|functioning|secret|closet|regular|steady|social|constant|chronic) (drinker|drinking|user|using)(?!_of_(?:the|our|services|resources|transit|the_library)\\b)',
      '(weed|pot|meth|crack|dope|heroin|fentanyl|fent|coke|iv|intravenous|cannabis|marijuana|pill|opioid|opiate|benzo|alcohol|xanax|daily_cannabis) (smoker|user|head|addict|habit)',
      // "a little too into the wine lately", "really into pills these days".
      '(too|really|heavily|deep|way|back|pretty|super) into (the_)?({DRUG}|glass|dope|fent|fetty|the_sauce)',
      // Money spent on drugs: "blew his whole check on dope", "spending everything on crack".
      '@blow|spend|waste|drop|burn ~4 on ({DRUG}|dope|glass|fent|fetty|the_bottle|a_bag|bags|a_sack)',
      '(tripping|tripped|trips|trip|rolling|rolled|peaking|peaked|zonked|wired|amped|jacked|buzzing) (on|off) ~1 ({DRUG}|{RX}|something|shrooms|mushrooms|acid|molly|pills|dope)',
      // Chat intensifiers: "he was so cooked at drop in", "she was hella faded".
      `${THING_SUBJECT}(was|is|'s|looked|looks|seemed|seems|been|he's|she's|they're|got|gets|getting) (so|mad|hella|super|way|completely|totally|fully|absolutely|pretty|too|straight|real|lowkey|highkey) (cooked|baked|tore_up|lit|faded|zooted|wrecked|toasted|twisted|messed_up|fucked_up|out_of_it|high|drunk|wasted|buzzed|loaded|blasted|spun|geeked|sauced|hammered|smashed|plastered|stoned|trashed|tweaking|tweakin)${NOT_FIGURATIVE}`,
      // "took something before group", "popped something before court".
      '@take|pop|do|use|smoke|snort ~1 something (before|at|during|prior_to|right_before) (group|court|work|class|the_hearing|(the|our|his|her|their)_(meeting|session|appointment|check-in|group|shift|hearing|interview|visit|ua|test))',
      // "hitting the bong", "ripping his dab pen", "hitting his vape pen all day, it's THC".
      '(hitting|hit|hits|ripping|rips|ripped|puffing|puffs|puffed|smoking|smoked|smokes|passing|passed) (the_|his_|her_|their_|a_|some_)?(bong|bongs|blunts?|joints?|dab_rig|dab_pen|one-hitter|one_hitter|thc_pen|weed_pen|carts?|thc_carts?|wax_pen|piece)',
      '(?=[^.!?]*\\b(?:thc|weed|carts?|marijuana|cannabis|wax|dabs?|kush|pot)\\b)(hitting|hit|hits|ripping|rips|ripped|puffing|puffs|puffed) (the_|his_|her_|their_|a_)?(vape|vape_pen|pen|vapes)',
      // Experimenting: "dabbling with pills again", "messing around with meth".
      '@dabble|experiment|mess_around|play_around|fool_around|mess ~1 (with|in) ~2 ({DRUG}|{RX}|{STREET})',
      '(dabbling|dabbled|dabbles|dabble) (again|a_bit|a_little|here_and_there|on_weekends|now_and_then|off_and_on|on_and_off)',
    ],
  },
  {
    id: 'substance-intoxication',
    category: 'substance',
    severity: 'high',
    explanation: SIGNS,
    patterns: [
      `${THING_SUBJECT}(was|were|been|is|got|gets|getting|get|'s) (high${NOT_RANKING}|drunk|loaded|wasted(?!_(?:time|money|food|effort|energy|days|hours|resources|a_lot|no_time|his|her|their|my|our|the|a)\\b)|buzzed(?!_(?:in|into|through|up)\\b)|lit|tipsy|faded|blasted|hammered|smashed|stoned|intoxicated|impaired|messed_up|fucked_up|tore_up|torn_up|trashed|wrecked|plastered)${NOT_FIGURATIVE}`,
      `${THING_SUBJECT}(high${NOT_RANKING}|loaded|wasted) (on|when|at|during|while|again|and)`,
      // Chat slang for being intoxicated: "she was on one", "he's on one again today".
      "(was|were|is|are|been|'s|seemed|seems|looked|looks|acting|came_in|showed_up|he's|she's|they're) ~1 on_one(?=\\s*(?:$|[^\\w\\s'])|\\s+(?:today|tonight|yesterday|again|when|at|during|all|this|last|since|and|but|earlier|lol|fr|tbh|smh|rn|in|before|after|while|every|most|so|bc|because|ngl|lmao|for_(?:days|hours|a_while|the_whole))\\b)",
      // "drunk-texting me at 3 a.m.", "drunk-dialed his ex".
      'drunk-(texting|texted|texts|text|dialing|dialed|dials|dial|calling|called|calls|call|posting|posted|crying|fighting|rambling|ranting|shopping|messaging|messaged|facetiming|facetimed|voicemails?|messages)',
      '(drunk|intoxicated|stoned|hungover|hung_over|tipsy|inebriated|blackout_drunk|blacked_out|sloshed|shitfaced)(?!_(?:driving|driver|drivers|tank)\\b)',
      `${THING_SUBJECT}(came|comes|come|coming|showed_up|shows_up|show_up|arrived|arrives|was|were|seemed|seems|looked|looks|appeared|sounded|acting) ~2 (high${NOT_RANKING}|loaded|wasted|impaired|out_of_it|on_something)${NOT_MEDICAL}`,
      'under_the_influence',
      '(in_a_blackout|blackout_drinking|blacking_out|blacked_out_drunk)',
      `(speech|words) (was|were|is|are|sounded|came_out) ~1 (slurred|slurring|thick|garbled)${NOT_MEDICAL}`,
      `(speech|words) (was|were|kept|keep|are|is) (running|ran|run|blurring|blurred|all_slurred|mushed|mumbled) (together|into_each_other)${NOT_MEDICAL}`,
      '(could|can)_barely (stand|walk|keep_(his|her|their)_eyes_open|stay_awake|talk|form_a_sentence)',
      '(smelled|smelling|smells|reeked|reeking|reeks) ~2 (of|like) ~1 (alcohol|booze|liquor|weed|marijuana|pot|beer|wine|vodka|whiskey|a_brewery|a_bar|meth|crack)',
      '(shared|sharing|shares|split|splitting|passed_around|passing_around|killed|finished|downed|polished_off) (a|the|two|some|another) ~1 (bottle|fifth|pint|handle|case|six-pack|twelve-pack|joint|blunt|pipe|bowl|rig|needle|forty|40)',
      '(buying|bought|buys|copping|copped|scoring|scored) (from|off) ~3 (guy|dealer|plug|connect|someone|somebody|people|a_guy)',
      '(burnt|burned|blackened|bent) (spoons?|foil)',
      '(cooking|cooked|cooks) (spoons?|a_spoon|a_shot|dope|a_hit)',
      '(cookers|cottons|tourniquets?|tie-offs?|push_rods?|chore_boy|crack_pipes?|meth_pipes?|glass_pipes?|used_needles|used_syringes)',
      "(using|used|taking|took|takes|uses) ~2 (old|expired|leftover|someone_else's|another_person's|borrowed) (prescription|script|pills|meds|medication)",
      `(slurring|slurred_(his|her|their)_(speech|words)|slurred_speech|stumbling_drunk|staggering|unsteady_on_(his|her|their)_feet|glassy-eyed|pinned_pupils|pinpoint_pupils|smelled_like_a_brewery|high_as_a_kite|blazed|tore_up|messed_up_on)${NOT_MEDICAL}`,
      '(smelled|smelling|smells|reeked|reeking|odor|smell) (of|like) (alcohol|booze|liquor|weed|marijuana|pot|beer)',
      '(alcohol|booze|liquor|weed|marijuana) on_(his|her|their)_breath',
    ],
  },
  {
    id: 'substance-use-bare',
    category: 'substance',
    severity: 'high',
    explanation: USE,
    patterns: [
      `${NOT_ASKED}(is|was|were|been|be|started|start|starts|keeps|kept|still|began|he's|she's|they're|admitted|admits|caught|resumed|continues|continued|been) using(?!_(?:the|a|an|his|her|their|my|our|this|that|public|it|its|some|her|him|them|what|services|resources|transit|tools|skills|coping|the_bus|\\w+_(?:card|phone|app))\\b)`,
      'using (again|daily|heavily|regularly|every|most|on_weekends|on_the_weekends|off_and_on|intravenously|iv)',
      'used (on|last|again|over|this|that|yesterday|friday|saturday|sunday|monday|tuesday|wednesday|thursday|twice|once|heavily|daily|before|after|while)',
      '(?<=\\b(?:he|she|they|client|participant|pt|ct)\\s(?:(?:only|still|just|now|sometimes|usually|mostly|occasionally|rarely|also|even|probably|definitely|really|mainly|supposedly|reportedly|apparently|admittedly|openly|likely|actually|often)\\s)?)(uses|used|use)(?!_(?:the|a|an|his|her|their|my|our|to|it|some|services|resources|transit|this|that|every_(?!(?:day|night|weekend|morning|evening|afternoon|payday|other_day|few_days)\\b)|all|any|each|whatever|what|them|those|these|both|public|online|tools|skills|coping|words?|humor|art|music|sports|exercise|prayer|food|(?:\\w+_)?(?:apps?|phones?|cards?|passes|pass|computers?|bikes?))\\b)',
      `${NOT_ASKED}(drinking|drinks|drank|drink) (again|daily|heavily|every|on|at|with|alone|all|most|beer|wine|vodka|liquor|a_lot|too_much|to_cope|until|till|before|after|in|outside)(?!_(?:\\S+_){0,4}?(?:water|tea|coffee|juice|soda|milk|gatorade|electrolytes|pedialyte|pop|kombucha|smoothies?|shakes?|ensure|energy_drinks?|sports_drinks?|soft_drinks?|protein_drinks?|lemonade|cocoa|hot_chocolate)\\b)`,
      `${NOT_ASKED}(?<=\\b(?:he|she|they|he's|she's|they're|still|only|now|started|been|was|is|were|keeps|kept)\\s)(drinking|drinks|drank)(?!_(?:\\S+_){0,4}?(?:water|tea|coffee|juice|soda|milk|gatorade|electrolytes|pedialyte|pop|kombucha|smoothies?|shakes?|ensure|energy_drinks?|sports_drinks?|soft_drinks?|protein_drinks?|lemonade|cocoa|hot_chocolate)\\b)`,
      "(had|'d_had|'d) (only_)?(a_couple|a_few|one_too_many|too_many|a_couple_of_drinks|a_few_drinks|a_few_beers)(?=\\s*(?:$|[^\\w\\s])|\\s+(?:at|with|before|after|on|in|last|this|then|and|but|too|tonight|yesterday|earlier|over|during|while|first|already|again|when|to|of_(?:drinks|beers|shots|tallboys|glasses|hits|lines|bumps|pills|bars|drinks))\\b)(?![\\w-]|_(?:of_(?:days|hours|weeks|things|questions|times|minutes|bucks|dollars|meetings|appointments|calls))\\b)",
      '(use|uses|used|using) (in_the|in_his|in_her|in_their|at_home|at_the|around|inside|behind|out_back|in_front_of|with_(him|her|them|friends|his|her)|together|alone|at_night|some_nights|on_the_weekends?)',
      '(uses|used|using) (when|whenever|on_(the_)?weekends?|on_(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|paydays?)|every_(day|night|weekend|morning|evening|payday)|most_(days|nights|weekends|mornings)|daily|nightly|socially|recreationally|occasionally|sometimes|here_and_there|now_and_then|once_in_a_while|on_and_off|off_and_on|a_lot|a_little|about|around|roughly|heavier|heavy)(?![\\w-])',
      '(smokes|smoking|smoked|smoke) (weed|pot|marijuana|cannabis|a_joint|joints|blunts|a_blunt|meth|crack|fentanyl|fent|dope|heroin|at_home)',
      '(last|first) (use|used|drink|drank|high)',
      '(used|drank|drunk|had_a_drink|had_a_beer|smoked|touched_(drugs|alcohol|a_drink|meth|heroin|dope|a_drop)) (since|in_(over_)?(a|an|\\d+|one|two|three|four|five|six|several|a_few)_(days?|weeks?|months?))',
    ],
  },
  {
    id: 'substance-drug-mention',
    category: 'substance',
    severity: 'medium',
    explanation: 'Mentions a street drug in connection with the participant',
    record: true,
    patterns: [
      `${NAME_GUARD}(heroin|meth|methamphetamine|crystal_meth|fentanyl|fent|fetty|cocaine|crack|smack|tranq|xylazine|pcp|spice|k2|molly|ecstasy|mdma|lsd|shrooms|ketamine|special_k|ghb|kratom|bath_salts|whippets|nitrous|poppers|inhalants|huffing|lean|sizzurp|dabs|dabbing|crank|shards|roxies|roxys|percs|oxys|xans|blues|m30s|tina|junkie|tweaker|fiend|dopefiend|dope_fiend)(?!_(?:(?:is|are|has_been|have_been)_(?:showing_up|everywhere|being_(?:cut|sold|found|pressed|mixed)|cut|laced|mixed|circulating|going_around|killing|flooding|common|spreading|in_(?:most|many|almost|nearly|the_supply|everything))|test_strips?|strips|testing|use_disorder|disorder|addiction_treatment|treatment|dependence|vaccine|epidemic|crisis|overdoses_in|deaths|prevention|awareness|education|free|possession_arrest|possession_charge|charge|case|arrest)\\b)`,
      "(up_for|awake_for|hasn't_slept_in|hadn't_slept_in|no_sleep_for) ~1 (days|two_days|three_days|several_days|a_few_days)",
    ],
  },
  {
    id: 'substance-relapse',
    category: 'substance',
    severity: 'high',
    explanation: 'Reports a relapse by the participant',
    patterns: [
      '(hitting|hit|hits) (the_)?(pipe|bottle|needle|bong|blunt|rig|dope)',
      '(injecting|injected|snorting|snorted|shooting_up|mainlining|iv_use|iv_drug_use|smoked_out|tweaked_out)',
      "(took|takes|taking|taken|take|used|using|use|borrowed|borrowing|borrow|got|gets|getting|bought|grabbed|swiped|stole|snagged|helped_(himself|herself|themselves)_to) ~3 (his|her|their|a)_(friend|mom|mother|dad|brother|sister|roommate|partner|boyfriend|girlfriend|cousin|grandma|grandmother|uncle|aunt|neighbor|neighbour)'s ({RX}|{DRUG})",
      '(relapse|relapsed|relapses|relapsing)(?!_(?:prevention|plan|risk|triggers)\\b)(?!_into_(?!(?:drinking|using|drugs?|alcohol|heroin|meth|old_habits|addiction|active_use)\\b))',
      '(a|little|small|minor|brief|another|one|short|tiny) (stumble|lapse|slip-up|slipup|misstep)',
      'back_on (the_pipe|the_needle|the_bottle|the_glass|the_rock|the_stem|the_dope|the_sauce|the_juice|{DRUG}|the_{DRUG}|the_{STREET})',
      '(asking|asked|asks) ~3 (foil|straws|tinfoil|pipes|needles|rigs|syringes|stems|a_pipe|a_rig)',
      '(scores|scored|scoring|copping|copped) (down|for_(both|them|him|her)|from|off|dope|drugs)',
      '(pupils|eyes) ~3 (pinpoint|pinned|dilated|glassy|bloodshot)',
      '(dozing|dozed|kept_dozing|falling_asleep|fell_asleep|nodding|nodded) (off_)?(mid-sentence|mid_sentence|during_(our|the|his|her)_(meeting|session|appointment|group))',
      'fell_off_the_wagon',
      '(off|fell_off|falls_off|falling_off|fallen_off) the_wagon',
      '(went|goes|going|gone|been) back_out(?!_(?:to|for|on|into|with|in|the|of|there|again_to|again_for)\\b)',
      '(lost|broke|broken|reset|resetting|restarted|restarting) (his|her|their) (sobriety|clean_time|clean_date|sober_date|sobriety_date|streak)',
      '(started|starting|starts|began|begun) (back_)?(using|drinking|smoking|shooting|getting_high)',
      '(using|drinking|smoking|shooting_up|getting_high) (again|once_again|like_before|more_than|heavier|every_day|all_the_time)',
    ],
  },
  {
    id: 'substance-slang',
    category: 'substance',
    severity: 'medium',
    explanation: 'Uses slang that suggests drug or alcohol use by the participant',
    patterns: [
      '(chasing|chased|chases) (again|the_dragon|the_high)',
      "(been|is|was|he's|she's|they're|started) chasing",
      '(on|went_on|had|a|another|weekend|three-day|two-day) (bender|binge|run)',
      '(?<!fender[\\s-])benders?',
      '(went|been|was|is) (on_a_)?(binge|bender)',
      '(binged|binging|bingeing)',
      '(slipped|slipping)(?!_(?:on|off|and_fell|in_the|out|into|through|away|past|up_on|and_hurt|down|and_broke|behind|in_(?:his|her|their|school|class|classes|grades|math|reading|attendance)|at_(?:work|school)))(?:_up)?',
      '(a|another|minor|small|brief|one|short) slip',
      // Active "he picked up again" is a relapse; passive "was picked up again" is an arrest.
      "(?<!\\b(?:is|was|were|be|been|being|get|gets|got|getting|ever|'s)\\s+)(picked|picking)_(it|things)?_?up_again",
      "(?<!\\b(?:is|was|were|be|been|being|get|gets|got|getting|ever|'s)\\s+)picked_up_again",
      '(tweaking|tweaked|tweaker|geeked|geeking|spun|spinning_out|fiending|nodding|nodded_off|nodding_off|nodding_out|on_the_nod)(?!_(?:along|in_agreement|yes|no|politely|her_head|his_head|their_heads?|at_(?:me|him|her|them|us)|to_(?:me|him|her|them)|and_smiling|(?:(?:his|her|their|the|a|my|our)_)?(?:resume|budget|plans?|schedule|application|letters?|cover_letter|essay|bike|car|settings|code|recipe|story|answers?|wording|list|form|forms|paperwork)|out_(?:about|over))\\b)',
      '(zooted|cross-faded|crossfaded|sauced|plastered|shit-faced|three_sheets|off_(his|her|their)_face|out_of_(his|her|their)_mind_on|lit_up_on|amped_up|jacked_up_on|wired_on|cracked_out|methed_out|fucked_up_on|messed_up_on|tore_up_from)',
      "(on_a_run|on_a_tear|a_three-day_run|a_week-long_run|been_up_for_days|up_for_days|hasn't_slept_in_days)",
      `${THING_SUBJECT}(getting|got|gets|get|gotten|trying_to_get|to_get) (really_|so_|pretty_|super_|way_|totally_|completely_|too_|real_)?(high|lit|loaded|wasted|drunk|faded|blasted|twisted|zooted|buzzed|fucked_up|messed_up|tore_up|torn_up|trashed|plastered|sloshed|obliterated|smashed|hammered|tanked|bombed|stoned|baked|blazed|ripped(?!_off)|sauced|crunk|tweaked_out|geeked|geeked_up|spun|wrecked)${NOT_FIGURATIVE}(?!_(?:up_(?:for|about|over|on)|in_(?:the|a)_(?:fight|crash|accident|wreck))\\b)`,
      '(dope|drug)_?sick',
      '(withdrawals?|withdrawing|withdrew_from_(alcohol|heroin|opioids|benzos))(?!_from_(?:the|his|her|school|class|court))',
      'partying',
      '(passed_out|passing_out|blacked_out|unresponsive|nodded_out|found_slumped)',
      '(take_the_edge_off|something_to_take_the_edge|the_shakes|shaky_and_sweating|sweating_and_shaking|kicking_cold_turkey|going_cold_turkey|cold_turkey|kicking_dope|jonesing|craving_a_hit|needed_a_fix|get_well|getting_well)',
      "(old_habits|old_patterns|old_ways|old_behaviors|using_behaviors|drug_of_choice|self-medicating|self_medicating|self-medicates|self-medicated|medicating_with|tied_one_on|one_too_many|celebrated_a_little_too|partied|party_favors|lost_(his|her|their)_clean_time|not_sober|wasn't_sober|isn't_sober|struggling_with_(his|her|their)_(sobriety|use|using|drinking|addiction)|back_to_using|back_to_drinking)",
      '(pipe|needles?|syringes?|rig|foil) (in|on|under|by|next_to) (his|her|their)',
      // Clinical shorthand for a disclosed use: "client reports using 2x this week", "endorses alcohol use".
      '(reports|reported|admits|admitted|disclosed|discloses|endorses|endorsed|acknowledged|acknowledges|disclosing|reporting) (using|drinking|use|relapse|relapsing|smoking|getting_high|a_relapse|recent_use|alcohol_use|drug_use|meth_use|heroin_use|fentanyl_use|daily_use|ongoing_use)',
      '(using|used|drank|drinking|smoked|uses|drinks) (\\d+x|\\d+_times|x\\d|twice|once|a_few_times|several_times|a_couple_(of_)?times|three_times|four_times)',
      '@buy|get|grab|pick_up|cop|score ~1 (a_gram|grams|a_bag|a_point|points|an_eighth|a_baggie|a_bundle|a_sack|a_dime|a_dub|a_ball|a_teener|a_half_g|a_g|a_bump|a_fifth|a_pint|a_forty|a_handle|a_bottle_of_(vodka|whiskey|liquor|rum|gin|tequila)) (off|from|at|for|in)',
      "(it_was|it's|that_was|that's|was) (just|only) ~2 {DRUG}",
      // A change in how much the participant uses: "her drinking has gotten worse".
      '(his|her|their) (drinking|using|use|drug_use|alcohol_use|meth_use|heroin_use|fentanyl_use|habit|intake) ~3 (gotten_worse|got_worse|escalated|picked_up|increased|spiked|out_of_control|getting_worse|worse|heavier|ramped_up|back)',
      // Smoking or snorting kit: foil and straws, tooters.
      '(foil|tinfoil) (and|or|&) (straws?|a_straw|tooters?|lighters?|a_lighter)',
      '(straws?|tooters?) (and|or|&) (foil|tinfoil)',
      '(sweating|sweaty|shaking|shaky|yawning|puking|throwing_up|sick) ~3 (dope-sick|dopesick|withdrawal|withdrawing|kicking|detoxing|coming_down|crashing)',
      '(coming_down|crashing|comedown|come_down) (off|from|after) ~2 ({DRUG}|a_binge|a_run|a_bender|{STREET})',
      '(track_marks|fresh_marks)',
      // Case-note euphemisms: "struggled with his drinking over the holidays", "a setback with her substance use".
      '(struggled|struggles|struggling|struggle|had_trouble|having_trouble|battling|battled|wrestling|wrestled) with (his|her|their) (drinking|using|use|substance_use|drug_use|alcohol_use|meth_use|heroin_use|fentanyl_use|addiction|habit)',
      '(setbacks?|slips?|lapses?|stumbles?|backslide|backslid|hiccups?|bump_in_the_road|rough_patch|step_back|stumbled|slipped_up) (with|in) (his|her|their) (sobriety|recovery|use|substance_use|drug_use|drinking|using|clean_time|abstinence)',
      '(in|into|back_in|back_into) active_(use|addiction|drinking|using)',
      'actively_(using|drinking|shooting|smoking_(meth|crack|fentanyl|fent|dope))',
      // "fell off hard this weekend", "fell out at the bus stop" (an overdose).
      '(fell|falls|falling|fallen) off (hard|again|big_time|bad|badly|the_deep_end)',
      '(fell|falls|falling|fallen) out (at|in|on|behind|outside|inside|near) (the|a|his|her|their|our)',
      '(empty|empties_of) (liquor|beer|vodka|whiskey|wine|booze)_(bottles|cans|fifths|pints)',
      // Clinical shorthand: "EtOH use reported x3 this wk", "meth use noted 11/2".
      '(etoh|ethanol|thc|mj|meth|opioid|opiate|ivdu|iv_drug|polysubstance|substance|alcohol|cannabis|marijuana|fentanyl|heroin|cocaine|benzo) (use|abuse) (reported|noted|endorsed|disclosed|admitted|x\\d|\\d+x|daily|today|yesterday|last|this|since|on|again|ongoing|continues|continued|observed|suspected)',
    ],
  },
  {
    id: 'substance-overdose',
    category: 'substance',
    severity: 'high',
    explanation: 'Reports an overdose, which reveals drug use',
    patterns: [
      "(overdosed|overdosing|od'd|od-ed|o\\.d\\.'d|oded|od'ed|od-ing|od'ing|oding|o\\.d\\.ed)",
      '(an|his|her|their|another|a_near|near|nonfatal|non-fatal|suspected|recent) (overdose|od)',
      '(overdose|od) (on|last|this|at|in|friday|saturday|sunday|monday|tuesday|wednesday|thursday)',
      `(?<!\\b(?:pharmacy|pharmacist|clinic|doctor|prescriber|dr\\.?|outreach)\\s+)((give|gives|gave|given|giving)(?!_(?:out|away)\\b)|administer|administers|administered|administering|need|needs|needed|needing|receive|receives|received|receiving|hit|hits|hitting|revive|revives|revived|reviving|reverse|reverses|reversed|reversing|spray|sprays|sprayed|spraying|bring_back|brings_back|brought_back|bringing_back) ~5 (narcan|naloxone)(?!_(?:with_(?:his|her|their|the)_(?:prescription|script|meds|refill)|to_(?:carry|take_home|keep|have_on_hand)|for_(?:his|her|their|the)_(?:kit|bag|backpack|car|room)|kits?)\\b)`,
      '(doses?|shots?|sprays?|rounds?) of (narcan|naloxone)',
      '(alcohol_poisoning|delirium_tremens|the_dts|withdrawal_seizures?|seizure_from_withdrawal|overdose_reversal)',
      '(narcan|naloxone) (was_)?(administered|given|reversal|revived|to_revive|on_(him|her|them))',
      '(narcan|naloxone)_(twice|again)',
      '(was|were|be|been|got|had_to_be|needed_to_be|have_to_be|has_to_be) (revived|resuscitated|brought_back)',
      '(found|discovered|saw|finds|find) (him|her|them) (blue|turning_blue|not_breathing|unresponsive|slumped_over|limp|foaming|barely_breathing|out_cold)',
      "(narcanned|narcan'd|narcaned|hit_with_narcan|needed_narcan|got_narcan|got_narcanned)",
      '(brought|bring|brings|bringing) (him|her|them) (back|around) (with|using|after|on|at|in|from)',
      '(found|discovered|was|were|lay|laying|lying) ~2 (not_breathing|turning_blue|slumped_over|passed_out_cold)',
      '(ems|paramedics|medics|the_ambulance|an_ambulance|911) ~6 (revive|revived|narcan|naloxone|overdose|od|unresponsive|not_breathing)',
    ],
  },
  {
    id: 'substance-detox',
    category: 'substance',
    severity: 'high',
    explanation: 'Mentions detox, which reveals current drug or alcohol use',
    patterns: [
      '(detox|detoxing|detoxed|detoxification|withdrawal_management|sobering_center|sobering_unit|drunk_tank)',
      '(dopesick|dope-sick|(dope|drug|pill|fent|fentanyl|heroin|opiate|opioid|dope-)_sick|kicking_(dope|heroin|fent|fentanyl|pills|benzos)|withdrawing_from|in_withdrawal|in_withdrawals|going_through_withdrawals?)',
    ],
  },
  {
    id: 'substance-dated-sobriety',
    category: 'substance',
    severity: 'medium',
    explanation: 'Gives a sobriety date, which reveals when the participant last used',
    patterns: [
      `${NOT_OBJECT_CLEAN}(sober|clean|abstinent|dry) since`,
      `${NOT_OBJECT_CLEAN}(sober|clean|abstinent|dry) for ~3 (days?|weeks?|months?|years?)`,
      '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|thirty|sixty|ninety) (days?|weeks?|months?) (sober|clean)',
      '(sobriety|clean)_date',
      '(reset|restarted|lost) (his|her|their) (sobriety|clean_time|clean_date|sobriety_date)',
      // Recovery chips and counted days: "got her 30-day chip", "has 14 days today", "celebrated six months".
      '(\\d+|one|two|three|six|nine|thirty|sixty|ninety)[-_](day|week|month|year) (chip|coin|medallion|keytag|key_tag|token)',
      '(has|have|had|got|hit|hits|reached|reaches|celebrated|celebrates|celebrating|picked_up|marks|marked|at) (\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty-five|sixty|ninety) (days?|weeks?|months?) (today|now|clean|sober|as_of|yesterday|this_week|tomorrow|in_recovery|of_recovery|of_sobriety|of_clean_time|clean_time|off_(dope|drugs|meth|heroin|fent|alcohol|the_bottle))',
      '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|twenty-one|thirty|sixty|ninety) (days?|weeks?|months?) into (his|her|their) (sobriety|recovery|clean_time|abstinence)',
    ],
  },
  {
    id: 'substance-dated-negation',
    category: 'substance',
    severity: 'high',
    explanation: 'Says how long since the participant last used, which reveals the use',
    patterns: [
      // "hasn't used in about two weeks", "hasn't had a drink for almost a month", "no meth for ten days".
      "(hasn't|has_not|haven't|hadn't|had_not|not|didn't|did_not|no) ~1 (used|drank|drunk|touched_(anything|a_drop|a_drink|drugs|alcohol|{DRUG})|had_(a_drink|a_beer|anything|a_sip|a_hit|any_{DRUG}|{DRUG})|smoked_({DRUG}|anything)|been_high|gotten_high|got_high|relapsed|been_drinking|been_using|drinking|using|drugs|alcohol|{DRUG}) ~1 (in|for|since) (about|around|almost|nearly|roughly|like|at_least|over|more_than|less_than|just|only|the_(past|last))? (a|an|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|several|a_few|a_couple|a_couple_of|a_week|a_month|a_day)? (days?|weeks?|months?|full_days?|full_weeks?)",
    ],
  },
  {
    id: 'substance-diverted-meds',
    category: 'substance',
    severity: 'high',
    explanation: 'Mentions street-bought or diverted medication',
    patterns: [
      '(street|black-market|bootleg) {RX}',
      "@sell|trade|buy|split|share ~2 (his|her|their|someone|someone_else's|a_friend's|extra|some) ~1 {RX}",
      '@buy {RX} (on|off|from)',
      "(someone_else's|somebody_else's|a_friend's|her_mom's|his_mom's|another_person's) {RX}",
      '(not|never) prescribed (to|for) (him|her|them)',
      'without_a_prescription',
      "(pills|meds|medication|prescription|script|bottle|they|it|bottles) ~3 in (someone_else's|somebody_else's|another_person's|a_different_person's|(his|her|their)_\\w+'s) name",
      "(more|extra|double|twice_the|higher_doses_of|too_much|too_many) ~4 than (he|she|they|he's|she's|they're|his_doctor|her_doctor|their_doctor|the_doctor|is|was|it_says|the_bottle_says)? ~1 (prescribed|directed|allowed|recommended|should|supposed_to|is_supposed_to|was_told|was_prescribed|is_prescribed|ordered)",
      '(misusing|misused|misuses|abusing|abused|abuses|overusing|overused) (his|her|their)? ~1 {RX}',
      '(overdid|overdoing|overdo|overdoes|overdone)_it (on|with) ~2 ({RX}|{DRUG}|pills|meds)',
      // Getting prescriptions by deceit is diversion too.
      '(doctor_shopping|doctor-shopping|pill_shopping|forged_(a_)?prescriptions?|fake_prescriptions?|altered_(a_|the_)?prescriptions?|lost_(his|her|their)_(script|prescription|meds|suboxone|methadone)_again|early_refills?_again)',
      '(diverted|diverting|divert) ~2 {RX}',
      '{RX} (off|on) the_street',
      // Snorting or injecting a medicine: "snorts her Adderall", "crushing and snorting his Percocets".
      '@snort|inject|shoot|smoke|sniff|bang|slam|boot ~2 {RX}',
      '(crush|crushes|crushed|crushing) (and|&) (snort|snorts|snorted|snorting|inject|injects|injected|injecting|smoke|smokes|smoked|smoking)',
      // Selling part of a prescription named earlier: "gets his methadone and then sells half of it".
      '(sell|sells|sold|selling|trade|trades|traded|trading|split|splits|splitting|flip|flips|flipped|flipping|give_away|gives_away|gave_away|giving_away)(?<=\\b(?:{RX})\\b[^.!?]{0,80}) ~2 (half|part|some|most|all|the_rest|a_portion|a_few|a_couple) (of_)?(it|them|those|what_(he|she|they)_(gets|get|got))',
      // "pills he bought on the street", "got his Xanax off the street".
      '({DRUG}|{RX}) ~3 (bought|buys|got|gets|copped|scored|purchased|picked_up) (on|off|from|in) the_streets?',
      '@buy|get|cop|score|purchase|pick_up ~2 ({DRUG}|{RX}) (on|off|from|in) the_streets?',
    ],
  },
  {
    id: 'substance-compliance',
    category: 'substance',
    severity: 'low',
    kind: 'compliance',
    explanation: 'States sobriety or no use, which tells the reader something by contrast',
    patterns: [
      '(?<!\\b(?:require|requires|required|requiring|demand|demands|expect|expects|mandate|mandates)\\s+(?:\\w+\\s+)?)(sober|sobriety|abstinent|abstinence|clean_and_sober)(?!_(?:living|house|houses|housing|home|homes|coach|support|network|community|curious|activities|event|events|fun|dance|bar|bars|space|spaces)\\b)',
      '(kept|keeping|keeps|keep) (his|her|their) nose_clean',
      "(not|isn't|aren't|never|no_longer) (using|drinking) (anything|at_all|anymore|any_more|these_days|now|right_now|either)",
      '(drinking|using|drank|used|high|drugs|alcohol),? (and_|but_)?(he|she|they) (said|says|answered|told_(me|him|her|them|us)) no',
      `${NOT_OBJECT_CLEAN}(staying|stays|stayed|remained|remains|been|is|keeping) (clean|dry)`,
      '(no|denies|denied|denying) ~2 (use|using|drinking|relapse|alcohol|drugs)',
      '(no_longer|stopped|quit) (using|drinking)',
      '(keeping|keeps|kept|staying|stays|stayed) (away|clear) from ~2 ({DRUG}|drugs|alcohol|using|drinking)',
      '(abstain|abstains|abstained|abstaining) from',
    ],
  },
];
