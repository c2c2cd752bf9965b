/**
 * Validation of every setting. Values arrive from storage, from an imported file, from the
 * organization's policy or from a form, so each one is checked here before it is used.
 * Validators normalize (trim, lower-case domains, drop duplicates) and report problems as
 * message names from `_locales` with their substitutions, so the pure code stays language-free.
 */
import type { Level } from '../engine/types';
import { isDomainPattern, normalizePattern } from './domain-patterns';
import {
  defaults,
  isSettingKey,
  LEVELS,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  type Template,
} from './settings';

export const LIMITS = {
  textLength: 300,
  listEntries: 500,
  templates: 50,
  templateTitle: 100,
  templateBody: 10_000,
} as const;

export type ProblemCode =
  | 'notText'
  | 'empty'
  | 'tooLong'
  | 'notList'
  | 'tooManyEntries'
  | 'entryNotText'
  | 'entryTooLong'
  | 'notDomain'
  | 'notSwitch'
  | 'notLevel'
  | 'templateShape'
  | 'templateTitleEmpty'
  | 'templateTitleTooLong'
  | 'templateBodyEmpty'
  | 'templateBodyTooLong'
  | 'unknownSetting';

/** One thing wrong with one setting: `problem_<code>` in `_locales`, with its substitutions. */
export interface Problem {
  key: SettingKey | null;
  code: ProblemCode;
  subs: string[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

type Validator<T> = (value: unknown, key: SettingKey) => Checked<T>;

const fail = (key: SettingKey | null, code: ProblemCode, ...subs: (string | number)[]): Problem => ({
  key,
  code,
  subs: subs.map(String),
});

function checkText(value: unknown, key: SettingKey): Checked<string> {
  if (typeof value !== 'string') return { ok: false, problems: [fail(key, 'notText')] };
  const text = value.trim();
  if (text.length === 0) return { ok: false, problems: [fail(key, 'empty')] };
  if (text.length > LIMITS.textLength) {
    return { ok: false, problems: [fail(key, 'tooLong', text.length, LIMITS.textLength)] };
  }
  return { ok: true, value: text };
}

/** A list of entries, each normalized and checked by `entry`; blank entries are dropped, duplicates merged. */
function listOf(
  normalize: (entry: string) => string,
  entry: (text: string, position: number, key: SettingKey) => Problem | null,
): Validator<string[]> {
  return (value, key) => {
    if (!Array.isArray(value)) return { ok: false, problems: [fail(key, 'notList')] };
    const problems: Problem[] = [];
    const seen = new Set<string>();
    value.forEach((item: unknown, index) => {
      if (typeof item !== 'string') {
        problems.push(fail(key, 'entryNotText', index + 1));
        return;
      }
      const text = normalize(item);
      if (text.length === 0) return;
      const problem = entry(text, index + 1, key);
      if (problem) problems.push(problem);
      else seen.add(text);
    });
    if (seen.size > LIMITS.listEntries)
      problems.push(fail(key, 'tooManyEntries', seen.size, LIMITS.listEntries));
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value: [...seen] };
  };
}

const phraseList = listOf(
  (entry) => entry.trim().replace(/\s+/g, ' '),
  (text, position, key) =>
    text.length > LIMITS.textLength
      ? fail(key, 'entryTooLong', position, text.length, LIMITS.textLength)
      : null,
);

const domainList = listOf(normalizePattern, (text, _position, key) =>
  isDomainPattern(text) ? null : fail(key, 'notDomain', text),
);

const checkLevel: Validator<Level> = (value, key) => {
  const level = LEVELS.find((candidate) => candidate === value);
  return level ? { ok: true, value: level } : { ok: false, problems: [fail(key, 'notLevel')] };
};

const checkSwitch: Validator<boolean> = (value, key) =>
  typeof value === 'boolean' ? { ok: true, value } : { ok: false, problems: [fail(key, 'notSwitch')] };

function checkTemplate(value: unknown, position: number, key: SettingKey): Checked<Template> {
  if (typeof value !== 'object' || value === null) {
    return { ok: false, problems: [fail(key, 'templateShape', position)] };
  }
  const title: unknown = Reflect.get(value, 'title');
  const body: unknown = Reflect.get(value, 'body');
  if (typeof title !== 'string' || typeof body !== 'string') {
    return { ok: false, problems: [fail(key, 'templateShape', position)] };
  }
  const cleanTitle = title.trim();
  const problems: Problem[] = [];
  if (cleanTitle.length === 0) problems.push(fail(key, 'templateTitleEmpty', position));
  if (cleanTitle.length > LIMITS.templateTitle) {
    problems.push(fail(key, 'templateTitleTooLong', position, cleanTitle.length, LIMITS.templateTitle));
  }
  if (body.trim().length === 0) problems.push(fail(key, 'templateBodyEmpty', position));
  if (body.length > LIMITS.templateBody) {
    problems.push(fail(key, 'templateBodyTooLong', position, body.length, LIMITS.templateBody));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { title: cleanTitle, body } };
}

const checkTemplates: Validator<Template[]> = (value, key) => {
  if (!Array.isArray(value)) return { ok: false, problems: [fail(key, 'notList')] };
  const checked = value.map((item: unknown, index) => checkTemplate(item, index + 1, key));
  const problems = checked.flatMap((result) => (result.ok ? [] : result.problems));
  if (value.length > LIMITS.templates)
    problems.push(fail(key, 'tooManyEntries', value.length, LIMITS.templates));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: checked.flatMap((result) => (result.ok ? [result.value] : [])) };
};

/** One validator per setting; the mapped type makes a missing validator a compile error. */
const validators: { [K in SettingKey]: Validator<Settings[K]> } = {
  level: checkLevel,
  wording: checkText,
  extraPhrases: phraseList,
  allowPhrases: phraseList,
  pausedSites: domainList,
  reviewAll: checkSwitch,
  reviewDomains: domainList,
  internalDomains: domainList,
  templates: checkTemplates,
  sendVerbs: phraseList,
};

export function validateSetting<K extends SettingKey>(key: K, value: unknown): Checked<Settings[K]> {
  const validator: Validator<Settings[K]> = validators[key];
  return validator(value, key);
}

/** Valid values of a partial settings object, and problems for the rest (unknown names included). */
export interface PartialCheck {
  values: Partial<Settings>;
  problems: Problem[];
}

export function validatePartial(input: Readonly<Record<string, unknown>>): PartialCheck {
  const values: Partial<Settings> = {};
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(input)) {
    if (!isSettingKey(name)) {
      problems.push(fail(null, 'unknownSetting', name));
      continue;
    }
    const result = validateSetting(name, value);
    if (result.ok) assign(values, name, result.value);
    else problems.push(...result.problems);
  }
  return { values, problems };
}

/** Typed assignment of one key (TypeScript cannot relate `values[key]` and `Settings[K]` on its own). */
export function assign<K extends SettingKey>(target: Partial<Settings>, key: K, value: Settings[K]): void {
  target[key] = value;
}

/** Keeps only values that differ from the defaults, so untouched settings follow future defaults. */
export function withoutDefaults(values: Partial<Settings>): Partial<Settings> {
  const result: Partial<Settings> = {};
  const copyIfChanged = <K extends SettingKey>(key: K): void => {
    const value = values[key];
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(defaults[key])) result[key] = value;
  };
  for (const key of SETTING_KEYS) copyIfChanged(key);
  return result;
}
