/**
 * Per-sentence classification: the only place that decides whether one sentence (or list item)
 * reveals something that could prompt enforcement. Offsets in a hit are relative to the sentence.
 *
 * Cost model: anchor words generated at build time (rules/gate.ts) rule most patterns out for a sentence in
 * microseconds; a sentence runs only the rule regexes left and cheap word-window checks (classify-context.ts);
 * compromise (nlp.ts) is asked only when someone else's conduct might still implicate the participant.
 */
import {
  hasThirdPartySubject,
  isGeneralStatement,
  isHypothetical,
  isKnownRecord,
  isNegated,
  isPassiveClause,
  isPassiveVictim,
  isSubjectless,
  isTopic,
  mentionsParticipantBesides,
  negationRevealsEvent,
  opensWithThirdParty,
  participantInRest,
  participantInsideMatch,
  participantIsObject,
  policeSubject,
  thirdPartyIsObject,
  windows,
  writerAtTheWheel,
} from './classify-context';
import { customPhraseHit, isAllowed } from './classify-phrases';
import { implicatesParticipant } from './nlp';
import { lowerCaseSubject } from './rules/case-fold';
import { bounded, compilePattern } from './rules/compile';
import { RULES } from './rules/data';
import { candidatePatterns, unanchoredIndexes } from './rules/gate';
import { compiledToMachineCode } from './rules/machine-code';
import type { RuleEntry } from './rules/types';
import type { Category, EngineOptions, Severity } from './types';

export interface SentenceHit {
  category: Category;
  severity: Severity;
  ruleId: string;
  reason: string;
  triggerStart: number;
  triggerEnd: number;
}

/** One pattern of a rule, compiled on its own so a sentence runs only the patterns its words can match. */
interface CompiledPattern {
  rule: RuleEntry;
  pattern: string;
  /** Without `i`, for sentences with A-Z lowered (rules/case-fold.ts): nearly every sentence. */
  lowerCase: RegExp | null;
  /** With `i`, for sentences with other cased letters ("José"). */
  anyCase: RegExp | null;
}

/** Categories whose matches can be the record the court already has (a referral arrest, a 2015 theft). */
const RECORD_CATEGORIES: ReadonlySet<Category> = new Set([
  'offense',
  'enforcement',
  'driving',
  'violence',
  'sex-work',
]);
const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

const PATTERNS: readonly CompiledPattern[] = RULES.flatMap((rule) =>
  rule.patterns.map((pattern) => ({ rule, pattern, lowerCase: null, anyCase: null })),
);

/** A pattern's regex, built the first time a sentence needs it: most patterns never run in a session. */
function patternRegex(compiled: CompiledPattern, lowerCase: boolean): RegExp {
  const built = lowerCase ? compiled.lowerCase : compiled.anyCase;
  if (built) return built;
  const source = bounded(compilePattern(compiled.pattern));
  const regex = compiledToMachineCode(new RegExp(source, lowerCase ? 'g' : 'gi'));
  if (lowerCase) compiled.lowerCase = regex;
  else compiled.anyCase = regex;
  return regex;
}

/** For tests and tooling: patterns that no anchor word can gate (they run on every sentence). */
export function unanchoredPatterns(): string[] {
  return unanchoredIndexes().map((index) => PATTERNS[index]?.pattern ?? '');
}

export type Verdict = { flag: Severity } | 'compliance' | 'ignore';

/** What judging a match needs to know about the rule behind it; the model's findings are judged the same way. */
export type JudgedRule = Pick<RuleEntry, 'category' | 'severity' | 'kind' | 'record' | 'victimWhenPassive'>;

