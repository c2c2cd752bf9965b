/**
 * The engine's public API. Pure TypeScript (no DOM, browser or Node API), imported by the content
 * script, the worker, the CLI and the tests.
 */
import { createAnalyzer } from './analyzer';
import type { EngineOptions, Finding } from './types';

export { type Analyzer, type AnalyzerConfig, type Classifier, createAnalyzer } from './analyzer';
export { classifySentence, type SentenceHit } from './classify';
export { classifyCombined, combinedClassifier, modelOnlyClassifier, shippedModel } from './combine';
export { lazyModel, type ModelSource } from './model/load';
export { resolveOptions } from './options';
export { applyEdits, rewrite } from './rewrite';
export * from './types';

const sharedAnalyzer = createAnalyzer();

/** Analyses with the shared analyzer, whose cache makes re-analysis of an edited text cheap. */
export function analyze(text: string, options?: Partial<EngineOptions>): Finding[] {
  return sharedAnalyzer.analyze(text, options);
}
