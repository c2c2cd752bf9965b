/**
 * Conditions read across sentences: a message that names a supervision condition in one sentence ("his licence
 * is suspended", "the NCO with Tasha") and describes an act that breaks it in another ("he drives his uncle's
 * truck to the job", "Tasha came by his place on Sunday") reveals a violation neither sentence shows alone.
 * The act's sentence is flagged; the sentence naming the condition stays as it is.
 *
 * Per sentence, what it names is cached (a pure function of its text), so re-reading a message after a
 * keystroke costs one lookup per sentence; act checks run only when the message names a condition.
 */
import { normaliseSentence, type SentenceHit } from '../classify';
import { isHypothetical, isNegated, windows } from '../classify-context';
import { isAllowed } from '../classify-phrases';
import type { Lazy } from '../model/load';
import { RecentCache } from '../recent-cache';
import { bounded, compilePattern } from '../rules/compile';
import { compiledToMachineCode } from '../rules/machine-code';
import type { EngineOptions } from '../types';
import { type ActModel, type ActVerdict, breakProbability, judgeAct } from './act-model';
import { CONDITION_RULES, type ConditionKind, type ConditionRule } from './conditions';
import { curfewHour, isLateForCurfew } from './curfew';
import { endings, inForce } from './ended';
import { type NamingModel, nameCondition } from './naming-model';
import { namedObjects, type ProtectedObjects } from './objects';
import { clash, scheduleOf, spansOf } from './schedule';

interface CompiledRule {
  rule: ConditionRule;
  names: readonly RegExp[];
  /** The names again, global, for finding every naming in a sentence. */
  everyName: readonly RegExp[];
  acts: readonly RegExp[];
}

const compile = (patterns: readonly string[]): RegExp[] =>
  patterns.map((pattern) => new RegExp(bounded(compilePattern(pattern)), 'i'));

let compiled: readonly CompiledRule[] | null = null;
/** Compiled on first use; the names run on every sentence, so they go straight to machine code. */
function compiledRules(): readonly CompiledRule[] {
  compiled ??= CONDITION_RULES.map((rule) => {
    const names = compile(rule.names).map(compiledToMachineCode);
    return {
      rule,
      names,
      everyName: names.map((regex) => new RegExp(regex.source, 'gi')),
      acts: compile(rule.acts),
    };
  });
  return compiled;
}

/** One condition a sentence names, with the people and places it protects. */
export interface NamedCondition {
  kind: ConditionKind;
  /** The sentence that names it: the key its breaches are cached under. */
  source: string;
  /** Where the naming words are in that sentence. */
  start: number;
  end: number;
  objects: ProtectedObjects;
  /** The curfew's hour (24 h) where the sentence gives one. */
  hour: number | null;
}

const namedCache = new RecentCache<string, readonly NamedCondition[]>(5000);

/** Sentences that talk about the court process itself restate a condition rather than break it. */
const COURT_PROCESS =
  /\b(?:hearing|motion|petition|modif\w*|lift\w*|dismiss\w*|extend\w*|expire\w*|renew\w*|quash\w*|vacat\w*|review|remain\w* in (?:place|effect)|stays? in (?:place|effect)|in effect|(?:he|she|they|pt) (?:understands?|knows?|is aware|are aware)|reminded|explained|discussed|talked about|asked (?:about|whether|if)|wants? to|plans? to|hopes? to|would like|will (?:ask|request|apply|file))\b/i;

/**
 * The participant keeping away from the protected person, or the two apart: "she left by the side door", "did not
 * respond", "let both calls go to voicemail", "went to the back office", "sat on the opposite side of the gym".
 */
const AVOIDING =
  /\b(?:ke(?:ep|eps|eping|pt)\s+(?:her|his|their)\s+distance|ke(?:ep|eps|eping|pt)\s+to\s+(?:him|her|them)sel(?:f|ves)|stay(?:s|ed|ing)?\s+away|avoid\w*|(?:did\s+not|didn't|does\s+not|doesn't|never)\s+(?:respond|answer|reply|pick\s+up|open|speak|talk|engage|call\s+back|text\s+back)|without\s+(?:speaking|talking|answering|responding|a\s+word)|has\s+not\s+spoken|hasn't\s+spoken|ignor\w+|blocked|left(?=\s*(?:[.,;]|$|right\s+away|immediately|at\s+once|early|by\s+the|through\s+the|without|before|as\s+soon\s+as|when|once))|walked\s+(?:away|out|off)|turned\s+around|hung\s+up|declin\w+|refus\w+|(?:go|goes|went|gone|going)\s+to\s+voicemail|(?:went|go|goes|stayed|stays)\s+(?:in|into|to)\s+the\s+back|(?:sat|sits|sit|stood|stands|stayed|stays|kept|keeps|moved|went)\s+(?:\S+\s+){0,4}?(?:on|to|at)\s+(?:the\s+)?(?:opposite|other|far)\s+(?:side|end)|never\s+in\s+the\s+same\s+room|(?:not|n't|dont|never)\s+(?:\w+\s+)?cross\s+paths|did\s+not\s+see\s+each\s+other|didn't\s+see\s+each\s+other|(?:asked|had|got)\s+(?:his|her|their|the)\s+(?:manager|supervisor|boss|coworker|co-worker|staff)\s+to)\b/i;