/** "wasn't clean", "is no longer sober": a negated compliance statement reports the violation. */
const NEGATED_COMPLIANCE =
  /(?:\b(?:is|was|were|are|been|be|'s|'re|stay(?:ed|s)?|remain(?:ed|s)?|came\s+back|come\s+back|comes\s+back)\s+(?:not|never|no\s+longer)|\b(?:isn't|wasn't|weren't|aren't|hasn't\s+been|haven't\s+been|hadn't\s+been|didn't\s+come\s+back|didn't\s+stay|couldn't\s+stay|can't\s+stay|(?:hasn't|has\s+not|haven't|hadn't)\s+(?:given|had|produced|provided|submitted|turned\s+in)))\s+(?:\w+\s+){0,2}$/i;

function judgeCompliance(text: string, start: number, end: number): Verdict {
  const { before } = windows({ text, start, end });
  const inner = text.slice(start, end);
  const lastWord = inner.lastIndexOf(' ');
  const flipped =
    NEGATED_COMPLIANCE.test(before) ||
    (lastWord > 0 &&
      NEGATED_COMPLIANCE.test(inner.slice(0, lastWord + 1)) &&
      !/^(?:no|not|never)\b/i.test(inner));
  return flipped ? { flag: 'medium' } : 'compliance';
}

const DENIAL_INSIDE =
  /\s(?:no|zero|without)\s(?!(?:(?:a|an|any|his|her|their|the|valid|current|proper|prior|required|ignition|forwarding|court|written|new|travel|working)\s+){0,3}(?:licen[cs]es?|dl|insurance|plates|registration|permits?|permission|approval|authori[sz]ation|interlock|telling|notifying|informing|asking|paying|tickets?|fare|pass|scanning|receipts?|giving|providing|testing|submitting|samples?|specimens?|address|consent|leave|repl(?:y|ies)|responses?|answers?|luck|success|sign|trace|word|contact|longer|idea|clue|way|means|notice|warning|letting|checking|getting|clearing|info(?:rmation)?|number|activity|proof|blowing|show|call)\b)/i;

/**
 * The rules' leave-alone knowledge about one match in its sentence (`text` as normaliseSentence gives it):
 * hypothetical, general, a topic, negated, known record, a victim, someone else's conduct.
 */
export function judge(rule: JudgedRule, text: string, start: number, end: number): Verdict {
  const { before, after } = windows({ text, start, end });
  const trigger = text.slice(start, end);
  if (isHypothetical(text, start, before) || isGeneralStatement(text)) return 'ignore';
  if (isTopic(before, after)) return 'ignore';
  if (rule.kind === 'compliance') return judgeCompliance(text, start, end);
  if (isNegated(before) && !negationRevealsEvent(before, text.slice(start))) return 'compliance';
  // "SCRAM data shows no alerts": a negative inside the match denies it, unless what is missing is itself the
  // violation ("drove without a license", "left with no forwarding address", "without telling his PO").
  if (DENIAL_INSIDE.test(trigger.replace(/^\S+/, ''))) return 'compliance';
  if ((rule.record || RECORD_CATEGORIES.has(rule.category)) && isKnownRecord(text, before, after))
    return 'ignore';
  if (rule.victimWhenPassive && isPassiveVictim(before, trigger, after)) return 'ignore';
  if (rule.category === 'violence' && policeSubject(before, trigger)) return 'ignore';
  if (writerAtTheWheel(rule.category, before)) return 'ignore';
  if (thirdPartyIsObject(after) && rule.category === 'enforcement') return 'ignore';
  // "There was a domestic incident at her apartment": no actor named, but the participant is in the scene.
  if (isSubjectless(before, after) && participantInRest(after)) return { flag: 'medium' };
  if (hasThirdPartySubject(before, after, text.slice(0, start)) || opensWithThirdParty(before, trigger)) {
    const victimisable = rule.victimWhenPassive === true || rule.category === 'violence';
    // "Her ex was charged with assaulting her": a passive clause's object pronoun is not the one acted on.
    // "Her ex was charged with assaulting her": in someone else's passive clause the pronouns name the victim.
    const passive = isPassiveClause(before) || /^(?:was|were|got|gets|been|is|are)\s/i.test(trigger);
    if (participantIsObject(after) && !passive) return victimisable ? 'ignore' : { flag: rule.severity };
    if (!victimisable && !passive && participantInsideMatch(trigger)) return { flag: rule.severity };
    if (!victimisable && !passive && participantInRest(`${trigger.replace(/^\S+/, '')}${after}`))
      return { flag: 'medium' };
    // "Her boyfriend posts her on the escort site": the participant is the object of the other person's act.
    if (!victimisable && /\b(?:him|her|them)\b/i.test(before.replace(/^\s*(?:his|her|their)\s+/i, '')))
      return { flag: 'medium' };
    // The parse is costly (~0.2 ms), so it runs only when the sentence names the participant at all.
    // Only the clause that carries the conduct counts: "…was arrested, and he's been helping his nephew".
    const clauseEnd = after.search(/[,;]/);
    const scope = clauseEnd < 0 ? text : text.slice(0, end + clauseEnd);
    return mentionsParticipantBesides(scope) && implicatesParticipant(scope) ? { flag: 'medium' } : 'ignore';
  }
  return { flag: rule.severity };
}

