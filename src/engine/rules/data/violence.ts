import type { RuleEntry } from '../types';

/** "hit her goal", "beat his record": a possessive before an achievement, not a person hit. */
const NOT_A_PERSON =
  "_(?:goals?|targets?|stride|limit|mark|numbers|quota|hours|deadlines?|milestones?|rock_bottom|savings|steps?|max|peak|record|best|streak|sweet_spot|names?|initials|car|truck|van|windows?|door|phone|bike|tent|stuff|things|belongings|paperwork|way|\\w+'s|out(?!_cold)|new|first|next|job|shift|week|day|season|career|search|application|campaign)\\b";

/** People named without a determiner in notes and chat ("choked gf", "hit roommate"), or as a group. */
const BARE_PERSON =
  "((a|the|his|her|their)_\\w+'s_(child|kid|kids|son|daughter|dog|wife|husband|girlfriend|boyfriend|mom|mother|dad|father|friend|brother|sister|cousin|roommate|partner|grandson|granddaughter)|gf|bf|roommate|roomie|mom|dad|wife|husband|spouse|partner|sibling|peer|neighbou?r|sister|brother|cousin|girlfriend|boyfriend|landlord|coworker|whoever|one_of_(them|those_guys|the_guys|the_men|the_kids|the_girls|those_kids)|(other|the_other|two_other|some_other|several)_(\\w+_)?(tenants?|residents?|campers?|people|guys?|clients?|participants?|kids|men|women|members?|patients?|guests?|customers?|riders?|neighbou?rs|staff|guests|man|woman|girl|boy|dude|person)|(a|the|his|her|their|another|one|two|some|that|this)_(\\w+_)?(member|peer|participant|rider|shopper|patron|occupant|inmate|passenger|individual|bystander|pharmacist|advocate|counselor|therapist|outreach_worker|pastor|teacher|coach|relative|sibling|niece|nephew|grandmother|grandma|stepdad|stepmom|stepfather|stepmother|baby_mama|baby_daddy|fiance|fiancee|spouse|gf|bf))(?!'s|s')";

/** "Dragged his roommate to the AA meeting", "shot his mom a text", "grabbed his brother a coffee". */
const ERRAND =
  '(?!_(?:to|along_to)_(?:(?:the|a|an|his|her|their|my|our)_)?(?:\\w+_)?(?:meetings?|group|class|appointments?|aa|na|church|clinic|doctor|dentist|store|movies?|gym|interview|office|library|food_bank|game|show|park|party|concert|mall)\\b)(?!_(?:a|an|some|the)_(?:text|call|message|email|note|coffee|sandwich|drink|hug|ride|look|smile|card|gift|present|line|break|hand|plate|snack|meal|soda|water)\\b)(?!_to_(?:apply|get|go|try|call|sign|finish|keep|take|look|stay|do|make|be|start|attend|come|join|see|eat|rest|work|save|quit|talk|reach|seek|find|file|enroll|follow)\\b)(?!_at_(?:chess|cards|pool|checkers|basketball|video_games|dominoes|spades|uno|a_game|the_game|bingo|trivia)\\b)';

/** Blows and rough handling, as lemmas for `@`. */
const BLOWS =
  'punch|shove|slap|choke|strangle|stab|assault|attack|headbutt|kick|bite|hit|push|smack|beat|strike|pin|drag|throttle|elbow|scratch|pummel|whack|sock|deck|jump|hurt|injure|threaten|intimidate|harass|grab|tackle|corner|shake|slam|body-slam|bully|menace|stalk|spit_on|pistol-whip|rough_up|beat_up|knock_out|choke_out|shoot|cut|slash|pepper-spray|mace|tase';

/** Verbs that report what was said, written or threatened. */
const SAID =
  "(said|says|saying|told|tells|telling|texted|texting|texts|yelled|yells|yelling|screamed|screaming|screams|shouted|shouting|posted|posting|wrote|writes|writing|messaged|messaging|warned|warning|warns|threatened|threatens|threatening|swore|swears|promised|vowed|bragged|brags|announced|emailed|emails|dm'd|voicemailed)";

/** Fights where both sides swing: reading "started it" or "in the middle of it" needs one of these. */
const SCRAP =
  '(fights?|fistfights?|brawls?|scuffles?|scraps?|tussles?|altercations?|confrontations?|melees?|skirmish(es)?|dust-?ups?|punch-?ups?|rumbles?|run-ins?|blow-?ups?|shoving_match(es)?|beefs?)';

/** "Took a swing at the GED test": an attempt at something, not a blow. */
const AN_ATTEMPT =
  '_at_(?:it|this|that|(?:the|a|an|his|her|their)_(?:\\w+_)?(?:job|interview|test|exam|ged|application|problem|question|course|class|puzzle|ball|pinata|resume|form|essay|piano|song|recipe|poem))\\b';

/** "The man who assaulted her", "the neighbor's dog attacked him": someone or something else did it. */
const NOT_BY_OTHER =
  '(?<!\\b(?:(?:man|woman|guy|dude|person|stranger|men|people|someone|somebody|kid|boy|girl|ex|boyfriend|girlfriend|husband|wife|partner|brother|sister|father|dad|mother|mom|uncle|cousin|neighbou?r|roommate|abuser|attacker|suspect|assailant|pimp|dealer|john|trick|driver|drivers)\\s(?:who|that)|dog|dogs|pitbull|animal|cat|horse|coyote|car|truck|bus|van|vehicle|suv|train|cyclist|driver)\\s(?:\\S+\\s){1,2})';

