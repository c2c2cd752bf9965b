import type { RuleEntry } from '../types';

export const DRIVING_RULES: readonly RuleEntry[] = [
  {
    id: 'driving-impaired',
    category: 'driving',
    severity: 'high',
    explanation: 'Mentions impaired driving',
    record: true,
    patterns: [
      '(dui|duii|duis|dwi|dwis|owi|ovi|dui-related|drunk_driving|drunk_driver|drunken_driving|drunk-driving|impaired_driving|driving_under_the_influence|driving_while_intoxicated|driving_while_impaired|drinking_and_driving)',
      '@drive ~3 (drunk|high|intoxicated|buzzed|impaired|wasted|loaded|after_drinking|after_using|under_the_influence|while_drinking|with_an_open_container)',
      '(drunk|high|intoxicated|buzzed|impaired|wasted|loaded) ~2 (driving|drove|behind_the_wheel|at_the_wheel|while_driving)',
      '(blew|blows|blowing|blow|registered|tested|tests|bac|blood_alcohol|breath_test|breath_alcohol) ~3 (over|above|twice|double) ~1 (the_)?(legal_)?(limit|\\.0[89]|\\.[1-3]\\d?)',
      '(over|above) the_(legal_)?limit',
      '(blew|blows|blew_a|bac_of|blood_alcohol_of) (a_)?(\\.|0\\.)\\d+',
    ],
  },
  {
    id: 'driving-unlicensed',
    category: 'driving',
    severity: 'high',
    explanation: 'Mentions driving without a valid license',
    patterns: [
      "@drive|commute|ride|operate ~16 (suspended|revoked|without_a_license|without_a_valid_license|with_no_license|no_license|unlicensed|without_insurance|with_no_insurance|uninsured|on_a_suspended|on_a_revoked|no_valid_license|not_licensed|isn't_licensed|isn't_allowed_to_drive|not_supposed_to_drive|not_allowed_to_drive|no_interlock|without_an_interlock|without_(a|an|the|his|her|their)_(required_)?(ignition_)?interlock|doesn't_have_an_interlock|hasn't_gotten_(his|her|their)_license_back|has_not_gotten_(his|her|their)_license_back|without_getting_(his|her|their)_license_back|dl_is_still_suspended|dl_suspended)",
      "(suspended|revoked|no_license|unlicensed|not_licensed|isn't_licensed|not_supposed_to_drive|not_allowed_to_drive) ~12 (drove|drives|driving|driven|drive|behind_the_wheel|commuting|commutes|rode|riding|took_the_(truck|car|van)|takes_the_(truck|car|van))",
      '(behind_the_wheel|at_the_wheel|took_the_wheel|takes_the_wheel|got_behind_the_wheel|drove|driving|drive|drives|driven|operating_a_(motor_)?vehicle) ~3 (after|while|when) ~3 ({DRUG}|drinking|smoking|using|taking|a_few|a_couple|beers|drinks|high|drunk|shots|pills|a_sedative|sleeping_pills|impaired|intoxicated|under_the_influence)',
      '(drove|drives|driving|drive|driven) ~3 (from|home_from|out_of|back_from) ~2 (the_)?(bar|bars|tavern|pub|party|club|brewery|liquor_store|happy_hour)',
      '(takes|took|taking|take) the_(truck|car|van) ~8 (not_supposed_to_drive|not_allowed_to_drive|suspended|revoked|no_license|without_a_license)',
      "(even_though|although|though|despite|but|while) ~4 (not_supposed_to_drive|not_allowed_to_drive|can't_legally_drive|license_is_(still_)?(suspended|revoked)|licence_is_(still_)?(suspended|revoked)|license_(was|has_been)_(suspended|revoked)|no_license|unlicensed|isn't_licensed)",
      '(fled|left|leaving|leave|flee|fleeing|flees|leaves) the_scene',
      '(impounded|impound|car_was_seized|truck_was_seized|vehicle_was_seized|car_got_towed_after|towed_after_(the|a)_stop)',
      '(ran|running|blew|blowing|swerving|swerved|speeding|sped|crashed|rear-ended|backed_into|drove|driving|was_driving|behind_the_wheel) ~6 (while|when|after) ~1 (high|drunk|intoxicated|impaired|buzzed|under_the_influence|loaded|wasted|drinking|stoned|on_meth|on_pills|on_something)',
      '(circumvent|circumvented|circumventing|bypass|bypassed|bypassing|get_around|got_around|disabled|disconnected|someone_else_blow|had_someone_else_blow) ~3 (the_)?(interlock|device)',
      '(dwls|dwlr|dwr|dws|driving_while_license_suspended|driving_while_suspended|driving_with_a_suspended|driving_on_a_suspended|driving_while_license_revoked|driving_while_revoked|unlicensed_driving|driving_without_a_license|no_valid_license)',
      '(suspended|revoked|no|expired|without_a) (license|licence) ~6 (drove|drives|driving|driven|behind_the_wheel|pulled_over|stopped|crashed|hit)',
      '(behind_the_wheel|at_the_wheel) ~4 (suspended|revoked|license|licence)',
      '(hit-and-run|hit_and_run|reckless_driving|eluding|vehicular_assault|joyriding|joyride)',
      "(crashed|wrecked|totaled) (his|her|their|the|a|a_friend's|someone's|his_mom's|her_mom's) ~1 (car|truck|van|vehicle|suv)",
    ],
  },
];
