/**
 * `{{placeholder}}` fields in templates: finding them (so a form can ask for each once) and filling them.
 * Names are matched loosely ("Case number", "case_number" and "case-number" are one field).
 */

export interface Placeholder {
  /** Normalized name: lower case, words separated by one space. */
  key: string;
  /** What the form shows. */
  label: string;
}

/** Filled from settings, never asked for: the organization's approved wording. */
export const WORDING_KEY = 'wording';

const LABELS: ReadonlyMap<string, string> = new Map([
  ['initials', 'Participant initials'],
  ['participant initials', 'Participant initials'],
  ['date', 'Date'],
  ['case number', 'Case number'],
  ['case', 'Case number'],
  ['recipient', 'Recipient'],
]);

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w -]{0,40}?)\s*\}\}/g;

export function placeholderKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

function labelFor(key: string): string {
  return LABELS.get(key) ?? key.charAt(0).toUpperCase() + key.slice(1);
}

/** The fields a writer fills in, in order of first appearance, each once. */
export function placeholdersIn(body: string): Placeholder[] {
  const seen = new Map<string, Placeholder>();
  for (const match of body.matchAll(PLACEHOLDER)) {
    const key = placeholderKey(match[1] ?? '');
    if (key !== WORDING_KEY && !seen.has(key)) seen.set(key, { key, label: labelFor(key) });
  }
  return [...seen.values()];
}

/**
 * The template's text with every placeholder replaced: `{{wording}}` by the approved wording, the others
 * by the writer's values (trimmed; a field left empty becomes empty, never a leftover `{{…}}`).
 */
export function fillTemplate(
  body: string,
  values: Readonly<Record<string, string>>,
  wording: string,
): string {
  const byKey = new Map(Object.entries(values).map(([name, value]) => [placeholderKey(name), value.trim()]));
  return body.replace(PLACEHOLDER, (_match, name: string) => {
    const key = placeholderKey(name);
    return key === WORDING_KEY ? wording : (byKey.get(key) ?? '');
  });
}
