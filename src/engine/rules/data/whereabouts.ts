import type { RuleEntry } from '../types';

export const WHEREABOUTS_RULES: readonly RuleEntry[] = [
  {
    id: 'whereabouts-absconded',
    category: 'whereabouts',
    severity: 'high',
    explanation: 'Suggests the participant cannot be located or is avoiding supervision',
    kind: 'fixed',
    patterns: [
      '(abscond|absconded|absconding|absconder|whereabouts_unknown|whereabouts_are_unknown|unknown_whereabouts)',
      '(in_the_wind|on_the_run|on_the_lam|off_the_grid|off_the_radar|dropped_off_the_radar|fell_off_the_radar|gone_underground|went_underground|gone_missing|went_missing|skipped_town|left_town|vanished|disappeared|took_off|ghosted)',
      "(can't|cannot|can_not|couldn't|could_not|unable_to|haven't_been_able_to|have_not_been_able_to|hasn't_been_able_to|been_unable_to|not_able_to) (locate|find|reach|contact|track_down|get_ahold_of|get_a_hold_of|get_hold_of|reach_out_to) (him|her|them|the_participant|the_client|mr\\.?_\\w+|ms\\.?_\\w+)",
      "(can't|cannot|couldn't|could_not|has_not|hasn't|have_not|haven't) (be|been) (located|found|reached|contacted)",
      "(nobody|no_one|no-one|none_of_us|neither_of_us|staff|we|i|outreach|family) ~2 (has|have|had|hasn't|haven't|has_not|have_not)? ~1 (seen|heard_from|spotted|located|found|reached) (him|her|them|the_participant|the_client)",
      "(hasn't|has_not|haven't|have_not|not) (been_)?(seen|heard_from|spotted) (since|in|for|at|by)",
      '(lost|losing|no) (contact|touch) (with_(him|her|them|the_participant|the_client))? ~1 (since|for|in|over|after)',
      '(missing|gone|whereabouts|location_is_unknown) (since|for|in)',
      '(is|was|are|were|has_been|have_been|remains|reported|been) missing',
    ],
  },
  {
    id: 'whereabouts-evasion',
    category: 'whereabouts',
    severity: 'medium',
    explanation: 'Suggests the participant is evading police, supervision or outreach',
    kind: 'fixed',
    patterns: [
      '@duck|dodge|avoid|evade|hide_from|run_from|flee|elude|outrun (the_|his_|her_|their_)? ~1 (outreach|outreach_team|po|probation|parole|officer|officers|police|cops|deputies|warrant|court|us|me|case_manager|caseworker|team|service|services|staff|process)',
      '(ran|runs|running|fled|fleeing|took_off|bolted) (from|when|as|before|after) ~3 (police|cops|officers|deputies|the_officer|security|the_car)',
      '(hiding|hides|hid|hidden|laying_low|lying_low|staying_low|keeping_a_low_profile)(?!_(?:his|her|their|the)_(?:phone|money|belongings|bag|things))',
      '(gave|giving|gives|used|using) ~1 (a_)?(fake|false|wrong|different|alias|made-up) (name|id|identity|address|date_of_birth|dob)',
    ],
  },
];
