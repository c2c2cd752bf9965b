/**
 * Engine v2: the rules first, then the trained model. A sentence the rules flag keeps the rule's finding, unless
 * the model, and the veto model trained on the rules' own findings, are sure it is harmless (see `vetoes`). A
 * sentence they leave alone becomes a finding, in the model's most probable category, when the model's
 * probability that it reveals anything (1 − P(none)) reaches that category's threshold (chosen on the
 * calibration set), unless the rules' own leave-alone checks say it is safe:
 * the same judge() that cancels rule matches (hypothetical or general, a topic, known record, a victim, someone
 * else's conduct, a negation) runs on the model's trigger, a trigger on words naming a supervision condition is a
 * status rather than conduct, and a sentence the rules read as a compliance statement stays a compliance
 * statement. Those checks are sure only where the model is not: from `checksVetoBelow` (chosen on the
 * calibration set too) up, the model's finding stands. Where the model is sure a rule's finding belongs to
 * another category, it takes the model's (see `recategorised`). The result is still a pure function of sentence and
 * options, so the analyzer's cache holds.
 */
import type { Classifier } from './analyzer';
import {
  type JudgedRule,
  judge,
  normaliseSentence,
  type RulesVerdict,
  rulesVerdict,
  type SentenceHit,
  type TriggerSpan,
} from './classify';
import { windows, writerAtTheWheel } from './classify-context';
import { CUSTOM_PHRASE_RULE, overlapsAllowed, phraseSource } from './classify-phrases';
import { triggerSpan } from './model/explain';
import type { WeightFile } from './model/format';
import { type Lazy, lazyModel, type ModelSource } from './model/load';
import { noneProbability, type Prediction, predict } from './model/predict';
import { modelReason } from './model/reasons';
import { shippedVetoModel } from './model/shipped-veto-model';
import { harmlessProbability, type VetoModel } from './model/veto-model';
import { MODEL } from './model/weights.generated';
import { namesConditionAt, restsOnConditionNaming } from './passage/passage';
import type { Category, EngineOptions, Severity } from './types';

/** Rule ids of the model's findings: `model/<category>`. */
const MODEL_RULE_PREFIX = 'model/';

/** A court's file holds no test results or whereabouts, so only these categories can be known record. */
const NEVER_RECORD: ReadonlySet<Category> = new Set(['testing', 'whereabouts']);
/** "Was assaulted", "his car was broken into": a passive form of these makes the participant the victim. */
const VICTIMISABLE: ReadonlySet<Category> = new Set(['violence', 'offense']);

function modelRule(category: Category): JudgedRule {
  return {
    category,
    severity: 'medium',
    kind: 'conduct',
    record: !NEVER_RECORD.has(category),
    victimWhenPassive: VICTIMISABLE.has(category),
  };
}

/**
 * The model's finding for a sentence the rules left alone, whatever the threshold; null when there is no word
 * to show as the trigger, the trigger is allow-listed, or (below the model's `checksVetoBelow`) the rules'
 * leave-alone checks veto it.
 */
export function modelFinding(
  model: WeightFile,
  sentence: string,
  prediction: Prediction,
  options: EngineOptions,
  rulesSawCompliance: boolean,
): SentenceHit | null {
  const { category, flagProbability } = prediction;
  const checked = flagProbability < model.header.checksVetoBelow;
  if (checked && rulesSawCompliance && options.level === 'standard') return null;
  const span = triggerSpan(model, sentence, category);
  if (!span) return null;
  const text = normaliseSentence(sentence);
  if (overlapsAllowed(text, span.start, span.end, options)) return null;
  // Whose act it is, not how it reads: however sure the model is, the writer driving is not the participant.
  if (writerAtTheWheel(category, windows({ text, start: span.start, end: span.end }).before)) return null;
  // Words naming a condition ("her licence is suspended") state a status: the sentence that breaks the
  // condition is the one to flag, and the passage analysis does.
  if (checked && namesConditionAt(sentence, span.start, span.end)) return null;
  const verdict = checked ? judge(modelRule(category), text, span.start, span.end) : null;
  if (verdict === 'ignore') return null;
  // A negated mention ("denies any new arrests") is a compliance statement: flagged, lightly, only at strict.
  if (verdict === 'compliance' && options.level === 'standard') return null;
  const nearThreshold = flagProbability < model.header.thresholds[category] + model.header.lowMargin;
  const severity: Severity = verdict === 'compliance' || nearThreshold ? 'low' : 'medium';
  return {
    category,
    severity,
    ruleId: `${MODEL_RULE_PREFIX}${category}`,
    reason: modelReason(category, sentence.slice(span.start, span.end)),
    triggerStart: span.start,
    triggerEnd: span.end,
  };
}

