/**
 * The templates a writer can pick from: the built-in ones, with the organization's templates (from the
 * options page or managed policy, both arriving as `settings.templates`) added, or replacing a built-in
 * one whose title names the same template.
 */
import type { Template } from '../shared/settings';
import { BUILT_IN_TEMPLATES, type TemplateDefinition } from './builtins';

/** "Progress Report" → "progress-report": the id a title stands for. */
export function templateId(title: string): string {
  return title
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

export function templateCatalog(organization: readonly Template[]): TemplateDefinition[] {
  const catalog = new Map(BUILT_IN_TEMPLATES.map((template) => [template.id, template]));
  for (const template of organization) {
    const id = templateId(template.title);
    if (id === '') continue;
    // Map.set keeps a replaced built-in in its place and appends new ids.
    catalog.set(id, { id, title: template.title.trim(), body: template.body, builtIn: false });
  }
  return [...catalog.values()];
}
