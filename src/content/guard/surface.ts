/** What the field logic needs from one kind of editable element (text control or rich editor). */
import type { Finding } from '../../engine/types';

export interface Surface {
  readonly element: HTMLElement;
  /** Reads the current plain text (the writer's own words) and keeps the offset map for it. */
  read(): string;
  /** Draws underlines for findings against the text last read. */
  paint(findings: readonly Finding[]): void;
  /** The caret's offset in the text last read, or null when the caret is elsewhere. */
  caretOffset(): number | null;
  /** Where a finding is on screen (viewport coordinates), for placing the card. */
  rectOf(finding: Finding): DOMRect | null;
  /** Every box the passage's text occupies on screen (viewport coordinates), to tell a click on it. */
  rectsOf(finding: Finding): readonly DOMRect[];
  /** Selects [start, end) of the text last read, as the writer would with the mouse; false if it no longer maps. */
  select(start: number, end: number): boolean;
  /** Ends the editor's current undo group, so the edits that follow undo apart from the writer's typing. */
  closeUndoGroup(): void;
  /** Replaces [start, end) of the text last read as user input; the caret ends after `insert`. */
  replace(start: number, end: number, insert: string): Promise<void>;
}