/** A rule's finding the model may overrule: an organisation's own phrase and a compliance statement never are. */
export function overrulable(rules: RulesVerdict): rules is RulesVerdict & { hit: SentenceHit } {
  return rules.hit !== null && !rules.compliance && rules.hit.ruleId !== CUSTOM_PHRASE_RULE;
}

/**
 * The model overrules a rule's conduct finding when it is sure the sentence is harmless: a charged word used
 * innocently ("a shot at the job", "high school"), the participant as the victim. With a veto model, that model,
 * which learned only from sentences the rules flag, must find it harmless too (model/veto-model.ts). Both must be
 * sure around every trigger the rules kept, not only the hit's: "kicked out of the shelter for fighting" is not
 * harmless because being kicked out of somewhere can be.
 */
export function vetoes(
  model: WeightFile,
  sentence: string,
  rules: RulesVerdict,
  vetoModel: VetoModel | null,
): boolean {
  if (!overrulable(rules)) return false;
  if (noneAroundTriggers(model, sentence, rules.triggers) < model.header.noneVeto) return false;
  return (
    vetoModel === null ||
    harmlessAroundTriggers(vetoModel, sentence, rules.triggers) >= vetoModel.header.threshold
  );
}

/** Words either side of a rule's trigger that the model reads when judging whether to overrule it. */
const VETO_REACH_WORDS = 8;

/**
 * The model's probability of "none" for the sentence as a rule's finding must see it: the lowest of the whole
 * sentence's and, for each trigger, the words around it and its clause. Harmless words far from a trigger (the
 * approved wording run into a report, a greeting with no full stop) must not outvote a plain report of conduct,
 * and a window that cuts off half the report ("She missed the one you set … because she had relapsed") must not
 * either; the context that makes a charged word innocent ("a shot at the job", "hit by a car") is in all three.
 */
export function noneAroundTriggers(
  model: WeightFile,
  sentence: string,
  triggers: readonly TriggerSpan[],
): number {
  return lowestAroundTriggers(sentence, triggers, (text) => noneProbability(model, text));
}

/** The veto model's probability that a rule's finding is harmless, read as noneAroundTriggers reads the sentence. */
export function harmlessAroundTriggers(
  model: VetoModel,
  sentence: string,
  triggers: readonly TriggerSpan[],
): number {
  return lowestAroundTriggers(sentence, triggers, (text) => harmlessProbability(model, text));
}

/** The lowest `probability` of the sentence and of the words around and the clause of each trigger. */
function lowestAroundTriggers(
  sentence: string,
  triggers: readonly TriggerSpan[],
  probability: (text: string) => number,
): number {
  let lowest = probability(sentence);
  for (const { start, end } of triggers) {
    const before = sentence.slice(0, start).split(/\s+/).filter(Boolean);
    const after = sentence.slice(end).split(/\s+/).filter(Boolean);
    const scope = [
      ...before.slice(Math.max(0, before.length - VETO_REACH_WORDS)),
      sentence.slice(start, end),
      ...after.slice(0, VETO_REACH_WORDS),
    ].join(' ');
    lowest = Math.min(lowest, probability(scope), probability(clauseAround(sentence, start, end)));
  }
  return lowest;
}

/** Where one clause ends and the next begins: punctuation inside the sentence, or a joining word. */
const CLAUSE_BREAK = /[,;:\u2013\u2014]\s+|\s+(?:and|but|so|then|though|although|while|whereas)\s+/gi;

/**
 * The clause holding the trigger: "There is nothing to report and she tested positive" must be judged on
 * "she tested positive", as a sentence of its own would be.
 */
function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const at = match.index ?? 0;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return sentence.slice(from, to);
}

/**
 * The sentence as the model reads it: the approved wording blanked out, offsets kept. A writer who keeps the
 * approved wording and types on without a full stop ("There is nothing helpful to report at this time he was
 * arrested…") must not have the report read as harmless because the corpus taught the model that the wording is.
 */
