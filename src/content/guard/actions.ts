/**
 * What the buttons and the extension's messages do to a field: replace one passage, replace all, ignore, and
 * ask to always allow. Replacement re-checks that the passage is still there; if not, the field is re-analysed.
 */
import { rewrite } from '../../engine/index';
import type { EngineOptions, Finding } from '../../engine/types';
import { sendToBackground } from '../../shared/messaging';
import type { UiActions } from '../ui/controller';
import { AnalysisBehindError, type Field } from './field';

export function createActions(options: () => EngineOptions): UiActions {
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
      let findings: Finding[];
      try {
        findings = await field.findings();
      } catch (error) {
        // Still behind the writer's typing: nothing is replaced, and the field is analysed again.
        if (error instanceof AnalysisBehindError) return false;
        throw error;
      }
      const text = field.text();
      const { edits } = rewrite(text, findings, options());
      return field.applyEdits(edits, text);
    },

    ignore(field: Field, finding: Finding): void {
      field.ignore(finding);
    },

    async allow(field: Field, finding: Finding): Promise<string> {
      // The content script only asks: a page's scripts can drive this world, so the allow-list, which switches
      // the flag off on every site, changes only when the writer confirms in the popup (background/allow-requests).
      const phrase = finding.trigger.trim();
      await sendToBackground('allow/request', { phrase });
      // Here and now the writer has decided: the passage stops being flagged in this field.
      field.ignore(finding);
      return phrase;
    },
  };
}
