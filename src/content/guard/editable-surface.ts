/** contenteditable and role=textbox editors: a text model over the DOM; underlines through CSS highlights. */
import type { Finding } from '../../engine/types';
import type { SiteAdapter } from '../contracts';
import { type HighlightPainter, painterFor } from '../draw/highlights';
import { replaceInEditable } from '../edit/insert';
import { closeUndoGroup } from '../edit/undo-group';
import { type EditableTextModel, readEditable } from '../text/editable-model';
import type { Surface } from './surface';

export class EditableSurface implements Surface {
  private model: EditableTextModel | null = null;
  private readonly painter: HighlightPainter | null;

  constructor(
    readonly element: HTMLElement,
    private readonly fieldId: string,
    private readonly adapter: SiteAdapter,
    signal: AbortSignal,
  ) {
    this.painter = painterFor(element.ownerDocument);
    signal.addEventListener('abort', () => this.painter?.clear(fieldId), { once: true });
  }

  read(): string {
    const view = this.element.ownerDocument.defaultView ?? window;
    const whiteSpace = view.getComputedStyle(this.element).whiteSpace;
    this.model = readEditable(this.element, {
      isExcluded: (node) => this.adapter.isExcluded(node),
      collapsesWhitespace: whiteSpace === 'normal' || whiteSpace === 'nowrap',
    });
    return this.model.text;
  }

  paint(findings: readonly Finding[]): void {
    if (!this.painter || !this.model) return;
    const model = this.model;
    const marks = findings.flatMap((finding) => {
      const range = model.rangeFor(finding.start, finding.end);
      return range ? [{ range, severity: finding.severity }] : [];
    });
    const scope = this.element.getRootNode();
    this.painter.paint(
      this.fieldId,
      marks,
      scope instanceof ShadowRoot || scope instanceof Document ? scope : this.element.ownerDocument,
    );
  }

  caretOffset(): number | null {
    const selection = this.selection();
    if (!selection || !this.model || !selection.isCollapsed || !selection.anchorNode) return null;
    if (!this.element.contains(selection.anchorNode)) return null;
    return this.model.offsetOf(selection.anchorNode, selection.anchorOffset);
  }

  rectOf(finding: Finding): DOMRect | null {
    const rects = this.model?.rangeFor(finding.start, finding.end)?.getClientRects();
    return rects?.[rects.length - 1] ?? rects?.[0] ?? null;
  }

  rectsOf(finding: Finding): readonly DOMRect[] {
    return [...(this.model?.rangeFor(finding.start, finding.end)?.getClientRects() ?? [])];
  }

  select(start: number, end: number): boolean {
    const range = this.model?.rangeFor(start, end);
    const selection = this.selection();
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }

  closeUndoGroup(): void {
    closeUndoGroup(this.element);
  }

  async replace(start: number, end: number, insert: string): Promise<void> {
    const range = this.model?.rangeFor(start, end);
    if (!range) throw new Error('The passage is no longer in the editor.');
    await replaceInEditable(this.element, range, insert);
  }

  /** The selection that can see into this field (a shadow root's own selection where the browser has one). */
  private selection(): Selection | null {
    const scope = this.element.getRootNode();
    if (scope instanceof ShadowRoot && 'getSelection' in scope && typeof scope.getSelection === 'function') {
      const own: unknown = scope.getSelection();
      if (own instanceof Selection) return own;
    }
    return this.element.ownerDocument.getSelection();
  }
}
