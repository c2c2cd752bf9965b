/**
 * Settings: the defaults and the types derived from them. Pure (no browser API).
 * Validation lives in `settings-schema.ts`, migrations in `settings-migrations.ts`, and the
 * combination of user and organization values in `settings-resolve.ts`; `settings-store.ts`
 * reads and writes them through the browser.
 */
import { DEFAULT_WORDING, type EngineOptions, type Level } from '../engine/types';

export const LEVELS: readonly Level[] = ['standard', 'strict'];

/** An organization template: inserted into a field, `{{placeholder}}` fields filled in first. */
export interface Template {
  title: string;
  body: string;
}

export const defaults = {
  level: 'standard' as Level,
  wording: DEFAULT_WORDING,
  /** Extra phrases to flag (whole words, case-insensitive). */
  extraPhrases: [] as string[],
  /** Phrases never flagged. */
  allowPhrases: [] as string[],
  /** Host patterns (see `domain-patterns.ts`) where LEAD Guard is paused. */
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
  /**
   * Names of Send controls on any site: a button, link or `[role=button]` whose accessible name is one of
   * these (letter case, punctuation and a shortcut hint such as "(Ctrl-Enter)" ignored) sends the message
   * of the compose it sits in. Reply and Forward are deliberately absent: they open a compose.
   */
  sendVerbs: [
    'Send',
    'Send now',
    'Submit',
    'Submit filing',
    'File',
    'File now',
    'Post',
    'Save and send',
    'Enviar',
    'Enviar ahora',
    'Presentar',
    'Publicar',
    'Guardar y enviar',
  ],
};

export type Settings = typeof defaults;
export type SettingKey = keyof Settings;

/** Every setting, in the order the options page shows them. */
export const SETTING_KEYS = Object.keys(defaults) as SettingKey[];

export function isSettingKey(name: string): name is SettingKey {
  return Object.hasOwn(defaults, name);
}

/** Engine options derived from settings. */
export function engineOptions(settings: Settings): EngineOptions {
  return {
    level: settings.level,
    wording: settings.wording,
    extraPhrases: settings.extraPhrases,
    allowPhrases: settings.allowPhrases,
  };
}