export function modelView(sentence: string, options: EngineOptions): string {
  const wording = wordingPattern(options.wording);
  return wording ? sentence.replace(wording, (found) => ' '.repeat(found.length)) : sentence;
}

/** The approved wording as a phrase, with or without its full stop; one pattern per wording. */
let lastWording: { wording: string; pattern: RegExp | null } | null = null;
function wordingPattern(wording: string): RegExp | null {
  if (lastWording?.wording === wording) return lastWording.pattern;
  const phrase = wording.trim().replace(/[.!?]+$/, '');
  const pattern = phrase === '' ? null : new RegExp(`${phraseSource(phrase)}[.!?]*`, 'giu');
  lastWording = { wording, pattern };
  return pattern;
}

export function reachesThreshold(model: WeightFile, prediction: Prediction): boolean {
  return prediction.flagProbability >= model.header.thresholds[prediction.category];
}

/**
 * A rule's finding, in the model's category when the model is sure of another one (header.categoryOverrule):
 * the rules name the category by the first charged word they match, the model reads the whole sentence. The
 * trigger and reason then come from the model; the rule's severity stays. An organisation's own phrase keeps its
 * finding as it is.
 */
export function recategorised(
  model: WeightFile,
  sentence: string,
  hit: SentenceHit,
  options: EngineOptions,
): SentenceHit {
  if (hit.ruleId === CUSTOM_PHRASE_RULE) return hit;
  const prediction = predict(model, sentence);
  if (prediction.category === hit.category || prediction.probability < model.header.categoryOverrule)
    return hit;
  const finding = modelFinding(model, sentence, prediction, options, false);
  return finding ? { ...finding, severity: hit.severity } : hit;
}

/**
 * Rules, then the model from `source`, with the veto model from `vetoSource` as the second opinion before a rule
 * is overruled; with an unusable model, the rules alone; without a veto model, the sentence model alone decides.
 */
export function combinedClassifier(
  source: ModelSource,
  vetoSource: Lazy<VetoModel> | null = null,
): Classifier {
  return (sentence, options) => {
    const rules = engineRulesVerdict(sentence, options);
    const model = source.get();
    if (rules.hit) {
      if (!model) return rules.hit;
      const read = modelView(sentence, options);
      if (vetoes(model, read, rules, vetoSource?.get() ?? null)) return null;
      // A compliance statement flagged at the strict level is the rules' own reading, kept as it is.
      return rules.compliance ? rules.hit : recategorised(model, read, rules.hit, options);
    }
    if (!model) return null;
    const read = modelView(sentence, options);
    const prediction = predict(model, read);
    if (!reachesThreshold(model, prediction)) return null;
    return modelFinding(model, read, prediction, options, rules.compliance);
  };
}

/**
 * The rules' verdict as the engine takes it: without a finding that rests only on words naming a supervision
 * condition ("DWLS 3rd, no valid license", "bond terms bar firearms, ammo, and any deadly weapon"), which is a
 * status, as for the model's findings. Calibration scores the rules through this too.
 */
export function engineRulesVerdict(sentence: string, options: EngineOptions): RulesVerdict {
  const rules = rulesVerdict(sentence, options);
  const { hit } = rules;
  if (hit === null || hit.ruleId === CUSTOM_PHRASE_RULE) return rules;
  return restsOnConditionNaming(sentence, rules.triggers, hit.category)
    ? { ...rules, hit: null, triggers: [] }
    : rules;
}

/** The model on its own (no rules, no vetoes), for measuring it: `npm run eval`. */
export function modelOnlyClassifier(source: ModelSource): Classifier {
  return (sentence) => {
    const model = source.get();
    if (!model) return null;
    const prediction = predict(model, sentence);
    if (!reachesThreshold(model, prediction)) return null;
    const span = triggerSpan(model, sentence, prediction.category);
    if (!span) return null;
    const { category } = prediction;
    return {
      category,
      severity: 'medium',
      ruleId: `${MODEL_RULE_PREFIX}${category}`,
      reason: modelReason(category, sentence.slice(span.start, span.end)),
      triggerStart: span.start,
      triggerEnd: span.end,
    };
  };
}

/** The model shipped with the engine, decoded on the first sentence classified. */
export const shippedModel: ModelSource = lazyModel(MODEL);
export const classifyCombined: Classifier = combinedClassifier(shippedModel, shippedVetoModel);
