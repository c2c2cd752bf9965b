/**
 * Analyses a chosen document's text for a content script, here in the service worker, so the engine's
 * work never runs on the page's main thread. The text exists only in memory for the length of the call.
 */
import { analyze, type EngineOptions, type Finding, type Level, resolveOptions } from '../engine/index';

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

function level(value: unknown): Level | undefined {
  return value === 'standard' || value === 'strict' ? value : undefined;
}

/** Engine options from a message: anything malformed falls back to the default, never to a guess. */
export function optionsFrom(value: unknown): EngineOptions {
  const get = (key: string): unknown =>
    typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
  const wording = get('wording');
  return resolveOptions({
    level: level(get('level')),
    extraPhrases: stringList(get('extraPhrases')),
    allowPhrases: stringList(get('allowPhrases')),
    wording: typeof wording === 'string' && wording.trim() !== '' ? wording : undefined,
  });
}

export function analyzeDocumentText(payload: { text: unknown; options: unknown }): { findings: Finding[] } {
  if (typeof payload.text !== 'string') throw new Error('A document text is required.');
  return { findings: analyze(payload.text, optionsFrom(payload.options)) };
}