/**
 * Contact the order itself allows, or that others carry out for the two: "staff handled the drop-off", "with the
 * monitor in the room", "per the exception", "as the amended order provides", "through his attorney".
 */
const PERMITTED_CONTACT =
  /\b(?:supervised(?!\s+(?:release|probation|parole))|staff\s+(?:handled|present|were\s+present|was\s+present|did)|(?:with|w\/)\s+(?:the\s+)?(?:monitor|staff|supervisor|visit\s+supervisor)\s+(?:in\s+the\s+room|present)|per\s+the\s+(?:\w+\s+)?(?:exception|order|parenting\s+plan)|(?:written|approved|signed|court-approved)\s+exception|exception\s+(?:that\s+)?(?:covers|allows|permits|for)|(?:as|which)\s+the\s+(?:\w+\s+)?order\s+(?:provides|allows|permits)|(?:allowed|permitted|approved)\s+(?:by|under)\s+the\s+(?:\w+\s+)?order|through\s+(?:his|her|their|the)\s+(?:attorneys?|lawyers?|counsel))\b/i;

/**
 * The participant placed outside the area the order covers: "outside the zone", "well away from that area", "way
 * west of there", "one block north of where the zone ends".
 */
const OUTSIDE_THE_AREA =
  /\b(?:outside(?:\s+of)?|out\s+of|away\s+from|(?:miles|blocks)\s+(?:away\s+)?from|(?:north|south|east|west)\s+of|beyond|clear\s+of)\s+(?:(?:the|that|this|its|his|her|where\s+the)\s+)?(?:\w+\s+){0,2}?(?:zone|area|district|boundary|boundaries|there|order|exclusion|soap|soda)\b/i;

/**
 * What happened before the order existed: "ten days before that order", "before the order was entered", "back in
 * Feb, before sentencing".
 */
const BEFORE_THE_ORDER =
  /\bbefore\s+(?:(?:the|that|this|his|her|any)\s+(?:\w+\s+){0,2}?(?:order|nco|soap|soda|conditions?|bond|release|arrest|case|plea|sentencing|arraignment)\b(?!\s+(?:expired|ended|was\s+lifted))|sentencing\b|arraignment\b|(?:he|she|they)\s+(?:was|were)\s+(?:sentenced|arraigned|arrested|charged|released))/i;

/** Drinking something else where others drink: "stuck to soda all night", "a glass of sparkling cider". */
const SOMETHING_ELSE_TO_DRINK =
  /\b(?:sparkling\s+(?:cider|juice|water|grape)|soda|sodas|pop|water|mocktails?|virgin|non-?alcoholic|alcohol-free|zero-proof|(?:na|n\/a)\s+beer|coffee|juice|lemonade|iced\s+tea|passed\s+on|turned\s+down|declined)\b/i;

/**
 * Leave the supervising officer or the court gave for the hours or the trip: "approved in writing a temporary
 * schedule that lets him work the 4 PM to midnight", "PO Watts emailed written approval", "with his PO's permission".
 */
