/**
 * Inserts a report template into the field the writer is in: the form asks for the placeholders, then
 * the filled text goes in at the caret through the field's own edit path (the same one replacements use,
 * so the editor's model and undo see an ordinary edit).
 */
import type { Template } from '../../shared/settings';
import { fillTemplate, templateCatalog } from '../../templates/index';
import type { GuardedField } from '../contracts';
import { replaceInEditable } from '../edit/insert';
import type { UiRoot } from '../ui/host';
import { askForTemplate } from './form';

export interface TemplateField extends GuardedField {
  /** The caret's offset in `text()`, or -1 when the caret is not in the field. */
  caretOffsetOrStart(): number;
}

export interface TemplateDeps {
  ui: () => UiRoot;
  templates: () => readonly Template[];
  wording: () => string;
  signal: AbortSignal;
}

/** A template starts on a line of its own when text precedes it on the caret's line. */
function separated(text: string, at: number, filled: string): string {
  return at > 0 && text[at - 1] !== '\n' ? `\n${filled}` : filled;
}

/** The caret of a rich editor, kept while the form has focus. */
function savedCaret(field: HTMLElement): Range | null {
  const selection = field.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return range && field.contains(range.startContainer) ? range : null;
}

export async function insertTemplate(field: TemplateField, deps: TemplateDeps): Promise<boolean> {
  const text = field.text();
  const caret = field.caretOffsetOrStart();
  const at = caret >= 0 && caret <= text.length ? caret : text.length;
  const editorCaret = savedCaret(field.element);
  const choice = await askForTemplate(deps.ui(), templateCatalog(deps.templates()), deps.signal);
  field.element.focus({ preventScroll: true });
  if (choice === null) return false;
  const insert = separated(text, at, fillTemplate(choice.template.body, choice.values, deps.wording()));
  try {
    if (await field.applyEdits([{ start: at, end: at, insert }], text)) return true;
  } catch {
    // An empty rich editor has no text position to map the caret to; its own caret still works below.
  }
  if (editorCaret === null || text !== field.text()) return false;
  await replaceInEditable(field.element, editorCaret, insert);
  return true;
}
