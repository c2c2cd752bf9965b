import type { RuleEntry } from '../types';

export const VIOLENCE_RULES: readonly RuleEntry[] = [
  {
    id: 'violence-assault',
    category: 'violence',
    severity: 'high',
    explanation: 'Mentions violence or threats by the participant',
    victimWhenPassive: true,
    patterns: [
      '@punch|shove|slap|choke|strangle|stab|assault|attack|headbutt|kick|bite|spit|grab|jump|swing|threaten|menace|harass|stalk|beat|hit|push|throw|strike|smack|pistol-whip|tackle|bodyslam|elbow|knee ~4 (a|an|the|his|her|their|him|her|them|someone|somebody|another|two|at|on|up|staff|security|police|officers?|an_officer|a_guard|people|neighbou?rs?|the_clerk|the_driver|a_man|a_woman|a_guy|a_resident|a_staff|my|me|us)',
      '(beat|beating|beats|beaten)_up',
      '(took|takes|taking|take) a_swing',
      '(fight|fights|fighting|fought|brawl|brawling|scuffle|scuffled|tussle|tussled|fistfight|fist_fight|physical_confrontation|physical_altercation|got_physical|came_to_blows|throwing_punches|threw_punches|threw_a_punch|threw_hands)',
      '(assault|assaults|assaulting|assaulted|battery|menacing|harassment|stalking|strangulation|domestic_violence|dv_incident|domestic_disturbance|domestic_incident|domestic)',
      '(threats?|threatened|threatening|threatens) (to|against|toward|towards|at|him|her|them|staff|someone|the|a|his|her|people|neighbors|officers)',
      '(made|making|makes) ~2 (threats?|threatening_(statements|comments|remarks|gestures))',
      '(violent|violence|aggressive|aggression|combative|belligerent|assaultive|hostile) (toward|towards|with|at|against|in|again|outburst|episode|behavior|behaviour|incident)',
      "(got|gets|getting|became|was|is|been) (violent|aggressive|combative|physical|belligerent|rough|in_someone's_face|in_his_face|in_her_face)",
      "(broke|broken|bloodied) ~1 (his|her|their|a|someone's|the_man's|the_guy's) (nose|jaw|arm|ribs|tooth|teeth|face|lip)",
    ],
  },
  {
    id: 'violence-weapon',
    category: 'violence',
    severity: 'high',
    explanation: 'Mentions a weapon the participant carries or has access to',
    patterns: [
      '(carries|carrying|carried|carry|has|had|have|having|keeps|kept|keeping|hides|hid|pulled|pulls|pulling|brandished|brandishing|waved|waving|showed|flashed|flashing|possessed|bought|buys|got|packing|packs|armed_with|access_to|owns|owned) ~3 (a_|his_|her_|their_|the_|another_|two_|some_)?(knife|knives|blade|blades|gun|guns|handgun|pistol|firearm|firearms|rifle|shotgun|weapon|weapons|machete|box_cutter|boxcutter|switchblade|taser|brass_knuckles|bat|pipe_as_a_weapon|piece|strap|burner_gun|ammunition|ammo|hatchet|axe|razor|shank|bear_spray|pepper_spray)(?!_(?:wound|violence|control|safety|shop|show))',
    ],
  },
  {
    id: 'violence-vague-trouble',
    category: 'violence',
    severity: 'medium',
    explanation: 'Describes trouble with another person that the reader will ask about',
    patterns: [
      '(altercations?|confrontations?|confronted|confronting|clash|clashed|tension_with|tensions_with)',
      '(an|another|some|a|the|that|this|minor|small|big|serious) (incident|disturbance|dispute|conflict|blowup|blow-up|outburst|situation|episode|issue|problem|run-in|falling-out) (with|involving|at|in) ~3 (his|her|their|a|the|staff|security|police|neighbou?rs?|another|other|roommates?|someone|the_manager|management)',
      '(had_words|exchanged_words|got_into_it|got_in_it|beef|words|a_beef|squabble|scrap|heated_argument|shouting_match|yelling_match|screaming_match)(?!_(?:of|for))',
      "(banned|barred|trespassed|kicked_out|86ed|86'd|asked_to_leave|escorted_out|removed) ~4 (after|for|because|following|over) ~2 (an_|the_|a_)?(incident|disturbance|altercation|fight|dispute|argument|confrontation|behavior|behaviour|issue|problem|episode|outburst)",
      '(yelling|screaming|cursing|swearing) (at|in) ~2 (staff|security|people|a_|the_|his_|her_|someone|neighbors|customers|officers|police|the_clerk)',
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