function reasonFor(rule: RuleEntry, trigger: string): string {
  return `${rule.explanation}: \u201c${trigger.trim()}\u201d`;
}

/** A regex match not yet judged in context. */
interface Match {
  compiled: CompiledPattern;
  start: number;
  end: number;
}

interface Candidate extends Match {
  severity: Severity;
}

/**
 * Strongest rules first; at equal strength the words that come first in the sentence name the category,
 * and of two matches starting together the longer one says more.
 */
/** Driving outranks the stop or the drinking it explains; other pairs keep sentence order. */
const DRIVING_OUTRANKS: ReadonlySet<Category> = new Set(['enforcement', 'substance']);
function drivingBefore(a: Match, b: Match): number {
  const first = a.compiled.rule.category;
  const second = b.compiled.rule.category;
  if (first === 'driving' && DRIVING_OUTRANKS.has(second)) return -1;
  if (second === 'driving' && DRIVING_OUTRANKS.has(first)) return 1;
  return 0;
}

function byStrength(a: Match, b: Match): number {
  const rank = SEVERITY_RANK[b.compiled.rule.severity] - SEVERITY_RANK[a.compiled.rule.severity];
  if (rank !== 0) return rank;
  // Driving names the conduct behind a stop or a drink ("pulled over … on a suspended license"): it goes first.
  const driving = drivingBefore(a, b);
  if (driving !== 0) return driving;
  return a.start !== b.start ? a.start - b.start : b.end - a.end;
}

function toHit(candidate: Candidate, sentence: string): SentenceHit {
  const { rule } = candidate.compiled;
  return {
    category: rule.category,
    severity: candidate.severity,
    ruleId: rule.id,
    reason: reasonFor(rule, sentence.slice(candidate.start, candidate.end)),
    triggerStart: candidate.start,
    triggerEnd: candidate.end,
  };
}

/** Every match of the patterns the sentence's words can start, conduct rules and compliance rules apart. */
function collectMatches(text: string, options: EngineOptions): { conduct: Match[]; compliance: Match[] } {
  const conduct: Match[] = [];
  const compliance: Match[] = [];
  // Matches are read by offset and length only, which the lowered sentence keeps.
  const lowered = lowerCaseSubject(text);
  const subject = lowered ?? text;
  for (const index of candidatePatterns(text)) {
    const compiled = PATTERNS[index];
    if (!compiled) continue;
    const regex = patternRegex(compiled, lowered !== null);
    regex.lastIndex = 0;
    // exec() on the shared regex, not matchAll(): matchAll clones the regex and loses its compiled code.
    for (let found = regex.exec(subject); found !== null; found = regex.exec(subject)) {
      if (found[0] === '') regex.lastIndex += 1;
      const start = found.index;
      const end = start + found[0].length;
      if (isAllowed(text, start, end, options)) continue;
      (compiled.rule.kind === 'compliance' ? compliance : conduct).push({ compiled, start, end });
    }
  }
  return { conduct: conduct.sort(byStrength), compliance: compliance.sort(byStrength) };
}