/** A tool or a walking aid: "keeps a hammer in his toolbox for work", "carries a stick to help her walk". */
const WORK_USE =
  '(?!_(?:to_help|for_(?:work|his_job|her_job|cooking|walking|balance|support|fishing|hiking|camping)|at_(?:work|his_job|her_job)|in_(?:the|his|her|their)_(?:kitchen|toolbox|tool_bag|tool_box|work_truck|shop|garage))\\b)(?![^.;!?]*\\bfor_(?:work|his_job|her_job)\\b)';

/** Violent acts as nouns or gerunds, for "never charged for the stabbing", "hasn't hit anyone since…". */
const VIOLENT_ACT =
  '(assault|assaulting|the_assault|fights?|fighting|the_fight|hitting|beating|stabbing|punching|shooting|attacking|choking|strangling|the_stabbing|the_shooting|the_beating|threatening|the_threats?|brawl|the_brawl|jumping|slapping|shoving|pushing|kicking|pulling_a_(knife|gun)|the_(scuffle|altercation|incident|fistfight))';

/** "A fight about money, but nothing physical": words only. */
const NOT_PHYSICAL = "(?![^.;!?]*\\b(?:nothing|wasn't|was_not|never_got|not|didn't_get|never)_physical\\b)";

/** Not a fight: "fighting the eviction", "fought off pneumonia", "fighting for custody". */
const NOT_A_FIGHT =
  "(?!_(?:for|against|to|off|back_tears|through|hard|tooth_and_nail|(?:the|a|an|his|her|their|this|that)_(?:\\w+_)?(?:cold|flu|bug|virus|infection|illness|disease|cancer|eviction|evictions|charges?|ticket|citation|case|system|decision|ruling|denial|urge|urges|cravings?|addiction|depression|battle|odds|sleep)|cancer|addiction|depression|cravings?|fatigue|sleep|tears|the_urge|every_day|with_(?:the_)?(?:housing|insurance|bank|dshs|ssa|social_security|city|county|state|agency|benefits|billing|irs|va|utility|phone_company|court|clerk|leasing_office|management_company|pharmacy|hospital))\\b)(?![^.;!?]*\\b(?:nothing|wasn't|was_not|never_got|not|didn't_get|never)_physical\\b)";

