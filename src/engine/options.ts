/** Completes partial engine options with the defaults, so callers pass only what they change. */
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './types';

export function resolveOptions(options: Partial<EngineOptions> = {}): EngineOptions {
  return {
    level: options.level ?? DEFAULT_ENGINE_OPTIONS.level,
    extraPhrases: options.extraPhrases ?? DEFAULT_ENGINE_OPTIONS.extraPhrases,
    allowPhrases: options.allowPhrases ?? DEFAULT_ENGINE_OPTIONS.allowPhrases,
    wording: options.wording ?? DEFAULT_ENGINE_OPTIONS.wording,
  };
}

/** Everything that can change a classification (the wording only matters when rewriting). */
export function classificationKey(options: EngineOptions): string {
  return JSON.stringify([options.level, options.extraPhrases, options.allowPhrases]);
}
