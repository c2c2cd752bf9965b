/**
 * Cheap context checks around one rule match: who did it (participant, a third party, nobody in particular),
 * whether it is negated, hypothetical, a general statement, a topic of conversation, or already-known record.
 * Everything here works on plain strings and small word windows so a flagged sentence costs microseconds.
 */
import type { Category } from './types';

/** Words that end a clause before a match: the subject and negation of the match live after the last one. */
const CLAUSE_BREAK =
  /[;:()\u2014\u2013]|,\s|\s-\s|\b(?:but|because|although|though|while|whereas|and|so|after|before|when|once|that|who|which|if|unless|until|whether|then|yet|says|said|told\s+\w+|admitted|admits)\b/gi;

const NEGATOR =
  /(?:\bnot|n't|\bnever|\bno(?![\s-]+(?:call|show)\b)|\bden(?:y|ies|ied|ying)|\bwithout|\bnor|\bneither|\bfree\s+of|\bstopped|\bquit|\babstain\w*|\brefrain\w*|\bavoid(?:s|ed|ing)?|\bzero|\bresist(?:s|ed|ing)?)\b/i;

/** A determiner right before a noun trigger names one specific event: negation elsewhere does not cancel it. */
const SPECIFIC_DETERMINER = /\b(?:the|that|this|his|her|their|last|recent|latest)\s+$/i;

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|yesterday|tonight|today';
const HOLIDAYS = `labor\\s+day|memorial\\s+day|christmas|thanksgiving|easter|halloween|new\\s+year'?s?|the\\s+fourth|july|the\\s+4th|her\\s+birthday|his\\s+birthday|their\\s+birthday|the\\s+funeral|the\\s+holidays?|spring|summer|fall|winter|last\\s+(?:week|weekend|month|year|night|time|spring|summer|fall|winter|${MONTHS}|${DAYS})|the\\s+one\\s+in|the\\s+(?:crash|relapse|overdose|arrest|incident)`;
/** A date after a negated use ("has not used since March") reveals the use on that date. */
const DATED = new RegExp(
  `\\bsince\\s+(?:[\\w'-]+\\s+){0,5}?(?:(?:early|late|mid|the|last|this|about|around)[\\s-]+)?(?:${MONTHS}|${DAYS}|${HOLIDAYS}|\\d|the\\s+\\d|(?:a|one|two|three|four|five|six|several)\\s+\\w+\\s+ago)|\\b(?:in|for)\\s+(?:the\\s+)?(?:past\\s+|last\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\\s+few|a\\s+couple\\s+(?:of\\s+)?)\\s*(?:days?|weeks?|months?)\\b|\\bagain\\b`,
  'i',
);

const PARTICIPANT_WORD =
  /\b(?:he|she|they|him|her|them|his|their|hers|theirs|himself|herself|themselves|client|participant|mr\.?|ms\.?|mrs\.?|mx\.?)\b/i;
const PARTICIPANT_SUBJECT = /\b(?:he|she|they|client|participant|mr\.?|ms\.?|mrs\.?|mx\.?)\b/i;
const PARTICIPANT_OBJECT =
  /^\s*(?:\w+\s+){0,2}?(?:him|her|them|the\s+participant|my\s+client|our\s+client|the\s+client)\b/i;

const THIRD_PARTY_SOURCE =
  /\b(?:neighbou?rs?|partner|boyfriend|girlfriend|husband|wife|ex|brother|sister|mom|mother|dad|father|son|daughter|cousin|uncle|aunt|friends?|roommates?|housemates?|landlord|someone|somebody|anyone|anybody|another\s+(?:client|participant|resident|man|woman|person|guy|tenant|camper)|other\s+(?:clients?|participants?|residents?|people|campers?|guys?|tenants?|men|women|man|woman|person|neighbou?rs?)|a\s+(?:man|woman|guy|person|stranger|resident|tenant|client|camper|kid)|people|participants|clients|residents|kids?|children|family|parents|grandmother|grandfather|relatives?|associates?|crew|staff|others|everyone|everybody|folks|individuals|persons?|defendants|courts?|judges?|programs?|agencies|landlords|guests|visitors|customers|teens|youth)\b/i;
const THIRD_PARTY = THIRD_PARTY_SOURCE;
const THIRD_PARTY_G = new RegExp(THIRD_PARTY_SOURCE.source, 'gi');

const GENERIC_CUE =
  /\b(?:(?:become|becoming|increasingly)\s+common|in\s+our\s+(?:region|area|community|city)|trained\s+staff|can\s+be|can\s+cause|is\s+dangerous|are\s+dangerous|is\s+common|are\s+common|often|usually|typically|generally|commonly|tend\s+to|tends\s+to|in\s+general|as\s+a\s+rule|policy|policies|anyone|anybody|everyone|everybody|any\s+participant|participants|people\s+who|someone\s+who|those\s+who|a\s+person|can\s+lead|can\s+result|may\s+result|could\s+result|will\s+result)\b/i;

const CONDITIONAL =
  /\b(?:if|unless|in\s+case|in\s+the\s+event|whether|should\s+(?:he|she|they)|what\s+happens|what\s+would|would\s+happen)\b/i;
const PRESUPPOSING_QUESTION =
  /\b(?:(?:do|does|would|should|will|must)\s+(?:we|i|you|anyone|staff)\s+(?:have\s+to|need\s+to|be\s+required\s+to|still\s+have\s+to)?\s*(?:tell|report|disclose|mention|share|notify)\b|(?:is|was|would|will|could|does|did)\s+(?:it|that|this)\s+(?:be\s+|still\s+)?(?:a\s+problem|an\s+issue|ok(?:ay)?|all\s*right|a\s+violation|count|matter|affect)|would\s+(?:be\s+a\s+problem|count|matter|show\s+up)|(?:asked|asks|asking|wondered|wonders|wanted\s+to\s+know)\s+(?:me\s+|us\s+)?(?:if|whether))/i;
const CONDITIONAL_G = new RegExp(CONDITIONAL.source, 'gi');
const FACTIVE =
  /\b(?:(?:find|finds|found|finding)\s+out|learns?|hears?|discovers?|knows?|sees|notices?|realizes?|realises?|gets\s+wind)\b/i;
/** "a gas can" is a noun, not a modal verb. */
const MODAL =
  /\b(?:(?<!\b(?:a|the|gas|trash|garbage|soda|beer|paint|spray|tin|coffee|watering|oil)\s)can|could|may|might|will|would|should|must|'ll)\b/i;
/** A name-like reference to the participant: "Mr. Ochoa", "J.R.", "Lena" (a capitalised word after the start). */
const NAME_REFERENCE =
  /(?:\b(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+[A-Z]|(?<!^|[.!?]\s+)\b[A-Z][a-z]+\b(?!\s+(?:Street|Avenue|Ave|Road|Center|Centre|Court|County|Department|Shelter|Village|House|Program|Services|Clinic|Hospital))|\b[A-Z]\.(?:\s?[A-Z]\.)?)/;

/** Words that make the match a subject of conversation or education rather than something that happened. */
const TOPIC_BEFORE =
  /\b(?:talk(?:ed|s|ing)?|spoke|speak(?:s|ing)?|discuss(?:ed|es|ing|ion)?|education|educated|information|info|train(?:ed|ing)|class(?:es)?|workshop|curriculum|lesson|video|pamphlet|handout|about|regarding|on\s+(?:the\s+)?(?:risks?|dangers?|signs?)|risks?\s+of|dangers?\s+of|signs?\s+of|fear(?:s|ed)?\s+of|afraid\s+of|worried\s+about|at\s+risk\s+(?:of|for)|prevent(?:ing)?|avoid(?:ing)?|reduc(?:e|ing)|cope\s+with|coping\s+with|triggers?\s+for|plan\s+for|strategies\s+for|questions?\s+about|asked\s+about|learn(?:ed|ing)?\s+about|understand(?:s|ing)?|how\s+to|practic(?:ed|es|ing)|demonstrat\w+|respond(?:ing)?\s+to|de-?escalat\w*|handl(?:e|ing)|covered|covers|procedures?|protocol)\b/i;
const TOPIC_AFTER =
  /^\s*(?:prevention|awareness|training|education|kits?|class(?:es)?|workshops?|risks?|reduction|response|resources|services|support|counseling|group|groups|program|curriculum|information|triggers?|warning\s+signs|safety|victim\s+panel|impact\s+panel|panel|school|course|assessment|evaluation|screening\s+tool)\b/i;

const PASSIVE_BEFORE = /\b(?:was|were|got|been|is|are|being|get|gets|getting|be)\s+(?:\w+ly\s+)?$/i;
const BY_PARTICIPANT =
  /^\s*(?:\w+\s+){0,3}?by\s+(?:him|her|them|the\s+participant|my\s+client|our\s+client)\b/i;
const VICTIM = /\b(?:victim|victimized|survivor|targeted|preyed)\b/i;
/** "was threatened with a ", "got hit by some guy's": the participant suffered what the match names. */
const PASSIVE_WITH =
  /\b(?:was|were|got|been|being|get|gets|getting)\s+(?:\w+ly\s+)?(?!(?:seen|spotted|observed|filmed|recorded|accused|suspected|arrested|stopped|searched|booked|picked|charged|cited|armed|equipped|frisked|detained|pulled|flagged|reported|photographed|identified|released|trespassed)\b)\w+(?:ed|en)\s+(?:\w+\s+){0,3}?(?:with|by)\s+(?:\S+\s+){0,2}$/i;

/** Conduct nobody has charged: however old, it is not record the court has, and it could still be charged. */
const UNCHARGED =
  /\b(?:never\s+(?:\w+\s+)?(?:caught|charged|found\s+out|figured\s+out|reported|connected|traced|linked|tied)|(?:nobody|no\s+one)\s+(?:\w+\s+)?(?:knows|knew|found\s+out|figured\s+out|saw|caught|reported|connected|traced|linked|tied|suspected)|got\s+away\s+with|(?:wasn't|was\s+not|weren't|didn't\s+get|never\s+got|hasn't\s+been|has\s+not\s+been|haven't\s+been)\s+(?:caught|charged)|uncharged)\b/i;

/** Record the court already has, or case events already closed. */
const KNOWN_RECORD =
  /\b(?:referr(?:ed|al)|prior|previous(?:ly)?|original|underlying|history|record|records|convicted|conviction|convictions|years?\s+ago|as\s+a\s+(?:juvenile|teen|minor)|diverted|diversion|in\s+lieu\s+of|instead\s+of\s+(?:booking|charging|arrest)|old\s+(?:case|charge|conviction|arrest|warrant|record)|already\s+(?:has|knows|aware|on\s+file|in\s+the\s+file)|on\s+file|in\s+the\s+file)\b/i;
const RESOLVED =
  /\b(?:(?:got|had)\s+(?:\S+\s+){0,4}(?:dismissed|quashed|recalled|vacated|dropped|withdrawn|struck)|(?:was|were|been|got|is|are|'s|has|have|had|judge|court|prosecutor|state|they)\s+(?:\w+\s+)?(?:dismissed|quashed|recalled|vacated|dropped|withdrawn|resolved|expunged|sealed|struck|stricken|acquitted)|(?:dismissed|quashed|recalled|vacated|dropped|expunged|sealed)\s+(?:the|his|her|their|all|both|that|those|a|an|two|three)|dismissal|acquittal|not\s+guilty|declined\s+to\s+(?:file|charge|prosecute)|no\s+charges\s+(?:were\s+)?filed)\b/i;
const LOGISTICS =
  /\b(?:hearings?|motions?|continuance|continued|arraignment|trial|sentencing|plea|docket|calendar|scheduled|rescheduled|set\s+for|transfer(?:red)?|attorney|defender|counsel|court\s+date|case\s+number|discovery|pretrial|omnibus)\b/i;
const NEW_EVENT = new RegExp(
  `\\b(?:new(?!\\s+(?:medications?|meds|prescriptions?|job|apartment|place|phone|program|counsel+or|doctor|caseworker|case\\s+manager|housing|unit|room))|another|again|recent(?:ly)?|latest|last\\s+(?:night|week|weekend|month)|yesterday|this\\s+(?:morning|week|weekend|month)|today|tonight|on\\s+(?:${DAYS})|(?:${DAYS})|the\\s+(?:night|day|morning|week)\\s+(?:before|after))\\b`,
  'i',
);

export interface MatchContext {
  /** The whole sentence, apostrophes normalised. */
  text: string;
  start: number;
  end: number;
}

function clauseStart(text: string, start: number): number {
  let last = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let found = CLAUSE_BREAK.exec(text); found && found.index < start; found = CLAUSE_BREAK.exec(text)) {
    last = found.index + found[0].length;
  }
  return last;
}

function lastWords(text: string, count: number): string {
  const words = text.trimEnd().split(/\s+/);
  return words.slice(-count).join(' ');
}

/** The clause text before the match and the text after it up to the next clause break. */
export function windows(match: MatchContext): { before: string; after: string; clause: string } {
  const from = clauseStart(match.text, match.start);
  const before = match.text.slice(from, match.start);
  const after = match.text.slice(match.end);
  return { before, after, clause: `${before}${match.text.slice(match.start, match.end)}${after}` };
}

export function isNegated(before: string): boolean {
  return NEGATOR.test(lastWords(before, 5));
}

/** Negation is unsafe when it still reveals an event: a date ("since March") or a specific, named event. */
export function negationRevealsEvent(before: string, fromTrigger: string): boolean {
  return SPECIFIC_DETERMINER.test(before) || DATED.test(fromTrigger);
}

/** The match sits inside an if-clause, or in the main clause of a conditional with a modal verb. */
export function isHypothetical(text: string, start: number, before: string): boolean {
  // "Is it a problem if he smokes weed now", "…if she has already missed two": the conduct is real.
  if (/\b(?:again|still|already|now|keeps|continues|has\s+been|'s\s+been)\b/i.test(text)) return false;
  // "Would it be a problem if…", "is it okay that…": a question that presupposes the conduct.
  if (PRESUPPOSING_QUESTION.test(text)) return false;
  const prefix = text.slice(0, start);
  const conditional = lastMatch(CONDITIONAL_G, prefix);
  if (conditional >= 0 && !/[.;!?]/.test(prefix.slice(conditional))) {
    // "If the court finds out he relapsed": what someone might learn has already happened.
    if (FACTIVE.test(prefix.slice(conditional))) return false;
    if (!prefix.slice(conditional).includes(',')) return true;
    if (MODAL.test(before)) return true;
  }
  return CONDITIONAL.test(text) && GENERIC_CUE.test(text) && !PARTICIPANT_SUBJECT.test(text);
}

function lastMatch(regex: RegExp, text: string): number {
  let last = -1;
  regex.lastIndex = 0;
  for (let found = regex.exec(text); found; found = regex.exec(text)) last = found.index;
  return last;
}

/** "Many participants are afraid that…": a sentence about a group, whatever pronouns follow. */
const GROUP_SUBJECT =
  /^\s*(?:(?:many|most|some|all|few|lots\s+of|a\s+lot\s+of)\s+(?:of\s+(?:our|the)\s+)?(?:participants|clients|people|folks|residents)|(?:participants|clients|people)\s)/i;

export function isGeneralStatement(text: string): boolean {
  if (GROUP_SUBJECT.test(text)) return true;
  const withoutGroupPossessives = text.replace(/\b(?:their|her|his)\s+(?=participants|clients)/gi, '');
  if (PARTICIPANT_WORD.test(withoutGroupPossessives) || NAME_REFERENCE.test(text)) return false;
  return GENERIC_CUE.test(text) || MODAL.test(text);
}

/** "We talked about overdose prevention": the match is a subject of talk, not an event. */
export function isTopic(before: string, after: string): boolean {
  if (TOPIC_AFTER.test(after)) return true;
  if (!TOPIC_BEFORE.test(lastWords(before, 6))) return false;
  if (/\b(?:his|her|their)\s+$/i.test(before)) return false;
  // "…about the bench warrant hanging over him": the match is pinned on the participant, not a subject of talk.
  if (
    /^\s*(?:\S+\s+){0,2}?(?:hanging\s+over|out\s+for|issued\s+for|on|for|against)\s+(?:him|her|them)\b/i.test(
      after,
    )
  )
    return false;
  return !NEW_EVENT.test(after) && !DATED.test(after);
}

export function isPassiveClause(before: string): boolean {
  return PASSIVE_BEFORE.test(before);
}

export function isPassiveVictim(before: string, trigger: string, after: string): boolean {
  // Only a participle can be passive: "was only a shove" names an act, "was assaulted" a victim.
  if (
    BY_PARTICIPANT.test(after) ||
    /^(?:\S*ing|a|an|the|one|only|just|single|caught|found|seen|spotted|observed|filmed|recorded|accused|suspected|strapped|armed)\b/i.test(
      trigger,
    )
  )
    return false;
  return PASSIVE_BEFORE.test(before) || PASSIVE_WITH.test(before) || VICTIM.test(before);
}

/** "There was an overdose", "a fight broke out": an event with no actor named. */
const SUBJECTLESS_BEFORE =
  /\bthere\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+){0,2}$/i;
const SUBJECTLESS_AFTER = /^\s*(?:broke\s+out|happened|occurred|erupted|took\s+place|started|went\s+down)\b/i;
const POLICE = /\b(?:police|cops?|officers?|deputies|deputy|sheriff|troopers?|spd|security|guards?)\b/i;

/**
 * The writer, or someone on the writer's side, is the subject right before the act: "I drove Devon to the food
 * bank", "our case aide gave him a ride". Only auxiliaries and adverbs may stand between subject and act.
 */
const WRITER_SUBJECT =
  /(?:^|[,;:]\s*|\b(?:and|so|then|because|since)\s+)(?:i|we|cm|this\s+writer|(?:our|my)\s+(?:[\w-]+\s+)?(?:team|staff|aide|worker|navigator|colleague|volunteer|driver|manager|advocate|peer))\s+(?:(?:had\s+to|have\s+to|has|have|had|will|would|can|could|did|just|also|then|personally|usually|already|always|often)\s+)*$/i;

/** The writer at the wheel is not the participant driving: "I drove her to the clinic". */
export function writerAtTheWheel(category: Category, before: string): boolean {
  return category === 'driving' && WRITER_SUBJECT.test(before);
}

/** The nearest subject before the match is somebody else, not the participant. */
export function isSubjectless(before: string, after: string): boolean {
  return SUBJECTLESS_BEFORE.test(before) || SUBJECTLESS_AFTER.test(after);
}

export function hasThirdPartySubject(before: string, after: string, prefix: string): boolean {
  if (isSubjectless(before, after)) return true;
  // "He and a neighbor traded blows": the participant shares the subject even across the "and".
  if (
    /(?:\b(?:he|she|they)|\b[A-Z][a-z]+)\s+(?:and|&)\s+(?:(?:his|her|their|a|an|the)\s+)?\S+\s+(?:\S+\s+){0,3}$/.test(
      prefix,
    )
  ) {
    return false;
  }
  const third = lastSubjectThirdParty(before);
  if (third < 0) return false;
  // "The court would find out about his dirty UA": an institution cannot own the participant's test or arrest.
  if (INSTITUTION.test(before.slice(third)) && /\b(?:his|her|their)\s+(?:\S+\s+)?$/i.test(before))
    return false;
  if (INSTITUTION_AS_MODIFIER.test(before.slice(third))) return false;
  const nearer = before.slice(third);
  // "His cousin thinks he took a bus…": a participant pronoun closer to the match is its subject.
  if (/\b(?:he|she|they|i|we)\b/i.test(nearer.replace(/^\S+/, ''))) return false;
  // "He and his brother were arrested": the participant shares the subject.
  return !/(?:\b(?:he|she|they)|\b[A-Z][a-z]+|\b[A-Z]\.?)\s+(?:and|&)\s/.test(before.slice(0, third));
}

const INSTITUTION = /^(?:courts?|judges?|programs?|agencies|staff|landlords?)\b/i;
/** "a court date", "program rules": the institution word only names a thing, it is no one's subject. */
const INSTITUTION_AS_MODIFIER =
  /^(?:court|program|staff|agency)\s+(?:dates?|hearings?|appearances?|orders?|fees?|costs?|fines?|case|calendar|paperwork|rules?|meetings?|rooms?|reminders?|notices?|documents?)\b/i;

/** A word right after a preposition or a transitive verb is an object ("moved in with his girlfriend"). */
const OBJECT_POSITION =
  /\b(?:per|via|with|to|at|for|from|of|about|near|behind|beside|around|toward|towards|into|onto|like|than|helping|help|helps|helped|told|tell|asked|saw|see|visited|called|texted|met|joined|hit|punched|pushed|shoved|sent|gave|showed|messaged|emailed|owed|owes|warned|threatened|followed|stalked|slapped|kicked|choked|stabbed|attacked|jumped|robbed|confronted)\s+(?:(?:his|her|their|a|an|the|my|our|some|two|another)\s+)?(?:[\w'-]+\s+)?$/i;

/** Last third-party word before the match that is not a possessor ("his uncle's rifles"). */
function lastSubjectThirdParty(before: string): number {
  let last = -1;
  THIRD_PARTY_G.lastIndex = 0;
  for (let found = THIRD_PARTY_G.exec(before); found; found = THIRD_PARTY_G.exec(before)) {
    const next = before.slice(found.index + found[0].length, found.index + found[0].length + 2);
    const objectOf = OBJECT_POSITION.test(before.slice(Math.max(0, found.index - 40), found.index));
    if (!/^'/.test(next) && !/^s'/.test(next) && !objectOf) last = found.index;
  }
  return last;
}

/** The police or security are the subject: force they use is enforcement, not the participant's violence. */
export function policeSubject(before: string, trigger: string): boolean {
  return POLICE.test(before) || POLICE.test(trigger.split(/\s+/)[0] ?? '');
}

/** The match itself opens the clause with someone else ("officers stopped…", "her boyfriend deals…"). */
export function opensWithThirdParty(before: string, trigger: string): boolean {
  if (before.trim() !== '') return false;
  const third = THIRD_PARTY.exec(trigger);
  return (
    third !== null &&
    /^(?:(?:the|a|an|his|her|their|some|two|three)\s+)?$/i.test(trigger.slice(0, third.index))
  );
}

/** After someone else's conduct, the rest of the clause names the participant ("…in his room"). */
export function participantInRest(rest: string): boolean {
  const clause = rest.split(/[.;!?,]|\b(?:so|but|because|although|since)\b/i)[0] ?? '';
  return /\b(?:his|her|their|him|them|he|she|they)\b/i.test(clause);
}

/** A person named or pointed at inside the match after its first word ("give Lena two doses of Narcan"). */
export function participantInsideMatch(trigger: string): boolean {
  const rest = trigger.replace(/^\S+\s*/, '');
  return /\b(?:him|her|them)\b|\b[A-Z][a-z]+\b/.test(rest);
}

export function participantIsObject(after: string): boolean {
  return PARTICIPANT_OBJECT.test(after);
}

export function thirdPartyIsObject(after: string): boolean {
  const head = /^\s*(?:\S+\s+){0,3}/.exec(after)?.[0] ?? '';
  return THIRD_PARTY.test(head) && !PARTICIPANT_OBJECT.test(after);
}

/** Already-known record or a closed case event: leave alone unless the sentence says it is new. */
export function isKnownRecord(text: string, beforeTrigger: string, afterTrigger: string): boolean {
  if (RESOLVED.test(text)) return true;
  if (NEW_EVENT.test(text) || UNCHARGED.test(text)) return false;
  if (KNOWN_RECORD.test(text)) return true;
  // A year right beside the conduct dates a record ("her 2015 conviction", "two DUIs from 2012").
  if (
    /\b(?:19|20)\d\d\s+(?:\S+\s+)?$/.test(beforeTrigger) ||
    /^\s+(?:\S+\s+){0,2}?(?:19|20)\d\d\b/.test(afterTrigger)
  ) {
    return true;
  }
  return LOGISTICS.test(text) && /^\s*(?:charges?|case|cases|counts?|matter)\b/i.test(afterTrigger);
}

/** Cheap pre-check before asking compromise: a subject or object pronoun, or a shared-place word. */
export function mentionsParticipantBesides(text: string): boolean {
  return /\b(?:he|she|they|him|them|their|together|both)\b/i.test(text);
}