export const VIOLENCE_RULES: readonly RuleEntry[] = [
  {
    id: 'violence-assault',
    category: 'violence',
    severity: 'high',
    explanation: 'Mentions violence or threats by the participant',
    victimWhenPassive: true,
    patterns: [
      `@punch|shove|slap|choke|strangle|stab|assault|attack|headbutt|head-butt|kick|bite|grab|jump|threaten|menace|harass|stalk|beat|hit|push|strike|smack|pistol-whip|tackle|bodyslam|elbow|knee|chase|corner|shoot|cut|slash ~1 ${NOT_BY_OTHER}{PERSON}(?!'s|s'|${NOT_A_PERSON})${ERRAND}`,
      '(threw|throws|throwing|throw|hurled|hurls|chucked|chucks) ~2 (rock|rocks|bottle|bottles|brick|bricks|chair|chairs|punch|punches|something|stuff|things|drink|can|cans|coffee|food|a_rock|a_bottle) (at|toward|towards)',
      '@swing|spit|lunge|charge|throw_something|throw_a_chair|throw_a_punch|take_a_swing|come_at|go_after|pull_a_knife|pull_a_gun|wave|point|aim ~3 (at|on|toward|towards) ~1 {PERSON}',
      '(said|says|saying|told|tells|texted|threatened|threatens|swore|swears|promised|vowed) ~4 (burn|torch|set_fire_to|smash|slash|trash|wreck|destroy|shoot_up|blow_up)',
      `(a|one|the|only_a|just_a|single) (shove|punch|slap|headbutt|kick|swing|hit|elbow|push)(?!_(?:to|for|off|of|from|out_of|toward|towards|in_the_right|financially|on_(?:his|her|their)_(?:credit|score|budget|income|benefits|wallet)|with_(?:the|his|her|their)_(?:crowd|group|kids|team|class|staff|audience))\\b|${AN_ATTEMPT})`,
      '(bloody|bloodied|busted|swollen|bruised|scraped|split) (knuckles|fists|hands|lip)',
      '(things|it|stuff) (got|get|gets|getting) (heated|ugly|physical|out_of_hand|nasty|violent)',
      '(got|gets|getting|became) (heated|physical) with',
      '(beat|beating|beats|beaten)_up',
      '(put|puts|putting|laid|lay|laying|lays) (his|her|their)? ~1 hands on',
      '(things|it|tempers|the_argument|the_situation|an_argument|a_dispute) ~3 (escalated|flared|turned_physical|got_physical|came_to_blows|turned_violent|got_violent)',
      "(fist|hand|foot|head|elbow) through (a|the|his|her|their|someone's|\\w+'s) ~1 (window|wall|door|windshield|mirror|tv|screen)",
      '(raised|swung|waved|pointed|brandished|lifted|held_up|came_at_(him|her|them)_with|went_after_(him|her|them)_with) (a|an|the|his|her) ~1 (hammer|bat|pipe|stick|bottle|chair|knife|gun|board|crowbar|rock|brick|tool|wrench|shovel|machete|axe|hatchet|screwdriver) (at|toward|towards|over|against|in)',
      "(make_(him|her|them|you)_pay|you'll_regret|you'll_be_sorry|watch_(your|his|her)_back|get_(him|her|them|you)_back|get_even_with|teach_(him|her|them)_a_lesson|end_(him|her|them))",
      '(slammed|slams|slamming) ~3 (hand|head|fingers|arm|face) ~3 (in|into|against)',
      '(waving|waved|swinging|swung|brandishing|wielding|wielded) ~2 (a|his|her|the) ~1 (pipe|bat|stick|knife|gun|machete|hammer|chain|board|bottle|crowbar) (around|at|in_the_air|over)',
      "@pepper-spray|mace|tase|spray|bear-spray ~1 {PERSON}(?!'s|s')",
      '(following|followed|follows|stalking|stalked|tracking|tracked|watching) (her|his|their) ~1 (ex|ex-partner|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|victim|former_partner)',
      '(what_happened|the_thing|the_incident|the_situation|what_went_down) with (the_)? ~2 (staff|security|police|guard|guards|neighbor|neighbors|manager|night_staff|day_staff)',
      '(threatening|harassing|abusive|violent|intimidating) (messages|texts|voicemails|calls|posts|emails|letters|dms|comments)',
      "@break|smash|crack|bust|crash (a|the|his|her) ~1 (bottle|chair|glass|pipe|bat|mug|plate|can|board|pot) (over|on|across|against) ~1 (someone's|somebody's|his|her|a_guy's|a_man's|\\w+'s) head",
      '(run_up_on|ran_up_on|running_up_on|pull_up_on|pulled_up_on|slide_on|sliding_on|swinging_on|swung_on|swings_on)',
      '(squared_up|traded_blows|went_at_it|mixed_it_up|threw_down|got_into_it|came_to_blows|exchanged_blows|traded_punches)',
      `@injure|wound|pummel|bash|rough_up|sucker-punch|sucker_punch|intimidate|terrorize|bully|trip|scratch|hold_down|pin_down|knock_out|knock_down|throw_down ~1 {PERSON}(?!'s|s'|${NOT_A_PERSON})`,
      '@knock|lay|put|take ~1 {PERSON} (out|down|to_the_ground|on_the_ground|unconscious|out_cold|cold|senseless|flat)(?!_(?:floor|level)\\b)',
      // "Struck his mother" (not "it struck her as odd").
      `(struck|strikes|striking) ~1 (${BARE_PERSON}|{PERSON}(?!'s|s'|_(?:as|that|how)\\b|${NOT_A_PERSON}))`,
      // A wound on someone else: "threw the bottle that cut the man's face".
      "@cut|slash|scratch|bust|split|break|bloody|smash|gash|open_up ~1 (someone's|somebody's|a_man's|the_man's|a_guy's|the_guy's|a_woman's|the_woman's|the_other_guy's|the_other_man's|a_kid's|the_kid's) (face|lip|nose|head|jaw|eye|eyebrow|arm|hand|neck|cheek|chin|skull|ribs)",
      // "Getting in people's faces", "has been real aggressive lately".
      "(in|into|up_in) (people's|peoples|everyone's|staff's|someone's|somebody's|their|other_people's|the_guards'|the_officers') (faces?|grills?)",
      '(been|was|is|are|were|got|gets|getting|became|becoming|being) (real|really|very|pretty|so|increasingly|more|quite|super|kind_of|kinda|a_bit|a_little|verbally_and|extremely|often|sometimes)? (violent|aggressive|combative|belligerent|threatening|hostile|assaultive|intimidating|menacing|abusive)(?!_(?:about|in_(?:pursuing|looking|seeking|applying|his|her|their)|with_(?:his|her|their)_(?:job|housing|search|applications?|recovery|goals))\\b)',
      "(been|was|is|are|were|got|gets|getting|became|becoming|being) (real|really|very|pretty|so|increasingly|more|quite|super|kind_of|kinda|a_bit|a_little|too)? (physical|rough|handsy) (with|toward|towards|at) {PERSON}(?!'s|s'|_(?:training|work|job|workouts?|therapy|rehab|chores)\\b)",
      // Threats by what the speaker knows: "left a voicemail saying he knows where she lives".
      `${SAID} ~4 (knows|know|knew) where (she|he|they|you|his_ex|her_ex|the_\\w+) (lives|live|lived|sleeps|sleep|works|work|stays|stay|parks|camps)`,
      // Colloquial blows and rushes: "socked her sister", "came at staff", "messed a guy up".
      "@sock|deck|clock|whoop|whup|pound_on|stomp|curb-stomp|body-slam|beat_on|smash_on|wallop|come_at|come_after|go_at|go_after|lunge_at|charge_at|rush_at|swing_at ~1 {PERSON}(?!'s|s')",
      '(taught|teach|teaches|teaching) (him|her|them|that_\\w+|the_\\w+|someone|somebody)? ~1 (a|another|one_more) lesson(?!_(?:on|about|in|plan))',
      '(body-?slammed|body-?slams|body-?slamming|body_slammed) {PERSON}',
      '(messed|fucked|effed|roughed|busted|banged|jacked|beat|lit|tore|sliced|carved) {PERSON} up',
      '(took|takes|taking|take) (a|an|the|his|her) (bat|pipe|hammer|crowbar|knife|machete|axe|hatchet|brick|rock|tire_iron|golf_club|stick|baseball_bat) to(?!_(?:the|a|an|his|her|their|some|two|three|all_the)_(?:\\w+_)?(?:meters?|cars?|windows?|doors?|machines?|walls?|locks?|tv|screens?|property|trucks?|vans?|fences?|gates?|atms?|box|boxes|dumpsters?|signs?|lights?|mirrors?|shed|trailer|mailbox(?:es)?)\\b)',
      "(beat|beats|beating|kicked|kicks|kicking|choked|choking|strangled|threw|stabbed) (his|her|their|a|the|someone's) (dog|cat|puppy|kitten|pet)",
      // "Will it hurt him that…" asks about consequences: only a person doing the hurting counts.
      "(?<!\\b(?:it|that|this|which|what|would|will|could|might|may|can|does|did|not)\\s)(hurt|hurts|hurting) ~1 {PERSON}(?!'s|s')",
      "(?!(?:would|will|could|might|does|did)_(?:it|that|this)\\b)(said|says|saying|told|tells|texted|threatened|threatens|wants|wanted|going|gonna|would|will|'ll|swore|swears|promised) ~3 (kill|hurt|shoot|stab|beat|jump|strangle|choke|get_even_with|mess_up|fuck_up|kick_the_shit_out_of|beat_the_crap_out_of|smash) ~2 {PERSON}",
      '(dv)(?!_(?:batterers|batterer|perpetrator|perp|intervention|moral_reconation|mrt|shelter|advocate|advocates|services|program|classes|class|hotline|victim|victims|survivor|survivors|court|unit|treatment|assessment)\\b)',
      `(took|takes|taking|take) a_swing(?!${AN_ATTEMPT})`,
      // Threats by euphemism, harm shown on a partner, shoving matches, running someone over.
      "(said|says|told|tells|texted|swore|swears|gonna|going_to|will|'ll|would|'d) ~2 (handle|deal_with|take_care_of|settle_things_with|settle_it_with|see_about|get) (the|that|this|those) (guy|dude|man|woman|girl|kid|person|people|guys|dudes|fool|punk) (who|that)",
      "(smashed|broke|destroyed|took|threw|grabbed) (his|her|their) ~1 (girlfriend's|boyfriend's|wife's|husband's|partner's|ex's|mom's|mother's) ~1 (phone|cell|car|tv|things|stuff) ~6 (couldn't|could_not|wouldn't|can't|so|to_stop|call_the_police|call_911|leave)",
      '(girlfriend|boyfriend|wife|husband|partner|kids?|son|daughter|mom|mother|gf|bf|roommate|ex|fiance|fiancee|baby_mama|baby_daddy) (has|had|have|showed_up|came_in|came_over|was|with|turned_up) ~5 (black_eye|black_eyes|bruises|bruised|a_busted_lip|a_split_lip|a_fat_lip|a_broken_nose|stitches|marks_on_(her|his)_(neck|arms|face)|scratches_on_(her|his)_(neck|arms|face)|fingerprints_on_(her|his)_(neck|arms))',
      '(went|goes|going|go) off on ~1 {PERSON}',
      '(shoving|pushing|wrestling) (match|matches)',
      '(ran|run|running|runs) (someone|somebody|him|her|them|a_\\w+|the_\\w+|his_\\w+|her_\\w+) over (on_purpose|deliberately|intentionally|with_(his|her|their|the)_(car|truck))',
      '(take|taking|took) (people|others|everyone|someone|them) (with|down_with) (him|her|them)',
      '(?<!\\b(?:in|by|from|of|during|after|witnessed|saw|survived|had|heard|about|reported|nearby|another|recent|to|witness|witnesses)\\s)(a|the|that) (stabbing|shooting|beating|beatdown|stomping)(?!_(?:pain|pains|range|victim|gallery))',
      // Not a fight watched ("watched a fight on TV", "saw a fight break out") or a sport.
      // The lookbehind follows the word, so the regex can scan for the word first.
      `(fight|fights|fighting|fought)(?<!\\b(?:watched|watching|watch|watches|saw|see|sees|seen|witnessed|ufc|boxing|title|pillow|food|snowball|water_balloon|pay-per-view|mma)\\s(?:(?:a|the)\\s)?\\w+)${NOT_A_FIGHT}(?!_(?:on_(?:tv|television|youtube|the_tv)|night|club|card)\\b)`,
      '(brawl|brawling|scuffle|scuffled|tussle|tussled|fistfight|fist_fight|physical_confrontation|physical_altercation|got_physical|came_to_blows|throwing_punches|threw_punches|threw_a_punch|threw_hands)',
      // A device's battery ("his ankle monitor battery died") is not the crime of battery.
      '(?<!\\b(?:reported|reporting|reports|witnessed|witnessing|saw|survived|surviving|(?:victim|victims|survivor|survivors)\\sof)\\s(?:(?:an?|the)\\s)?)(?<!\\b(?:man|woman|guy|dude|person|stranger|men|people|someone|somebody|ex|boyfriend|girlfriend|husband|wife|partner|abuser|attacker|suspect|pimp|john|trick)\\s(?:who|that)\\s)(assault|assaults|assaulting|assaulted|(?<!\\b(?:monitor|phone|gps|bracelet|device|car|its|the|dead|low|spare|new|replacement|backup|extra|fresh|charged|a)\\s)battery(?!_(?:die|died|dies|dying|dead|ran|run|runs|running|went|was|is|life|pack|charger)|_(?:on|in|of)_(?:his|her|their|the|my)_(?:\\w+_)?(?:monitor|bracelet|gps|phone|device|car|ehm))|menacing|harassment|stalking|strangulation|domestic_violence(?!_(?:batterers|batterer|perpetrator|intervention|shelter|advocates?|services|program|classes|class|hotline|victims?|survivors?|court|unit|treatment|assessment|evaluation|counseling|group|awareness|education|prevention|agency|resources)\\b)|dv_incident|domestic_disturbance|domestic_incident|domestic(?!_(?:violence|partners?|partnership|flights?|travel|workers?|chores|duties|help|abuse_(?:shelter|advocates?|services|hotline|program))\\b))',
      // "Threatened to evict her", "threatened to leave the program": not a threat of harm.
      "(threats?|threatened|threatening|threatens) (to(?!_(?:evict|kick|call|report|sue|leave|quit|cut_off|change|cancel|close|end_the|take_away|tow|raise|terminate|discharge|withdraw|file|revoke|stop|move|tell|sanction|drop|remove|ban|bar|trespass|fire|expel|walk|relapse|use|go|drink|kill_(?:himself|herself|themselves)|hurt_(?:himself|herself|themselves)|harm_(?:himself|herself|themselves)|shut|turn_off|report)\\b)|against|toward|towards|at|him|her|them|staff|someone|somebody|the|a|an|his|her|people|neighbou?rs|officers|another|other|everyone|everybody|anyone|anybody|my|our|security|guards?|residents|clients|\\w+'s)",
      '(made|making|makes) ~2 (threats?|threatening_(statements|comments|remarks|gestures))',
      '(threatening|menacing|aggressive|violent|intimidating) (gestures?|remarks?|comments?|statements?|language|posture|moves?|motions?|manner|stance)',
      // Holds and takedowns: "put his roommate in a headlock", "wrestled a man to the ground".
      '(put|puts|putting|got|had|has|grabbed) (?!(?:it|this|that)\\b){PERSON} in (a|the) (headlock|chokehold|choke_hold|sleeper_hold|sleeper|arm_bar|full_nelson|rear_naked_choke)',
      '(headlock|chokehold|choke_hold|choke-hold|sleeper_hold|rear_naked_choke)',
      '@wrestle|tackle|throw|slam|drag|push|shove|knock|yank ~1 (?!(?:it|this|that|himself|herself|themselves)\\b){PERSON} (to|onto|into|on) (the_)?(ground|floor|pavement|concrete|dirt|sidewalk|street|curb|asphalt|gravel)(?!_(?:floor|level|to_(?:hug|help|protect|shield|pray))\\b)',
      // Inviting a fight: "challenged a staff member to fight him outside", "wanted to take it outside".
      '(challenged|challenging|challenges|challenge|dared|daring|dares|invited|inviting) ~3 to (fight|step_outside|take_it_outside|square_up|throw_hands|scrap|go_outside_and)',
      `(scrapped|scrapping|tussled|tussling|tangled|tangling|brawled|brawling|squared_off|squaring_off|duked_it_out|wrestled|wrestling|beefed|beefing|roughhoused|roughhousing|scuffled|scuffling|mixed_it_up) with (${BARE_PERSON}|{PERSON}(?!'s|s'))`,
      // Running someone over on purpose.
      '(tried|try|tries|trying|attempted|attempting|wanted) to (run_over|run_down|mow_down|ram|hit) ~2 (?!(?:it|this|that)\\b){PERSON}',
      '(run|ran|running|runs) over (someone|somebody|a_\\w+|the_\\w+|his_\\w+|her_\\w+) (with|in|using)',
      // Keeping someone from leaving: "held his girlfriend against her will", "wouldn't let his wife leave".
      '(held|hold|holds|holding|kept|keep|keeps|keeping|locked|locking|trapped|trapping) (?!(?:it|this|that)\\b){PERSON} ~5 against_(her|his|their)_will',
      "(wouldn't|would_not|won't|will_not|didn't|did_not|refused_to|refuses_to|refusing_to) let (his|her|their) (girlfriend|boyfriend|wife|husband|partner|ex|kids|children|son|daughter|gf|bf|fiance|fiancee|roommate|mother|mom) (leave|go|out|call|get_away|use_(her|his|their)_phone)",
      '(violent|violence|aggressive|aggression|combative|belligerent|assaultive|hostile|abusive|threatening|menacing) (toward|towards|with|at|against|in|again|outburst|episode|behavior|behaviour|incident)',
      "(got|gets|getting|became|was|is|been) (violent|aggressive|combative|physical|belligerent|rough|in_someone's_face|in_his_face|in_her_face)",
      "(broke|broken|bloodied|busted|split|fractured|cracked) ~1 (his|her|their|a|someone's|the_man's|the_guy's|\\w+'s) (nose|jaw|arm|ribs|tooth|teeth|face|lip|eye_socket|skull|cheekbone)",
      // "Gave the guy a little shove", "gave her a black eye".
      '(gave|give|gives|giving) (?!(?:it|this|that)\\b){PERSON} (a|one|another|two) ~1 (shove|punch|slap|smack|kick|beating|beatdown|black_eye|bloody_nose|fat_lip|headbutt|backhand|whack|knuckle_sandwich|concussion|busted_lip|split_lip)',
      '(spat|spit|spits|spitting) (in|on|at|into) ~2 (face|faces|him|her|them|{PERSON})',
      '(hurled|threw|throws|throwing|flung|chucked|tossed|slammed|flipped|flipping|flips|overturned|knocked_over) (a|the|his|her) (chair|chairs|table|tables|desk|bottle|brick|rock|tv) (across|at|through|into|over|onto)',
      // Terse notes and groups: "choked gf", "hit roommate w/ chair", "intimidating other tenants", "stabbed one of them".
      `@${BLOWS} ~1 ${BARE_PERSON}${ERRAND}`,
      // Rough handling a person: "pinned his girlfriend against the wall", "dragged her partner out of the car".
      `@pin|drag|throttle|shake|slam|whack|pummel|shove|yank|scratch|claw|spit_on|bite|drown|smother|restrain|trip|pistol-whip (?!(?:it|this|that|these|those)\\b){PERSON}(?!'s|s'|_(?:head|feet|foot|hands?|fists?|fingers?|legs?|bags?|stuff|things|belongings|cart|way|name|number|phone|keys|door|tent|car|bike|shoulders?)\\b|${NOT_A_PERSON})${ERRAND}`,
      // Anything thrown at a person: "threw his phone at his mother", "tossed a can toward her".
      "(threw|throws|throwing|throw|hurled|hurls|hurling|chucked|chucks|chucking|flung|flings|flinging) ~3 (at|toward|towards) {PERSON}(?!'s|s')",
      // Who started it: "started swinging", "picked a fight", "threw the first punch".
      '(started|start|starts|starting|began|begin|begins|beginning|picked|picks|picking|pick) (swinging|throwing_punches|throwing_hands|hitting|punching|kicking|shoving|pushing|fighting|scrapping|brawling|a_fight|the_fight|fights|a_scuffle|the_scuffle|a_brawl|the_brawl|a_beef|beef|shit_with|something_with)(?!_(?:for|to|against|with_(?:the|his|her)_(?:eviction|insurance|landlord|bank|court))\\b)',
      '(threw|throws|throwing|throw|landed|lands|landing|land|got_in|gets_in|getting_in) (the_first|a|one|two|several|a_couple_of|some|a_few) (punch|punches|blow|blows|haymaker|haymakers|jab|jabs|right_hook|sucker_punch)',
      // Threats of harm in any medium: "yelled that he would shoot up the clinic", "texting her ex that she'll burn his car".
      `${SAID} ~5 (burn|torch|set_fire_to|smash|slash|trash|wreck|destroy|shoot_up|blow_up|burn_down|light_up|shoot_the_place_up|firebomb|key)(?!_(?:it|(?:his|her|their|the|this|that)_(?:job_)?(?:interview|test|exam|audition|presentation|goals?|tryout)))`,
      `${SAID} ~4 (kill|hurt|shoot|stab|beat|jump|strangle|choke|murder|smash|cut|beat_down|merk|fight|slap|punch|sock|smack|knock_out|body|gut|smoke|pop) ~2 (${BARE_PERSON}|{PERSON}(?!'s|s')|you|y'all|ya)`,
      '(sending|sent|sends|send|leaving|left|leaves|leave|posting|posted|posts|writing|wrote|writes|emailing|emailed|making|made|makes|texting|texted) ~3 (threatening|harassing|abusive|intimidating|menacing|violent|scary|threatening-sounding) (messages|texts|voicemails|calls|posts|emails|letters|dms|comments|notes|phone_calls|notes)',
      // "Beat the crap out of some dude", "kicked the hell out of him".
      '(beat|beats|beating|kicked|kick|kicks|kicking|knocked|knock|knocks|knocking|punched|smacked|slapped|choked|whooped|whupped|stomped) the_(crap|shit|hell|snot|stuffing|daylights|living_daylights|tar|piss|life|bejesus|mess) out_of',
      // Harm shown by its result: "put his partner in the hospital", "ended with the neighbor in the ER".
      "(put|puts|putting|landed|lands|landing) (?!(?:him|her|them|me|us|himself|herself)\\b){PERSON} (in|into) (the_)?(hospital|er|emergency_room|icu|ed|trauma_unit|harborview)(?!'s)",
      '(ended|ending|ends|end) (with|up_with) ~4 (in_the_(er|hospital|icu|emergency_room)|needing_stitches|bleeding|knocked_out|unconscious|a_black_eye|a_broken_(nose|jaw|arm))',
      // Minimising a blow: "he only hit the man after…", "she just pushed her a little".
      `(only|just|barely|merely|simply) @${BLOWS} ~1 (${BARE_PERSON}|{PERSON}(?!'s|s'|${NOT_A_PERSON}))`,
      '(got|get|gets|getting|gotten) (into|in) it (with|again|over)(?!_(?:his|her|their)_(?:new_)?(?:job|work|studies|classes|class|program|recovery|hobby|training|art|music|garden)\\b)',
      "(shot|shoots|shooting|shoot)(?<!\\b(?:a|the|another|good|best|fair|big|his|her|their|flu|booster)\\s(?:shot|shoots|shooting|shoot)) (at|into) (someone|somebody|a|an|the|his|her|their|some|people|him|them|a_crowd|\\w+'s)",
    ],
  },
  {
    id: 'violence-weapon',
    category: 'violence',
    severity: 'high',
    explanation: 'Mentions a weapon the participant carries or has access to',
    // "A man pulled a knife on him", "she was threatened with a bat": the participant faced the weapon.
    victimWhenPassive: true,
    patterns: [
      // "her ex, who has a gun": a relative clause about another person.
      "(?<!\\b(?:kitchen|steak|butter|paring|bread|carving|fillet|chef's|chef|culinary|cooking|handles|handle|handling|handled|sharpens|sharpen|sharpening|sharpened|sharp)\\s)(?<!\\b(?:ex|boyfriend|girlfriend|husband|wife|partner|brother|sister|cousin|roommate|neighbou?r|dad|father|mom|mother|uncle|son|friend|man|guy|someone|dealer|abuser),?\\s(?:who|that)\\s(?:has|had|keeps|kept|carries|carried|owns|owned)\\s(?:(?:a|an|the|his|her|two|several)\\s)?)(?:{WEAPON})(?!_(?:(?:was|were)_(?:found|discovered|left|recovered)(?!_(?:on|in|under|near|with|inside|among)_(?:him|her|them|his|their|her)\\b)|wound|wounds|violence|control|safety|skills|sets?|block|sharpener|sharpening|handling|shop|show|laws?|range|training|class|prevention|buyback|lock|locks|free|charge|charges|to_(?:the|a|an|his|her|their|some|two|three|all_the)_(?:\\w+_)?(?:meters?|cars?|windows?|doors?|machines?|walls?|locks?|tv|screens?|property|trucks?|vans?|fences?|gates?|atms?|box|boxes|dumpsters?|signs?|lights?|mirrors?|shed|trailer|mailbox(?:es)?)|in_the_kitchen|for_cooking|for_work|at_work|at_(?:his|her|their)_(?:\\w+_)?(?:job|work|shift))\\b)",
      // Anything swung or stabbed with, carried around: "walking around with a bat", "carrying a metal pipe".
      `(carries|carrying|carried|carry|keeps|kept|keep|keeping|sleeps_with|sleeping_with|slept_with|packing|armed_with|walking_around_with|walks_around_with|walked_around_with|going_around_with|running_around_with|wanders_around_with|roaming_around_with|hid|hides|hiding|stashed|stashes|tucked|tucks|sleeps_next_to|keeps_handy) ~3 (bats?|pipes?|hammers?|crowbars?|tire_irons?|screwdrivers?|club|clubs|sticks?|lock_in_a_sock|razors?|chains?|bike_locks?|golf_clubs?|rebar|ice_picks?|(kitchen|steak|butter|chef's|carving|fillet|paring|hunting|folding|pocket|utility|fixed-blade|long)_(knife|knives)|{WEAPON})${WORK_USE}`,
      // Slang for a gun or blade on the person: "got a piece on him", "keeps a strap in the car".
      '(got|has|had|have|having|carrying|carries|carried|keeps|kept|packing|with|keeping) (a|his|her|their|the) (piece|strap|heater|gat|nine|burner_gun|pole|shank|blade|blicky|chopper|toolie) (on_(him|her|them)|in_(his|her|their)_(waistband|car|tent|bag|backpack|purse|pocket|jacket|glovebox|glove_box))',
      '(has|have|had|keeps|kept|owns|owned|got|bought|buys|carries|carried|with|stashed) (an|his|her|their|a) (ar|ar-15|ak|ak-47|shotty|chopper|draco|tec|tec-9|glizzy|nina|forty|45|380)(?!_(?:dollars|bucks|minutes|hours|days|oz|ounce|ounces|of|pack|bottle))',
      // Given or sold a weapon: "his brother gave him a pistol to hold onto".
      '(gave|gives|giving|give|handed|hands|lent|loaned|lends|sold|sells|passed|slipped) (him|her|them) (a|an|the|his|her|their|two|some) ~1 {WEAPON}',
      `(carries|carrying|carried|carry|keeps|kept|keeping|sleeps_with|sleeping_with|slept_with|packing|armed_with) ~3 (a|his|her|their|the)_?(bat|pipe|hammer|crowbar|tire_iron|screwdriver|stick|club|lock_in_a_sock|razor)${WORK_USE}`,
      '(strapped|packing_heat|carrying_heat|packing_a_piece|armed)(?!_(?:with_(?:information|knowledge|resources)|forces|services)\\b)',
    ],
  },
  {
    id: 'violence-vague-trouble',
    category: 'violence',
    severity: 'medium',
    explanation: 'Describes trouble with another person that the reader will ask about',
    patterns: [
      '(altercations?|confrontations?|confronted|confronting|clash|clashed|tension_with|tensions_with|blowup|blow-up|dustup|dust-up|fracas|ruckus|commotion)',
      '(incident|situation|drama|trouble|problems?|issues?|disturbance|episode|scene|blowup|beef) (with|involving) ~2 (security|staff|police|cops|his|her|their|a|an|the|neighbou?rs?|someone|another|other|roommates?|management|the_manager|guards?)',
      "(barred|banned|trespassed|kicked_out|86ed|86'd|asked_to_leave|escorted_out|removed|thrown_out|excluded|suspended) ~8 (incident|situation|disturbance|altercation|fight|dispute|argument|confrontation|behavior|behaviour|episode|outburst|drama|threats?)",
      '(incident|situation|disturbance|altercation|fight|dispute|argument|confrontation|drama|commotion) ~8 (escorted_out|removed|barred|banned|kicked_out|asked_to_leave|police_came|cops_came|security_came|police_were_called|called_the_police|called_security|called_911)',
      '(an|another|some|a|the|that|this|minor|small|big|serious) (incident|disturbance|dispute|conflict|blowup|blow-up|outburst|situation|episode|issue|problem|run-in|falling-out) (with|involving|at|in) ~3 (his|her|their|a|the|staff|security|police|neighbou?rs?|another|other|roommates?|someone|the_manager|management)',
      '(incident|disturbance|scene|blowup|blow-up|run-in|altercation|confrontation|scuffle|fight|brawl) between ~3 (and|&)',
      // "in a couple of scraps", "has had several run-ins": a count of fights.
      `(in|into|had|has|have|having|with) (a|an|another|two|three|a_couple_of|a_couple|a_few|some|several|more|multiple|constant|repeated|frequent|few) ${SCRAP}${NOT_PHYSICAL}(?!_of_(?:food|paper|wood|metal|fabric|cloth|meat|lumber|copper)\\b)`,
      '(had_words|exchanged_words|got_into_it|got_in_it|beef|words|a_beef|squabble|scrap(?!_(?:metal|yard|wood|paper|copper|iron|heap|pile|book|booking|dealer|lumber))|heated_argument|shouting_match|yelling_match|screaming_match)(?!_(?:of|for))',
      '(yelling|screaming|cursing|swearing) (at|in) ~2 (staff|security|people|a_|the_|his_|her_|someone|neighbors|customers|officers|police|the_clerk)',
    ],
  },
  {
    id: 'violence-involved',
    category: 'violence',
    severity: 'medium',
    explanation: 'Places the participant in a fight or incident',
    patterns: [
      // "luis was in the middle of it", "she got mixed up in the brawl".
      `(was|were|is|are|been|be|got|gets|getting|ended_up) (right_)?(in|into) the_(middle|thick|center|centre) of (the_(\\w+_)?${SCRAP}|the_(\\w+_)?(incident|brawl))`,
      // "in the middle of it" counts only after a fight has been named.
      `(?<=\\b(?:fights?|fighting|brawls?|brawling|scuffles?|altercations?|melee|tussle|scrap|punches|swinging|blows)\\b[^.;!?]*)(was|were|is|are|been|be|got|gets|getting|ended_up) (right_)?(in|into) the_(middle|thick|center|centre) of (it|things|that|the_whole_thing)`,
      `(was|were|is|are|been|be|got|gets|getting) (involved|mixed_up|caught_up|tangled_up|wrapped_up|a_part) (in|with|of) (it|that|the_(\\w+_)?${SCRAP}|a_(\\w+_)?${SCRAP}|the_(incident|drama|mess)|another_${SCRAP})`,
      // "There was an altercation between Ms. Lopez and her sister": the participant is one of the two sides.
      `(there|there's|there've|there'd) (was|were|is|are|been|has_been|had_been|have_been)? ~3 (${SCRAP}|incident|incidents|situation|disturbance|domestic|violence|abuse) between ((him|her|them)(?!_(?:sister|brother|mom|mother|dad|father|son|daughter|kids|cousin|aunt|uncle|parents|family|roommates?|neighbou?rs?|friends?|boyfriend's|girlfriend's|landlord|caseworker|case_manager)\\b)|my_client|our_client|the_participant|mr\\.?|ms\\.?|mrs\\.?|mx\\.?|(?!(?:two|three|some|other|several|the|a|an|residents?|campers?|people|staff|guys|men|women|tenants|neighbou?rs|kids|clients|participants|families|gangs?)\\b)\\w+_(and|&))`,
      `(${SCRAP}|incident|incidents|situation|disturbance|domestic|violence|abuse|physical_stuff) between (him|her|them|my_client|our_client|the_participant) (and|&)`,
      // "Things went sideways with his roommate", "it turned ugly with the neighbor".
      '(things|it|stuff|that|the_argument|an_argument|the_situation|the_visit) (went|go|goes|going|gone|turned|turns|turning) (sideways|south|ugly|physical|violent|bad|nasty|heated) with {PERSON}',
    ],
  },
  {
    id: 'violence-unsafe-negation',
    category: 'violence',
    severity: 'high',
    explanation: 'Denies a consequence or a repeat but reveals the violence itself',
    patterns: [
      // "was never charged for stabbing the man", "hasn't been arrested over the fight".
      `(never|not|wasn't|weren't|hasn't_been|has_not_been|haven't_been|didn't_get|never_got|no_one|nobody) ~1 (charged|caught|arrested|cited|prosecuted|picked_up|booked|reported|called_the_police|called_the_cops|pressed_charges) (for|with|over|after|in|about) ~2 ${VIOLENT_ACT}`,
      // "hasn't gotten in any fights since the one at the bus barn", "hasn't hit anyone since he punched…".
      `(hasn't|has_not|haven't|have_not|hadn't|had_not|not|never|no|didn't|did_not) ~4 ${SCRAP} ~1 since (the|that|his|her|their|last) ~2 (one|time|${SCRAP}|incident)`,
      `(hasn't|has_not|haven't|have_not|hadn't|had_not|not|never|no|didn't|did_not) ~3 @${BLOWS}|fight|put_hands_on|get_physical ~3 since (he|she|they|the|that|his|her|their|last) ~2 (@${BLOWS}|one|time|${SCRAP}|incident)`,
      `(got|gets|getting|gotten) away with ~3 ${VIOLENT_ACT}`,
    ],
  },
  {
    id: 'violence-compliance',
    category: 'violence',
    severity: 'low',
    kind: 'compliance',
    explanation: 'States there were no incidents, which tells the reader something by contrast',
    patterns: ['(no|denies|without) ~2 (incidents?|altercations?|fights?|violence|conflicts?|problems_with)'],
  },
];