/**
 * Same length as the input, so offsets stay valid: typographic apostrophes become plain ones.
 * Double quotes become spaces, so "forgetting" and “an incident” read as plain words.
 */
export function normaliseSentence(sentence: string): string {
  return sentence.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/["\u201c\u201d]/g, ' ');
}

/**
 * The rules' decision on a sentence, and whether they read it as a compliance statement ("denies any new
 * arrests"): at `standard` such a sentence is left alone, and nothing else may flag it either.
 */
export interface RulesVerdict {
  hit: SentenceHit | null;
  /**
   * Every stretch of the sentence where the rules found conduct and their leave-alone checks kept it, the hit's
   * trigger among them. A sentence can tell two things ("kicked out of the shelter for fighting"): a model that
   * overrules the hit must be sure the sentence is harmless around each (combine.ts).
   */
  triggers: readonly TriggerSpan[];
  compliance: boolean;
}

export interface TriggerSpan {
  start: number;
  end: number;
}

const spanOf = (hit: SentenceHit): TriggerSpan => ({ start: hit.triggerStart, end: hit.triggerEnd });

/** The spans no other span contains: "used" inside "used meth" adds nothing a reader of the context would see. */
function outermost(spans: readonly TriggerSpan[]): TriggerSpan[] {
  return spans.filter(
    (span, i) =>
      !spans.some(
        (other, j) =>
          j !== i &&
          other.start <= span.start &&
          other.end >= span.end &&
          (other.end - other.start > span.end - span.start || j < i),
      ),
  );
}

export function classifySentence(sentence: string, options: EngineOptions): SentenceHit | null {
  return rulesVerdict(sentence, options).hit;
}

export function rulesVerdict(sentence: string, options: EngineOptions): RulesVerdict {
  const custom = customPhraseHit(sentence, options);
  if (custom) return { hit: custom, triggers: [spanOf(custom)], compliance: false };
  const text = normaliseSentence(sentence);
  const { conduct, compliance } = collectMatches(text, options);
  let flagged: Candidate | null = null;
  let complianceHit: Candidate | null = null;
  const triggers: TriggerSpan[] = [];
  // Matches are judged strongest first, so the first one that keeps its rule's severity settles which is the hit;
  // the rest are still judged, as every match the checks keep is a trigger.
  let settled = false;
  for (const match of conduct) {
    settled ||=
      flagged !== null && SEVERITY_RANK[match.compiled.rule.severity] <= SEVERITY_RANK[flagged.severity];
    const verdict = judge(match.compiled.rule, text, match.start, match.end);
    if (verdict === 'ignore') continue;
    if (verdict === 'compliance') {
      complianceHit ??= { ...match, severity: 'low' };
      continue;
    }
    triggers.push({ start: match.start, end: match.end });
    if (!settled && (!flagged || SEVERITY_RANK[verdict.flag] > SEVERITY_RANK[flagged.severity])) {
      flagged = { ...match, severity: verdict.flag };
    }
  }
  if (flagged) return { hit: toHit(flagged, sentence), triggers: outermost(triggers), compliance: false };
  // Compliance statements: a negated one ("wasn't clean") is a violation; the rest count only at strict.
  for (const match of compliance) {
    const verdict = judge(match.compiled.rule, text, match.start, match.end);
    if (verdict === 'ignore') continue;
    if (verdict === 'compliance') complianceHit ??= { ...match, severity: 'low' };
    else {
      const hit = toHit({ ...match, severity: verdict.flag }, sentence);
      return { hit, triggers: [spanOf(hit)], compliance: false };
    }
  }
  if (!complianceHit) return { hit: null, triggers: [], compliance: false };
  const hit = options.level === 'strict' ? toHit(complianceHit, sentence) : null;
  return { hit, triggers: hit ? [spanOf(hit)] : [], compliance: true };
}
