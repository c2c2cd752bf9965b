/**
 * What the buttons and the extension's messages do to a field: replace one passage, replace all, ignore, allow.
 * Replacement re-checks that the passage is still there; if not, the field is re-analysed instead.
 */
import { rewrite } from '../../engine/index';
import type { EngineOptions, Finding } from '../../engine/types';
import { loadSettings, saveSettings } from '../../shared/settings-store';
import type { UiActions } from '../ui/controller';
import type { Field } from './field';

export function createActions(options: () => EngineOptions, allowed: (phrase: string) => void): UiActions {
  return {
    replacementFor(field, finding) {
      const text = field.passageText(finding);
      const local = { ...finding, start: 0, end: text.length };
      const { edits } = rewrite(text, [local], options());
      return edits
        .map((edit) => edit.insert)
        .join('')
        .trim();
    },

    async replace(field: Field, finding: Finding): Promise<boolean> {
      const text = field.text();
      if (text.slice(finding.start, finding.end) !== field.passageText(finding)) {
        field.noteChange(0);
        return false;
      }
      const { edits } = rewrite(text, [finding], options());
      return field.applyEdits(edits, text);
    },

    async replaceAll(field: Field): Promise<boolean> {
      const findings = await field.findings();
      const text = field.text();
      const { edits } = rewrite(text, findings, options());
      return field.applyEdits(edits, text);
    },

    ignore(field: Field, finding: Finding): void {
      field.ignore(finding);
    },

    async allow(_field: Field, finding: Finding): Promise<void> {
      const phrase = finding.trigger.trim();
      const { settings } = await loadSettings();
      const known = settings.allowPhrases.some((p) => p.toLowerCase() === phrase.toLowerCase());
      if (!known) await saveSettings({ allowPhrases: [...settings.allowPhrases, phrase] });
      allowed(phrase);
    },
  };
}
