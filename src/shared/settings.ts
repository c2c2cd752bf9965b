/**
 * Settings: defaults, validation and migrations. Pure (no browser API) so it is unit-testable;
 * `settings-store.ts` reads and writes them through the browser.
 */
import { DEFAULT_WORDING, type EngineOptions, type Level } from '../engine/types';

export interface Template {
  id: string;
  title: string;
  /** Body with `{{placeholder}}` fields (participant initials, date, case number, recipient). */
  body: string;
}

export const SETTINGS_VERSION = 1;

export const defaults = {
  version: SETTINGS_VERSION,
  level: 'standard' as Level,
  wording: DEFAULT_WORDING,
  extraPhrases: [] as string[],
  allowPhrases: [] as string[],
  /** Host names (or `*.example.org` patterns) where LEAD Guard is paused. */
  pausedSites: [] as string[],
  /** true: every outgoing message is reviewed at Send unless all recipients are internal. */
  reviewAll: true,
  /** Recipients in these domains always get a review at Send. */
  reviewDomains: [
    '*.uscourts.gov',
    '*.courts.*',
    'courts.*',
    '*.court.*',
    '*.da.*',
    '*.prosecutor.*',
    '*.probation.*',
  ],
  /** Recipients in these domains get underlines only, never a stop at Send. */
  internalDomains: [] as string[],
  /** Organization templates, in addition to the built-in ones. */
  templates: [] as Template[],
};

export type Settings = typeof defaults;
export type SettingKey = keyof Settings;

/** Engine options derived from settings. */
export function engineOptions(settings: Settings): EngineOptions {
  return {
    level: settings.level,
    wording: settings.wording,
    extraPhrases: settings.extraPhrases,
    allowPhrases: settings.allowPhrases,
  };
}
