/**
 * Runs the sentence classifier over every segment of a text and turns hits into findings with absolute
 * offsets. Classifications are cached per segment text, so re-analysing after a small edit only
 * classifies the segments that changed, and gives exactly what a fresh analysis would.
 */
import type { SentenceHit } from './classify';
import { replacementUnit } from './clause';
import { classifyCombined } from './combine';
import { type FoldedSentence, foldSentence } from './fold';
import type { Lazy } from './model/load';
import { classificationKey, resolveOptions } from './options';
import type { ActModel } from './passage/act-model';
import type { NamingModel } from './passage/naming-model';
import { conditionHits } from './passage/passage';
import { shippedActModel } from './passage/shipped-act-model';
import { shippedNamingModel } from './passage/shipped-naming-model';
import { RecentCache } from './recent-cache';
import { type Segment, segment } from './segment';
import type { EngineOptions, Finding } from './types';

/** Must be a pure function of its arguments: cached results stand in for later calls. */
export type Classifier = (sentence: string, options: EngineOptions) => SentenceHit | null;

export interface AnalyzerConfig {
  classify?: Classifier;
  /** Segment classifications kept; enough for several long messages. */
  cacheSize?: number;
  /** The learned reader of acts that break a condition named elsewhere; null for the hand-written patterns alone. */
  acts?: Lazy<ActModel> | null;
  /** The learned reader of conditions the naming patterns miss; null for the hand-written patterns alone. */
  naming?: Lazy<NamingModel> | null;
}

export interface Analyzer {
  analyze(text: string, options?: Partial<EngineOptions>): Finding[];
}

const DEFAULT_CACHE_SIZE = 5000;
const MAX_OPTION_SETS = 4;

function clampOffset(value: number, min: number, max: number): number {
  return Number.isInteger(value) ? Math.min(Math.max(value, min), max) : min;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Moves `offset` off the middle of a surrogate pair (towards `direction`). */
function snapToCodePoint(text: string, offset: number, direction: -1 | 1): number {
  const splitsPair = isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
  return splitsPair ? offset + direction : offset;
}

function toFinding(text: string, seg: Segment, hit: SentenceHit): Finding {
  const length = seg.end - seg.start;
  let relativeStart = clampOffset(hit.triggerStart, 0, length);
  let relativeEnd = clampOffset(hit.triggerEnd, relativeStart, length);
  if (relativeStart === relativeEnd) {
    relativeStart = 0;
    relativeEnd = length;
  }
  const triggerStart = snapToCodePoint(text, seg.start + relativeStart, -1);
  const triggerEnd = snapToCodePoint(text, seg.start + relativeEnd, 1);
  // Ordinary sentences are replaced whole; a run-on one only in the line or clause that holds the trigger.
  const unit = replacementUnit(text, seg, triggerStart, triggerEnd);
  return {
    start: unit.start,
    end: unit.end,
    category: hit.category,
    severity: hit.severity,
    trigger: text.slice(triggerStart, triggerEnd),
    triggerStart,
    triggerEnd,
    reason: hit.reason,
    ruleId: hit.ruleId,
  };
}

/** A hit on the folded sentence, its trigger moved back onto the sentence as written. */
function asWritten(hit: SentenceHit, sentence: FoldedSentence): SentenceHit {
  const triggerStart = sentence.startAt(hit.triggerStart);
  const triggerEnd = sentence.endAt(hit.triggerEnd);
  return triggerStart === hit.triggerStart && triggerEnd === hit.triggerEnd
    ? hit
    : { ...hit, triggerStart, triggerEnd };
}

export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const classify = config.classify ?? classifyCombined;
  const cacheSize = config.cacheSize ?? DEFAULT_CACHE_SIZE;
  const models = {
    acts: config.acts === undefined ? shippedActModel : config.acts,
    naming: config.naming === undefined ? shippedNamingModel : config.naming,
  };
  // One cache per classification-relevant options key, so lookups hash the sentence text alone.
  const caches = new Map<string, RecentCache<string, SentenceHit | null>>();
  const cacheFor = (optionsKey: string): RecentCache<string, SentenceHit | null> => {
    let cache = caches.get(optionsKey);
    if (cache === undefined) {
      // Options rarely change; a few sets are kept so switching back and forth stays cheap.
      if (caches.size >= MAX_OPTION_SETS) caches.clear();
      cache = new RecentCache(cacheSize);
      caches.set(optionsKey, cache);
    }
    return cache;
  };

  const classifyCached = (
    sentence: string,
    options: EngineOptions,
    cache: RecentCache<string, SentenceHit | null>,
  ): SentenceHit | null => {
    const cached = cache.get(sentence);
    if (cached !== undefined) return cached;
    let hit: SentenceHit | null;
    try {
      hit = classify(sentence, options);
    } catch {
      // One sentence the classifier cannot handle must not stop the guard for the whole message;
      // it is left unflagged and not cached, so a fixed classifier sees it again.
      return null;
    }
    cache.set(sentence, hit);
    return hit;
  };

  return {
    analyze(text, options) {
      if (typeof text !== 'string') return [];
      // Resolved on every call (cheap) so a caller mutating its options object never sees stale results.
      const resolved = resolveOptions(options);
      const cache = cacheFor(classificationKey(resolved));
      const segments = segment(text);
      const written = segments.map((seg) => text.slice(seg.start, seg.end));
      const folds = written.map(foldSentence);
      const sentences = written.map((sentence, index) => folds[index]?.text ?? sentence);
      const hits = sentences.map((sentence) => classifyCached(sentence, resolved, cache));
      // Conditions named in one sentence and broken in another: only the message as a whole shows them.
      const acrossSentences = conditionHits(
        sentences,
        hits.map((hit) => hit !== null),
        resolved,
        models,
      );
      const findings: Finding[] = [];
      segments.forEach((seg, index) => {
        const hit = hits[index] ?? acrossSentences[index] ?? null;
        const fold = folds[index];
        if (hit !== null) findings.push(toFinding(text, seg, fold ? asWritten(hit, fold) : hit));
      });
      return findings;
    },
  };
}
