/**
 * The options form as data: which control edits each setting and in which section it appears.
 * Labels and help come from `_locales` as `setting_<key>` and `help_<key>`.
 */
import type { SettingKey } from '../shared/settings';

export type ControlKind = 'level' | 'text' | 'lines' | 'switch' | 'templates';

export const SECTIONS = ['wording', 'sites', 'send', 'templates'] as const;
export type Section = (typeof SECTIONS)[number];

export interface FieldSpec {
  key: SettingKey;
  kind: ControlKind;
  section: Section;
}

export const FIELDS: readonly FieldSpec[] = [
  { key: 'wording', kind: 'text', section: 'wording' },
  { key: 'level', kind: 'level', section: 'wording' },
  { key: 'extraPhrases', kind: 'lines', section: 'wording' },
  { key: 'allowPhrases', kind: 'lines', section: 'wording' },
  { key: 'pausedSites', kind: 'lines', section: 'sites' },
  { key: 'reviewAll', kind: 'switch', section: 'send' },
  { key: 'reviewDomains', kind: 'lines', section: 'send' },
  { key: 'internalDomains', kind: 'lines', section: 'send' },
  { key: 'sendVerbs', kind: 'lines', section: 'send' },
  { key: 'templates', kind: 'templates', section: 'templates' },
];

export const sectionHeading: Record<Section, string> = {
  wording: 'optionsWordingHeading',
  sites: 'optionsSitesHeading',
  send: 'optionsSendHeading',
  templates: 'optionsTemplatesHeading',
};
