/**
 * Ordered, pure migrations of the stored settings object. Each step takes the object written by
 * one version and returns the object the next version expects; keys a step does not carry over
 * are dropped. Validation (`settings-schema.ts`) runs after the last step.
 */

type Stored = Readonly<Record<string, unknown>>;

export interface Migration {
  from: number;
  up: (values: Stored) => Record<string, unknown>;
}

const splitLines = (value: unknown): unknown =>
  typeof value === 'string' ? value.split(/\r?\n/).filter((line) => line.trim() !== '') : value;

function pick(values: Stored, renames: Readonly<Record<string, string>>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [from, to] of Object.entries(renames)) {
    if (values[from] !== undefined) result[to] = values[from];
  }
  return result;
}

/**
 * v0 (the first pilot build) kept flat, differently named keys: a `strictMode` switch instead of a
 * level, and flagged phrases as one newline-separated string. Its badge and sound switches are gone.
 */
const v0ToV1: Migration = {
  from: 0,
  up: (values) => {
    const result = pick(values, {
      approvedWording: 'wording',
      flagPhrases: 'extraPhrases',
      allowList: 'allowPhrases',
      disabledHosts: 'pausedSites',
      reviewEverything: 'reviewAll',
      alwaysReviewDomains: 'reviewDomains',
      internalDomains: 'internalDomains',
      templates: 'templates',
    });
    if (typeof values.strictMode === 'boolean') result.level = values.strictMode ? 'strict' : 'standard';
    if (result.extraPhrases !== undefined) result.extraPhrases = splitLines(result.extraPhrases);
    return result;
  },
};

/** Host of a URL someone pasted as a paused site, or the text unchanged when it is not a URL. */
function hostOf(entry: unknown): unknown {
  if (typeof entry !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\//i.test(entry.trim())) return entry;
  try {
    return new URL(entry.trim()).hostname;
  } catch {
    return entry;
  }
}

const stripAt = (entry: unknown): unknown => (typeof entry === 'string' ? entry.replace(/^\s*@/, '') : entry);

const mapList = (value: unknown, map: (entry: unknown) => unknown): unknown =>
  Array.isArray(value) ? value.map(map) : value;

/** Template `{name, text}` as v1 stored it, renamed to `{title, body}`. */
function renameTemplate(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  const { name, text, ...rest } = Object.fromEntries(Object.entries(entry));
  return {
    ...rest,
    ...(name === undefined ? {} : { title: name }),
    ...(text === undefined ? {} : { body: text }),
  };
}

/**
 * v1 stored paused sites as the full page URL, recipient domains as typed in an address
 * (`@courts.wa.gov`), and templates as `{name, text}`. v2 keeps host patterns and `{title, body}`.
 */
const v1ToV2: Migration = {
  from: 1,
  up: (values) => ({
    ...values,
    pausedSites: mapList(values.pausedSites, hostOf),
    reviewDomains: mapList(values.reviewDomains, stripAt),
    internalDomains: mapList(values.internalDomains, stripAt),
    templates: mapList(values.templates, renameTemplate),
  }),
};

/**
 * v3 adds `sendVerbs`, the names of Send controls on any site. A v2 object has none, and this step must not
 * write the default list into it: a user who never edited the list keeps following the defaults as they
 * grow. Nothing else changes; the step exists so a v3 object is told apart from a v2 one.
 */
const v2ToV3: Migration = {
  from: 2,
  up: (values) => ({ ...values }),
};

export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2, v2ToV3];
export const SETTINGS_VERSION = MIGRATIONS.length;

function withoutUndefined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** The version a stored object was written by: its `version` field, or 0 before versions existed. */
export function storedVersion(stored: Stored): number {
  const version = stored.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Brings a stored object up to `SETTINGS_VERSION`; the result has no `version` key. */
export function migrate(stored: Stored): Record<string, unknown> {
  const { version: _version, ...values } = stored;
  let current: Record<string, unknown> = values;
  for (const step of MIGRATIONS) {
    if (step.from >= storedVersion(stored)) current = withoutUndefined(step.up(current));
  }
  return current;
}
