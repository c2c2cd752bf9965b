/** textarea and text input: the value is the text; underlines come from a mirror overlay. */
import type { Finding } from '../../engine/types';
import { MirrorOverlay } from '../draw/mirror';
import { replaceInTextControl } from '../edit/insert';
import type { UiRoot } from '../ui/host';
import type { Surface } from './surface';

export class TextControlSurface implements Surface {
  private readonly overlay: MirrorOverlay;
  private painted: readonly Finding[] = [];

  constructor(
    readonly element: HTMLTextAreaElement | HTMLInputElement,
    fieldId: string,
    ui: UiRoot,
    signal: AbortSignal,
  ) {
    this.overlay = new MirrorOverlay(element, fieldId, ui.layer, signal);
  }

  read(): string {
    return this.element.value;
  }

  paint(findings: readonly Finding[]): void {
    this.painted = findings;
    this.overlay.paint(this.element.value, findings);
  }

  caretOffset(): number | null {
    const { selectionStart, selectionEnd } = this.element;
    return selectionStart === null || selectionStart !== selectionEnd ? null : selectionStart;
  }

  rectOf(finding: Finding): DOMRect | null {
    const index = this.painted.indexOf(finding);
    return (index === -1 ? null : this.overlay.rectOf(index)) ?? this.element.getBoundingClientRect();
  }

  rectsOf(finding: Finding): readonly DOMRect[] {
    const index = this.painted.indexOf(finding);
    return index === -1 ? [] : this.overlay.rectsOf(index);
  }

  select(start: number, end: number): boolean {
    this.element.setSelectionRange(start, end);
    return true;
  }

  /** The browser's own undo for text controls ends a typing step when the selection moves, as it does here. */
  closeUndoGroup(): void {}

  async replace(start: number, end: number, insert: string): Promise<void> {
    replaceInTextControl(this.element, start, end, insert);
  }
}