const LEAVE_GIVEN =
  /\b(?:approv\w+|permission|permitted|exception|lets\s+(?:him|her|them)|allow(?:s|ed)\s+(?:him|her|them)|signed\s+off|okayed|ok['’]d|cleared\s+it|authori[sz]\w+|(?:overnight|weekend|day|travel|written|signed)\s+(?:pass|permit)|as\s+the\s+permit\s+allowed|granted|excused)\b/i;

/**
 * The protected person writing to someone other than the participant: "Brianna messaged his public defender
 * about getting her stuff back", "mailed a sympathy card to his mother's address".
 */
const TO_SOMEONE_ELSE =
  /\b(?:messaged|emailed|e-mailed|called|texted|wrote|wrote\s+to|contacted|reached\s+out\s+to|mailed\s+(?:\S+\s+){0,3}?to|sent\s+(?:\S+\s+){0,3}?to)\s+(?:(?:his|her|their|def\.?['’]s|pt['’]s|the)\s+)(?:public\s+defender|attorney|lawyer|counsel|pd|mother|mom|mother['’]s|mom['’]s|father|dad|sister|brother|grandmother|caseworker|case\s+manager|po|probation\s+officer|employer|boss)\b/i;

/** Giving up guns or a vehicle is compliance with the condition, not a breach of it. */
const COMPLYING =
  /\b(?:surrender\w*|turned (?:in|over)|got rid of|rode (?:passenger|shotgun)|passenger seat|as a passenger|gave (?:away|up)|sold|removed|locked up|stored (?:with|at)|no longer (?:has|owns|keeps)|took the bus|takes the bus|rides? the bus|gets? rides?|got a ride|walks|walked|bike|bikes|biked|uber|lyft|taxi|light rail|train)\b/i;

/**
 * Someone else's guns kept out of the participant's reach: "moved all 4 rifles to pt's uncle's house", "keeps
 * them in a locked safe", "transferred to his brother's gun safe".
 */
const GUNS_KEPT_AWAY =
  /\b(?:transferred|(?:own|locked)\s+(?:gun\s+)?safe|safe\s+(?:at|in)\s+(?:his|her|their)\s+(?:own\s+)?(?:house|home|place)|storage\s+unit|moved\s+(?:all|out|(?:(?:his|her|their|the|its)\s+)?(?:\w+\s+){0,3}(?:rifles?|guns?|shotguns?|firearms?|handguns?|pistols?)\s+(?:to|out|into))|took\s+(?:his|her|their|the)\s+(?:\w+\s+){0,2}(?:rifles?|guns?|shotguns?|firearms?)\s+(?:home|to|away))\b/i;

/** The participant kept out of the hunt: "def. did not go", "stayed back and fed the horses", "will skip deer camp". */
const STAYED_OUT =
  /\b(?:(?:did|does|will|would)\s+not\s+go|(?:didn't|doesn't|won't|wouldn't)\s+go|stay(?:s|ed|ing)?\s+(?:back|behind|home|in\s+town)|skip\w*|sat\s+(?:it|this\s+one)\s+out)\b/i;

/**
 * A sentence no longer naming the participant's own conduct: "her sister drove", "the driver", and the writer's
 * own driving ("I drove Tanya to the library").
 */
const SOMEONE_ELSE_ACTS =
  /\b(?:drove (?:him|her|them)|drives (?:him|her|them)|(?:is|was|been|has been|have been) driving (?:him|her|them)|driven by|gave (?:him|her|them) a ride|gives (?:him|her|them) rides|picked (?:him|her|them) up|picks (?:him|her|them) up)\b|\b(?:I|we)(?: also| then| just)? (?:drove|drive|gave|give|picked|pick)\b/i;

function conditionsNamedIn(sentence: string): readonly NamedCondition[] {
  const cached = namedCache.get(sentence);
  if (cached !== undefined) return cached;
  const named: NamedCondition[] = [];
  for (const { rule, names } of compiledRules()) {
    for (const regex of names) {
      const found = regex.exec(sentence);
      if (found === null) continue;
      named.push({
        kind: rule.kind,
        source: sentence,
        start: found.index,
        end: found.index + found[0].length,
        objects: namedObjects(sentence, found.index),
        hour: rule.kind === 'curfew' ? curfewHour(sentence) : null,
      });
      break;
    }
  }
  namedCache.set(sentence, named);
  return named;
}

const learnedCache = new RecentCache<string, readonly NamedCondition[]>(5000);

/** The condition the naming model reads in a sentence the patterns find none in. */
function conditionsLearnedIn(sentence: string, model: NamingModel): readonly NamedCondition[] {
  const cached = learnedCache.get(sentence);
  if (cached !== undefined) return cached;
  const naming = nameCondition(model, sentence);
  const named: NamedCondition[] =
    naming === null
      ? []
      : [
          {
            kind: naming.kind,
            source: sentence,
            start: naming.start,
            end: naming.end,
            objects: namedObjects(sentence, naming.start),
            hour: naming.kind === 'curfew' ? curfewHour(sentence) : null,
          },
        ];
  learnedCache.set(sentence, named);
  return named;
}

/** The conditions a (normalised) sentence names: by the patterns, or where they name none, by the naming model. */
function conditionsIn(sentence: string, naming: NamingModel | null): readonly NamedCondition[] {
  const found = conditionsNamedIn(sentence);
  return found.length > 0 || naming === null ? found : conditionsLearnedIn(sentence, naming);
}

/**
 * Conditions named by their device, their place or what the class is, without the order: a sentence that
 * mentions the Soberlink, the EHM unit, the Oxford House or the DV class may be the act on it ("left her
 * Soberlink at home when she went to the wedding", "EHM report has him at the bowling alley 9:40p-11:15p",
 * "picks up shifts Tuesday nights, which is when her MRT group meets"), not a restatement of the condition.
 */
const NAMED_IN_PASSING =
  /^(?:bip|batterers?\s+intervention|(?:dv|batterers?|batterer's|batterers'|anger\s+management|moral\s+reconation|mrt|dui|duii|dwi|owi|victim\s+impact|thinking\s+for\s+a\s+change)\s+(?:class|classes|group|groups|program|course|panel|school)|re-?entry|halfway|work\s+release|sober\s+living|oxford\s+house|recovery\s+(?:house|residence)|transitional\s+housing|residential\s+treatment|treatment\s+(?:bed|house)|crisis\s+stabilization|ehm|electronic\s+(?:home\s+)?monitoring|scram|soberlink|alcohol\s+monitor(?:ing)?|ankle\s+monitor|alcohol\s+bracelet|transdermal|sweat\s+patch|remote\s+breath|interlocks?|iid|baiid|ignition\s+interlock|blow\s+box)$/i;

/**
 * Whether a sentence naming `named` restates a condition, and so is never itself the act that breaks one named
 * elsewhere: one naming a condition and its breach is the rules' to judge.
 */
function restates(named: readonly NamedCondition[]): boolean {
  return named.some(
    (condition) => !NAMED_IN_PASSING.test(condition.source.slice(condition.start, condition.end)),
  );
}

/** Whether a sentence restates a supervision condition (see `restates`), as the engine reads it. */
export function restatesConditionIn(sentence: string, naming: NamingModel | null = null): boolean {
  return restates(conditionsIn(normaliseSentence(sentence), naming));
}

/** The kinds of supervision condition a sentence names (with `naming`, the model's reading where the patterns miss). */
export function conditionKindsNamedIn(sentence: string, naming: NamingModel | null = null): ConditionKind[] {
  return conditionsIn(normaliseSentence(sentence), naming).map((named) => named.kind);
}

/** Whether [start, end) of the sentence overlaps words that name a supervision condition: status, not conduct. */
export function namesConditionAt(sentence: string, start: number, end: number): boolean {
  return conditionsNamedIn(normaliseSentence(sentence)).some(
    (named) => named.start < end && named.end > start,
  );
}

/** Weapons listed after a ban's own words: "no firearms, ammunition or destructive devices". */
const MORE_WEAPONS =
  /^(?:(?:\s*,\s*|\s+)(?:(?:or|and|nor)\s+)?(?:any\s+|other\s+)?(?:ammunition|ammo|weapons?|deadly\s+weapons?|dangerous\s+weapons?|destructive\s+devices?|explosives?|knives|tasers?|stun\s+guns?|body\s+armou?r|firearms?|guns?))+/i;

/**
 * Whether every trigger of a rule's finding in `category` lies inside words that name a supervision condition of
 * that category ("Pt has DWLS 3rd, no valid license", "His release prohibits firearms, ammunition or destructive
 * devices"): the sentence states the condition, and the act that breaks it, if any, is another sentence's.
 */
export function restsOnConditionNaming(
  sentence: string,
  triggers: readonly { start: number; end: number }[],
  category: string,
): boolean {
  if (triggers.length === 0) return false;
  const text = normaliseSentence(sentence);
  // Every naming of the category, not only the first per kind: "DWLS 3rd, no valid license" names it twice.
  const spans = compiledRules()
    .filter(({ rule }) => rule.category === category)
    .flatMap(({ rule, everyName }) =>
      everyName.flatMap((regex) =>
        [...text.matchAll(regex)].map((found) => {
          const end = found.index + found[0].length;
          const listed = rule.kind === 'firearms' ? (MORE_WEAPONS.exec(text.slice(end))?.[0].length ?? 0) : 0;
          return { start: found.index, end: end + listed };
        }),
      ),
    );
  return triggers.every((trigger) =>
    spans.some((span) => span.start <= trigger.start && trigger.end <= span.end),
  );
}

interface ActMatch {
  start: number;
  end: number;
  /** A kind of place that is itself where the participant was ("playing pool", "at a tavern"). */
  itself?: boolean;
}

function firstAct(rule: CompiledRule, sentence: string, condition: NamedCondition): ActMatch | null {
  for (const regex of rule.acts) {
    const global = new RegExp(regex.source, 'gi');
    for (let found = global.exec(sentence); found !== null; found = global.exec(sentence)) {
      const match = { text: sentence, start: found.index, end: found.index + found[0].length };
      const { before } = windows(match);
      if (rule.rule.negatable && isNegatedHere(before)) continue;
      if (PLANNED.test(sentence.slice(0, match.start))) continue;
      if (rule.rule.participantOnly && someoneElseActs(sentence, match.start, rule.rule.kind === 'firearms'))
        continue;
      if (isHypothetical(sentence, match.start, before)) continue;
      if (rule.rule.kind === 'curfew' && !isLateForCurfew(found[0], condition.hour)) continue;
      return { start: match.start, end: match.end };
    }
  }
  return null;
}

const TITLE_CASE_WORD = /\b\p{Lu}\p{Ll}/u;

/** After a protected person's possessive: a relative, friend or belonging, which is not that person. */
const SOMEONE_OF_THEIRS =
  /^\s+(?:(?:new|old|older|younger|little|big|best|own)\s+)?(?:sister|sisters|brother|brothers|mother|mom|mum|father|dad|cousin|cousins|aunt|uncle|grandmother|grandma|grandfather|grandpa|friend|friends|family|relatives?|boyfriend|girlfriend|husband|wife|fianc[eé]e?|roommate|coworker|co-worker|boss|attorney|lawyer|name|truck|car|van|dog)\b/i;

/** Where the sentence names a protected person or place, or points back at one just named ("from there"). */
function objectMention(
  sentence: string,
  objects: ProtectedObjects,
  recentlyNamed: boolean,
  institutional: ReadonlySet<string>,
): ActMatch | null {
  for (const regex of objects.places) {
    const found = regex.exec(sentence);
    if (found !== null) return { start: found.index, end: found.index + found[0].length, itself: true };
  }
  // A sentence with no capitalised word after its first was typed in lowercase: its names are too.
  const names = TITLE_CASE_WORD.test(sentence.replace(/^\W*\S+/, ''))
    ? objects.patterns
    : [...objects.patterns, ...objects.caseless];
  for (const regex of names) {
    const global = new RegExp(regex.source, `${regex.flags.replace('g', '')}g`);
    for (const found of sentence.matchAll(global)) {
      // "LEAD Charleston", "Multnomah County": the town the program or court is named after is not the place.
      if (institutional.has(found[0].replace(/['’]s$/, ''))) continue;
      // "Kayla's sister", "Travis's truck": someone or something of theirs, not the protected person.
      if (/['’]s$/.test(found[0]) && SOMEONE_OF_THEIRS.test(sentence.slice(found.index + found[0].length)))
        continue;
      return { start: found.index, end: found.index + found[0].length };
    }
  }
  if (!recentlyNamed) return null;
  const pointer =
    /\b(?:there|that (?:place|store|station|area|spot|park|mall|bar|block|house|building))\b/i.exec(sentence);
  return pointer === null ? null : { start: pointer.index, end: pointer.index + pointer[0].length };
}

/** Being at a place: the words right before its name ("inside Arden Fair", "walks down to Kensington"). */
const PRESENCE_BEFORE =
  /(?:\b(?:at|in|inside|into|near|nearby|by|outside|around|to|from|across from|down from|behind|toward|towards|through|past|on|off|along|up|down|below|above|under|beside|next to|visit\w*|enter\w*)|@|\bw\/)\s+(?:[\w'’.-]+\s+){0,3}$/i;

/** Someone together with the protected person: "with Tasha", "Tasha came by", "Tasha and he". */
const WITH_BEFORE =
  /\b(?:with|and|to|from|for|beside|alongside|near|w\/|visit\w*|see|saw|seen|call\w*|text\w*|messag\w*)\s+(?:\S+\s+)?$/i;
const TOGETHER_AFTER =
  /^\W*\s*(?:(?:and|&)\s+(?:he|she|they|pt|the participant)|(?:came|comes|come|stopped|showed|was there|were there|dropped|brought|picked|called|texted|messaged|visited|stayed|slept|spent|moved|lives|has been|have been|is back|was over|came over|comes over))\b/i;

function contactAround(sentence: string, mention: ActMatch): boolean {
  return (
    WITH_BEFORE.test(sentence.slice(0, mention.start)) || TOGETHER_AFTER.test(sentence.slice(mention.end))
  );
}

/** Words that name the place the program or court belongs to: "LEAD Charleston", "Multnomah County". */
function institutionalNames(sentences: readonly string[]): Set<string> {
  return new Set(sentences.flatMap(institutionalNamesIn));
}

const INSTITUTIONAL_PATTERNS = [
  /\b(?:LEAD|City of|Town of|County of)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)/g,
  /\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:County|City Council|Municipal|Superior|District|Circuit|Justice)\b/g,
];
const institutionalCache = new RecentCache<string, readonly string[]>(5000);

/** The institutional names one sentence holds, per sentence: a message is re-read after every keystroke. */
function institutionalNamesIn(sentence: string): readonly string[] {
  const cached = institutionalCache.get(sentence);
  if (cached !== undefined) return cached;
  const words = INSTITUTIONAL_PATTERNS.flatMap((pattern) =>
    [...sentence.matchAll(pattern)].flatMap((match) => (match[1] ?? '').split(/\s+/)),
  );
  institutionalCache.set(sentence, words);
  return words;
}

/** Someone else opens the sentence and stays its subject up to the act: "His cousin … cannot drive". */
const OTHER_SUBJECT =
  /^\W*(?:(?:his|her|their|the|a|an|my|our|(?:pt|participant|client|def|[A-Z][\w-]*)\.?['’]s)\s+(?:[\w'-]+\s+){0,2}?)?(?:cousin|brother|sister|mom|mother|dad|father|friend|girlfriend|boyfriend|partner|wife|husband|uncle|aunt|roommate|neighbou?r|coworker|co-worker|boss|employer|manager|sponsor|son|daughter|grandmother|grandma|grandfather|grandpa|kid|family|driver|nephew|niece|stepfather|stepdad|stepmother|stepmom|buddy|parent)s?\b/i;
const PARTICIPANT_SUBJECT = /\b(?:he|she|they|pt|participant|client)\b/i;

/** The participant taken along by someone else: "his brother took him deer hunting", "went with her". */
const PARTICIPANT_ALONG =
  /\b(?:took|takes|take|taking|brought|brings|invited|invites|with)\s+(?:him|her|them|pt)\b/i;

/**
 * Whether someone else's act, not the participant's, reaches `actStart`. With `along`, the participant taken
 * along by that person acts too (guns within reach on a hunt), where a ride someone gives is not his driving.
 */
function someoneElseActs(sentence: string, actStart: number, along = false): boolean {
  const opening = OTHER_SUBJECT.exec(sentence);
  if (opening === null) return false;
  const between = sentence.slice(opening[0].length, actStart);
  return !PARTICIPANT_SUBJECT.test(between) && !(along && PARTICIPANT_ALONG.test(between));
}

/** The mention is the sentence's subject: only words of time or place before it, none of them the participant. */
function opensSentence(sentence: string, mention: ActMatch): boolean {
  const before = sentence.slice(0, mention.start);
  return /^\W*(?:[\w'’.-]+[\s,]+){0,8}$/.test(before) && !PARTICIPANT_SUBJECT.test(before);
}

/** The protected person arriving: "when Tonya came in", "Renee walked up to the stand". */
const ARRIVES_AFTER =
  /^\W*\s*(?:came|comes|walked|walks|showed|shows|stopped|approached|approaches|pulled|rolled)\b/i;

/** A plan or a question about the future, just before the act: "wants to drive once it is reinstated". */
const PLANNED =
  /\b(?:wants?|wanted|hopes?|hoping|plans?|planning|planned|would|intends?|going to|will|could|can|might|may|once|booked|booking|request\w*|asked (?:about|whether|if)|asking (?:about|whether|if)|whether|if)\s+(?:\S+\s+){0,3}$/i;

/** The participant is in the sentence besides the protected person (or visited): contact needs two people. */
const PARTICIPANT_PRESENT =
  /\b(?:he|she|him|her|his|hers|they|them|their|pt|participant|client|together|each other|(?:came|comes|come|stopped|stops|dropped|drops|stayed|stays|slept|sleeps)\s+(?:over|by)|visit(?:ed|s|ing)?)\b/i;

/** The rules' negation words, plus the fused "cannot". */
const isNegatedHere = (before: string): boolean =>
  isNegated(before) || /\bcannot\s+(?:\S+\s+){0,2}$/i.test(before);

/** Required treatment or tests: the act must be about the programme, by its name or by what it is. */
const PROGRAM_WORD =
  /\b(?:class(?:es)?|group|groups|sessions?|ua|uas|tests?|testing|screens?|treatment|program(?:me)?|iop|meetings?|counsel(?:l)?ing|appointments?|hours|roster|attendance|sheets?|logs?|card|facilitator|it)\b/i;

interface MessageContext {
  /** Within reach of a sentence naming the protected place, so "there" can point back at it. */
  recentlyNamed: boolean;
  /** The next sentence has the participant keeping away ("he went to the back office and stayed there"). */
  turnedAway: boolean;
  institutional: ReadonlySet<string>;
  /** `institutional` as one string, for cache keys. */
  institutionalKey: string;
}

function breach(
  rule: CompiledRule,
  sentence: string,
  condition: NamedCondition,
  context: MessageContext,
): ActMatch | null {
  const { kind, needsObject } = rule.rule;
  if (leftAlone(kind, sentence)) return null;
  if (COMPLYING.test(sentence) && (kind === 'licence' || kind === 'firearms' || kind === 'monitor'))
    return null;
  if (kind === 'licence' && SOMEONE_ELSE_ACTS.test(sentence)) return null;
  if (needsObject !== undefined) {
    if (COURT_PROCESS.test(sentence)) return null;
    const mention = objectMention(sentence, condition.objects, context.recentlyNamed, context.institutional);
    if (mention === null) return null;
    // "He has not seen Tasha since": the negation belongs to the clause that names the person or place.
    const { before } = windows({ text: sentence, ...mention });
    if (isNegatedHere(before) || isHypothetical(sentence, mention.start, before)) return null;
    if (PLANNED.test(sentence.slice(0, mention.start))) return null;
    if (AVOIDING.test(sentence) || PERMITTED_CONTACT.test(sentence)) return null;
    // "Yesenia came into the restaurant and asked for him." followed by his walking off: her approach, not contact.
    if (
      context.turnedAway &&
      needsObject === 'contact' &&
      (opensSentence(sentence, mention) || ARRIVES_AFTER.test(sentence.slice(mention.end)))
    )
      return null;
    if (needsObject === 'contact' && opensSentence(sentence, mention) && TO_SOMEONE_ELSE.test(sentence))
      return null;
    const opening = OTHER_SUBJECT.exec(sentence);
    // "Pt's mom picks the daughter up": someone else with the protected person, unless that is who opens it.
    if (opening !== null && mention.start >= opening[0].length && someoneElseActs(sentence, mention.start))
      return null;
    const pointer = /^(?:there|that)\b/i.test(sentence.slice(mention.start, mention.end));
    const acted =
      needsObject === 'contact'
        ? PARTICIPANT_PRESENT.test(sentence.slice(0, mention.start) + sentence.slice(mention.end)) &&
          (rule.acts.some((regex) => regex.test(sentence)) || contactAround(sentence, mention))
        : pointer || mention.itself === true || PRESENCE_BEFORE.test(sentence.slice(0, mention.start));
    return acted ? { start: mention.start, end: mention.end } : null;
  }
  const namesObject = [...condition.objects.patterns, ...condition.objects.places].some((regex) =>
    regex.test(sentence),
  );
  if (kind === 'program' && !namesObject && !PROGRAM_WORD.test(sentence)) {
    const clashing = clashWith(condition.source, sentence);
    if (clashing !== null) return clashing;
  }
  if (kind === 'program') {
    const fewer = fewerAttended(sentence);
    if (fewer !== null) return fewer;
  }
  if (kind === 'curfew') {
    const late = hoursPastCurfew(sentence, condition.hour);
    if (late !== null) return late;
  }
  const act = firstAct(rule, sentence, condition);
  if (act === null) return null;
  if (kind === 'program' && !PROGRAM_WORD.test(sentence) && !namesObject) return null;
  // Staying at the required residence itself is keeping the condition.
  if (
    kind === 'residence' &&
    namesObject &&
    !/\b(?:instead|only|except|away|rather than|not at|but)\b/i.test(sentence)
  )
    return null;
  return act;
}

/** A wish, plan or question anywhere before the hours: "wants to take the Friday 6-9pm shift". */
const INTENDED =
  /\b(?:wants?|wanted|hopes?|hoping|plans?|planning|would|will|going to|gonna|might|may|could|asked|asking|if|whether|once|offered|considering|thinking)\b/i;

/**
 * Where `sentence` books the participant over the days and hours the programme sentence gives ("DV class Tues
 * 6-8p" and "picked up the Tues + Thurs closing shifts, 2p-10p"), as his own plan carried out; null otherwise.
 */
function clashWith(programme: string, sentence: string): ActMatch | null {
  const required = scheduleOf(programme);
  const booked = required === null ? null : scheduleOf(sentence);
  if (required === null || booked === null || !clash(required, booked)) return null;
  return ownAct(sentence, booked.at);
}

/** The words at `at` as the participant's own act, carried out: not negated, only wanted, or someone else's. */
function ownAct(sentence: string, at: { start: number; end: number }): ActMatch | null {
  const { start, end } = at;
  const { before } = windows({ text: sentence, start, end });
  if (isNegatedHere(before) || isHypothetical(sentence, start, before)) return null;
  if (INTENDED.test(sentence.slice(0, start)) || someoneElseActs(sentence, start)) return null;
  return { start, end };
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (word: string): number => {
  const spelled = COUNT_WORDS.indexOf(word.toLowerCase());
  return spelled >= 0 ? spelled : Number(word);
};
const ATTENDED_OF =
  /\b(?:attended|made|went\s+to|made\s+it\s+to|showed\s+up\s+(?:to|for)|completed|logged|signed\s+in\s+(?:to|for))\s+(\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|out\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** Where `sentence` counts fewer sessions attended than were held: "attended 2 of 8 MRT sessions". */
function fewerAttended(sentence: string): ActMatch | null {
  const found = ATTENDED_OF.exec(sentence);
  if (found === null || count(found[1] ?? '') >= count(found[2] ?? '')) return null;
  return ownAct(sentence, { start: found.index, end: found.index + found[0].length });
}

/** Being at home is keeping a curfew, whatever the hours. */
const AT_HOME = /\b(?:home|house|apartment|room|inside|indoors)\b/i;

/**
 * Where `sentence` gives hours out past the curfew that starts at `hour` (24-hour clock, past midnight counted
 * past 24; 10 p.m. when not given): "has pt @ the bowling alley 9:40p-11:15p", "works the 4p-midnight line".
 */
function hoursPastCurfew(sentence: string, hour: number | null): ActMatch | null {
  if (AT_HOME.test(sentence)) return null;
  const { spans, at } = spansOf(sentence);
  if (at === null) return null;
  const curfew = (hour ?? 22) * 60;
  // Hours before 6 a.m. are the night after the evening the curfew starts.
  const late = spans.some(({ from, to }) => (from < 360 ? to + 1440 : to) > curfew);
  return late ? ownAct(sentence, at) : null;
}

/**
 * What both the act patterns and the act model leave alone as a breach of `kind`: the time before the order,
 * the participant keeping away, contact the order allows, a place outside the area, guns kept out of reach or a
 * hunt he stayed out of, leave given for the hours, the trip or the night away, something else to drink. The
 * patterns' broader checks (negation, plans, someone else as subject) stay with the patterns: the model reads
 * "his sister told me he drove" better than they do.
 */
function leftAlone(kind: ConditionKind, sentence: string): boolean {
  if (BEFORE_THE_ORDER.test(sentence)) return true;
  switch (kind) {
    case 'no-contact':
      return AVOIDING.test(sentence) || PERMITTED_CONTACT.test(sentence);
    case 'stay-out':
      return OUTSIDE_THE_AREA.test(sentence);
    case 'firearms':
      return GUNS_KEPT_AWAY.test(sentence) || STAYED_OUT.test(sentence);
    case 'travel':
    case 'curfew':
    case 'residence':
      return LEAVE_GIVEN.test(sentence);
    case 'alcohol':
      return SOMETHING_ELSE_TO_DRINK.test(sentence);
    default:
      return false;
  }
}

const keepsAwayCache = new RecentCache<string, boolean>(5000);

/** Whether a sentence has the participant keeping away (AVOIDING), per sentence. */
function keepsAway(sentence: string): boolean {
  let found = keepsAwayCache.get(sentence);
  if (found === undefined) {
    found = AVOIDING.test(sentence);
    keepsAwayCache.set(sentence, found);
  }
  return found;
}

/** Whether a sentence breaks a named condition, per sentence, condition sentence and pointer reach. */
const breachCache = new RecentCache<string, ActMatch | false>(5000);

function cachedBreach(
  rule: CompiledRule,
  sentence: string,
  condition: NamedCondition,
  context: MessageContext,
): ActMatch | null {
  const key = [
    rule.rule.kind,
    context.recentlyNamed,
    context.turnedAway,
    context.institutionalKey,
    condition.source,
    sentence,
  ].join('\u0000');
  const cached = breachCache.get(key);
  if (cached !== undefined) return cached === false ? null : cached;
  const found = breach(rule, sentence, condition, context);
  breachCache.set(key, found ?? false);
  return found;
}

const RULE_BY_KIND = new Map<ConditionKind, ConditionRule>(CONDITION_RULES.map((rule) => [rule.kind, rule]));

function hitFor(kind: ConditionKind, condition: NamedCondition, act: ActMatch): SentenceHit {
  const rule = RULE_BY_KIND.get(kind);
  if (rule === undefined) throw new Error(`Unknown condition kind ${kind}`);
  return {
    category: rule.category,
    severity: 'medium',
    ruleId: `passage/${kind}`,
    reason: rule.reason(condition.objects.display),
    triggerStart: act.start,
    triggerEnd: act.end,
  };
}

/** The learned readers of conditions across sentences; each is optional (null: the hand-written patterns alone). */
export interface ConditionModels {
  acts?: Lazy<ActModel> | null;
  naming?: Lazy<NamingModel> | null;
}

/** How many sentences after a mention of the protected place "there" still points back at it. */
const POINTER_REACH = 6;

/** The act model's veto per sentence and kind, per model: a message re-read after an edit asks again. */
const vetoCaches = new WeakMap<ActModel, RecentCache<string, boolean>>();

/** Whether the act model is sure enough that a pattern's breach is harmless to drop it (see ActHeader.veto). */
function vetoed(model: ActModel, sentence: string, kind: ConditionKind): boolean {
  if (model.header.veto <= 0) return false;
  let cache = vetoCaches.get(model);
  if (cache === undefined) {
    cache = new RecentCache(5000);
    vetoCaches.set(model, cache);
  }
  const key = `${kind}\u0000${sentence}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = breakProbability(model, sentence, kind) < model.header.veto;
  cache.set(key, result);
  return result;
}

/** The act model's verdict per sentence and the kinds its message names. */
const actCache = new RecentCache<string, ActVerdict | false>(5000);

function cachedAct(model: ActModel, sentence: string, kinds: readonly ConditionKind[]): ActVerdict | null {
  const key = `${kinds.join(' ')}\u0000${sentence}`;
  const cached = actCache.get(key);
  if (cached !== undefined) return cached === false ? null : cached;
  const verdict = judgeAct(model, sentence, kinds);
  actCache.set(key, verdict ?? false);
  return verdict;
}

function modelHitFor(model: ActModel, condition: NamedCondition, verdict: ActVerdict): SentenceHit {
  const hit = hitFor(verdict.kind, condition, { start: verdict.trigger.start, end: verdict.trigger.end });
  const sure = verdict.probability >= model.header.threshold + model.header.lowMargin;
  return { ...hit, ruleId: `${hit.ruleId}/model`, severity: sure ? 'medium' : 'low' };
}

/**
 * Hits for sentences that break a condition another sentence of the same message names. `flagged[i]` says
 * whether sentence i already has a finding (it keeps that finding). The result is indexed like `sentences`;
 * an act inside an allowed phrase is left alone, as a rule's trigger would be. Where the hand-written act
 * patterns find nothing, the act model (`models.acts`, when given and readable) may still find the breach; where
 * the naming patterns find no condition in a sentence, the naming model (`models.naming`) may.
 */
export function conditionHits(
  rawSentences: readonly string[],
  flagged: readonly boolean[],
  options: EngineOptions,
  models: ConditionModels = {},
): (SentenceHit | null)[] {
  const sentences = rawSentences.map(normaliseSentence);
  const hits: (SentenceHit | null)[] = sentences.map(() => null);
  const naming = models.naming?.get() ?? null;
  const named = sentences.map((sentence) => conditionsIn(sentence, naming));
  if (named.every((list) => list.length === 0)) return hits;
  const restating = named.map(restates);
  const ended = endings(sentences, named);
  const turnsAway = sentences.map(keepsAway);
  const institutional = institutionalNames(sentences);
  const institutionalKey = [...institutional].join(' ');
  const model = models.acts?.get() ?? null;
  for (const compiledRule of compiledRules()) {
    const { rule } = compiledRule;
    const conditions = named.flatMap((list, index) =>
      list.filter((condition) => condition.kind === rule.kind).map((condition) => ({ condition, index })),
    );
    if (conditions.length === 0) continue;
    sentences.forEach((sentence, index) => {
      if (flagged[index] || hits[index] !== null || restating[index]) return;
      for (const { condition, index: namedAt } of conditions) {
        if (namedAt === index || !inForce(ended, rule.kind, namedAt, index)) continue;
        const recentlyNamed = index > namedAt && index - namedAt <= POINTER_REACH;
        const turnedAway = turnsAway[index + 1] === true;
        const act = cachedBreach(compiledRule, sentence, condition, {
          recentlyNamed,
          turnedAway,
          institutional,
          institutionalKey,
        });
        if (act === null || isAllowed(sentence, act.start, act.end, options)) continue;
        if (model !== null && vetoed(model, sentence, rule.kind)) return;
        hits[index] = hitFor(rule.kind, condition, act);
        return;
      }
    });
  }
  if (model === null) return hits;
  // Per kind, the first two sentences naming it: the first other than a given sentence is among them.
  const namings = new Map<ConditionKind, { condition: NamedCondition; at: number }[]>();
  named.forEach((list, at) => {
    for (const condition of list) {
      const found = namings.get(condition.kind) ?? [];
      if (found.length < 2) namings.set(condition.kind, [...found, { condition, at }]);
    }
  });
  sentences.forEach((sentence, index) => {
    if (flagged[index] || hits[index] !== null || restating[index]) return;
    // The first sentence naming each kind, other than this one, in the order they come.
    const others = [...namings.values()]
      .flatMap((found) => found.filter(({ at }) => at !== index).slice(0, 1))
      .filter(({ condition, at }) => inForce(ended, condition.kind, at, index))
      .sort((a, b) => a.at - b.at);
    const firstOfKind = new Map(others.map(({ condition }) => [condition.kind, condition]));
    const kinds = [...firstOfKind.keys()];
    if (kinds.length === 0) return;
    const verdict = cachedAct(model, sentence, kinds);
    const condition = verdict ? firstOfKind.get(verdict.kind) : undefined;
    if (!verdict || !condition || isAllowed(sentence, verdict.trigger.start, verdict.trigger.end, options))
      return;
    if (leftAlone(verdict.kind, sentence)) return;
    hits[index] = modelHitFor(model, condition, verdict);
  });
  return hits;
}
