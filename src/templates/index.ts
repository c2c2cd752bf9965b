/** Report templates and `{{placeholder}}` filling. Pure: used by the content script, popup and tests. */
export { BUILT_IN_TEMPLATES, type TemplateDefinition } from './builtins';
export { templateCatalog, templateId } from './catalog';
export { fillTemplate, type Placeholder, placeholderKey, placeholdersIn, WORDING_KEY } from './placeholders';
