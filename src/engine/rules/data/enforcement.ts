import type { RuleEntry } from '../types';

const ACTION = 'Mentions police or court enforcement action against the participant';

export const ENFORCEMENT_RULES: readonly RuleEntry[] = [
  {
    id: 'enforcement-arrest',
    category: 'enforcement',
    severity: 'high',
    explanation: ACTION,
    record: true,
    patterns: [
      '(arrested|arresting|re-arrested|rearrested)',
      '(?<!(?:cardiac|respiratory|house|heart)\\s)(arrest|arrests)',
      '(booked|booking) (into|in|at|on|for|friday|saturday|sunday|monday|tuesday|wednesday|thursday|last|this|yesterday|again|overnight|and)',
      '(was|were|got|been|get|gets|getting) booked',
      '(taken|took|hauled|brought) (him|her|them)? ~1 (into|to) (custody|jail|county|lockup|the_station|booking|holding|detention)',
      '(in|into|from|out_of) (custody|jail|lockup|holding|the_drunk_tank|county_jail|juvie|detention)',
      '(jail|jailed|incarcerated|locked_up|behind_bars|lockup|the_drunk_tank)',
      '(spent|spend|spending|did|doing|served|serving) ~3 (in_)?(jail|custody|county|lockup|holding)',
      '(bail|bailed|bailed_out|bonded_out|posted_bond|posted_bail|mugshot|mug_shot|fingerprinted|handcuffed|cuffed)',
      '@detain',
      '(picked|scooped|snatched|grabbed|swept)_up (by|on|for|at|in)_?(the_)?(police|cops|officers|deputies|spd|sheriff|a_warrant|a_hold)',
      '(was|were|got|been|get|getting) (picked|scooped|snatched|swept)_up',
      '(under|on) (arrest|a_hold)',
      '(a|an|the) (hold|detainer) (on|for) (him|her|them)',
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
      '(charged|recharged|re-charged|indicted|arraigned|prosecuted) (with|for|on|in|again|last|after)',
      '(was|were|got|been|be|being|get|getting) (charged|indicted|arraigned)',
      '(new|another|additional|pending|fresh|recent|open|a_new|felony|misdemeanor|criminal) ~1 (charges?|case|cases|complaint)',
      '(charges?) (of|for|against_(him|her|them)|were_filed|filed|pending|came_down|related_to)',
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
      '(cited|citation|citations|infraction)',
      '(ticketed|written_up_by_(police|security|the_officer))',
      '(got|received|given|gave_(him|her|them)|issued|wrote_(him|her|them)) ~1 (a_|another_|two_|three_)?(ticket|tickets) (for|from|at|in|on)',
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
    patterns: ['(warrants?|bench_warrant|fta_warrant)'],
  },
  {
    id: 'enforcement-police-contact',
    category: 'enforcement',
    severity: 'medium',
    explanation: 'Describes police contact with the participant',
    patterns: [
      '(police|cops|officers|officer|deputies|deputy|sheriff|trooper|troopers|security|spd) ~3 (stopped|detained|searched|questioned|called|came|showed_up|arrived|responded|picked|took|escorted|removed|pulled|frisked|caught|found|contacted|grabbed|chased|were_called|was_called|got_called|involved|got_involved)',
      '(called|call|calls|calling) (the_)?(police|cops|911|security)_?(on)?',
      '(stopped|pulled_over|questioned|searched|frisked|contacted|confronted|caught|chased) (by) (the_)?(police|cops|officers|an_officer|a_deputy|deputies|security|troopers|a_trooper)',
      '(pulled|got_pulled|was_pulled) over',
      '(police|law_enforcement) (contact|contacts|involvement|report|incident|encounter|stop)',
      '(run-in|run-ins|run_in|runs-in|trouble|issues|issue|problems|encounter|beef) with (the_)?(police|cops|law|officers|law_enforcement|security|the_law)',
      '(in|got_in|into|got_into|get_into) (trouble|some_trouble|a_little_trouble|legal_trouble|hot_water)',
      '(sweep|raid|bust|busted|popped_by_(the_)?(cops|police))',
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
      '(no|denies|denied|without|any) ~2 (arrests?|police_contacts?|police_involvement|contact_with_(the_)?police|law_enforcement_contact|citations?|charges|bookings?|warrants?)',
      '(not|never) ~2 (arrested|cited|booked|charged|picked_up)',
    ],
  },
];
