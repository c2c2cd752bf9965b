/**
 * One guarded field: keeps its findings current while the writer types (debounced, skipped during IME
 * composition), draws them through its surface, and applies edits as user input.
 */
import { applyEdits as applyToText } from '../../engine/index';
import type { Edit, Finding } from '../../engine/types';
import type { GuardedField } from '../contracts';
import { isTextControl } from '../editable';
import { analyzeInSlices } from './slices';
import type { Surface } from './surface';

export const DEBOUNCE_MS = 150;
/** How long `findings()` waits for an analysis in progress before giving up. */
const FINDINGS_WAIT_MS = 3000;

/** The field's analysis did not catch up with its text in time. */
export class AnalysisBehindError extends Error {
  override name = 'AnalysisBehindError';
  constructor() {
    super('The text could not be checked in time.');
  }
}

export interface FieldHooks {
  analyze(text: string): Finding[];
  /** Called whenever the visible findings change. */
  changed(field: Field): void;
}

export class Field implements GuardedField {
  private analyzedText: string | null = null;
  private visible: Finding[] = [];
  private readonly ignored = new Set<string>();
  private composing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every change notice, so a slow analysis knows it is stale. */
  private changes = 0;
  private running: Promise<void> | undefined;

  constructor(
    readonly id: string,
    readonly label: string,
    private readonly surface: Surface,
    private readonly hooks: FieldHooks,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  get element(): HTMLElement {
    return this.surface.element;
  }

  text(): string {
    return this.surface.read();
  }

  /** The field changed: re-analyse after a short pause, never during IME composition. */
  noteChange(delay = DEBOUNCE_MS): void {
    this.changes++;
    clearTimeout(this.timer);
    if (!this.composing) this.timer = setTimeout(() => void this.refresh(), delay);
  }

  setComposing(composing: boolean): void {
    this.composing = composing;
    if (!composing) this.noteChange();
  }

  /** Settings changed: everything must be analysed again. */
  invalidate(): void {
    this.analyzedText = null;
    this.noteChange(0);
  }

  /**
   * The findings of the field's text as it is now. Throws when the analysis cannot catch up in time: the
   * findings of an older text must never stand in for the current one (a Send would let it through unchecked).
   */
  async findings(): Promise<Finding[]> {
    const deadline = performance.now() + FINDINGS_WAIT_MS;
    while (this.currentFindings() === null && performance.now() < deadline) await this.refresh();
    const current = this.currentFindings();
    if (current === null) throw new AnalysisBehindError();
    return current;
  }

  currentFindings(): Finding[] | null {
    return this.surface.read() === this.analyzedText ? this.visible : null;
  }

  /** Findings of the last analysis, without reading the field. */
  lastFindings(): readonly Finding[] {
    return this.visible;
  }

  /** The caret's offset, or -1 when the caret is not in the field. */
  caretOffsetOrStart(): number {
    return this.surface.caretOffset() ?? -1;
  }

  /**
   * The passage whose text is drawn under a point (viewport coordinates), when the findings are those of the
   * text as it is now. A click beside the text (the field's padding, an empty line) is on no passage.
   */
  findingAt(x: number, y: number): Finding | null {
    if (this.currentFindings() === null) return null;
    const under = (rect: DOMRect): boolean =>
      x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
    return this.visible.find((finding) => this.surface.rectsOf(finding).some(under)) ?? null;
  }

  rectOf(finding: Finding): DOMRect | null {
    return this.surface.rectOf(finding);
  }

  passageText(finding: Finding): string {
    return (this.analyzedText ?? '').slice(finding.start, finding.end);
  }

  /** Selects a passage in the field, when the field still holds the text it was found in. */
  select(finding: Finding): boolean {
    // Reading refreshes the surface's offset map, so the selection lands on the passage as it is now.
    if (this.currentFindings() === null) return false;
    return this.surface.select(finding.start, finding.end);
  }

  ignore(finding: Finding): void {
    this.ignored.add(this.passageText(finding));
    this.publish(this.visible.filter((f) => f !== finding));
  }

  async applyEdits(edits: readonly Edit[], expectedText: string): Promise<boolean> {
    if (edits.length === 0) return this.surface.read() === expectedText;
    try {
      // One undo step for the guard's edits, apart from the writer's typing, whatever the timing.
      this.surface.closeUndoGroup();
      if (this.surface.read() !== expectedText) return false;
      return await this.replaceBackToFront(edits, expectedText);
    } finally {
      this.noteChange(0);
    }
  }

  /** False when the editor changed under an edit and the rest were left alone. */
  private async replaceBackToFront(edits: readonly Edit[], expectedText: string): Promise<boolean> {
    const ordered = [...edits].sort((a, b) => b.start - a.start);
    if (isTextControl(this.element)) {
      // One covering replacement: a single native undo step for all edits.
      const start = ordered.at(-1)?.start ?? 0;
      const end = ordered[0]?.end ?? 0;
      const local = ordered.map((e) => ({ start: e.start - start, end: e.end - start, insert: e.insert }));
      await this.surface.replace(start, end, applyToText(expectedText.slice(start, end), local));
      return true;
    }
    for (const edit of ordered) {
      // Back to front, so earlier offsets stay valid; the editor may rebuild nodes, so read again each time.
      const current = this.surface.read();
      if (current.slice(edit.start, edit.end) !== expectedText.slice(edit.start, edit.end)) return false;
      await this.surface.replace(edit.start, edit.end, edit.insert);
    }
    return true;
  }

  private refresh(): Promise<void> {
    this.running ??= this.analyze().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async analyze(): Promise<void> {
    clearTimeout(this.timer);
    const changesAtStart = this.changes;
    const text = this.surface.read();
    if (text === this.analyzedText) return;
    const findings = await analyzeInSlices(
      text,
      (slice) => this.hooks.analyze(slice),
      () => this.changes !== changesAtStart,
    );
    // Stale (the writer kept typing) or read again by someone else since: a newer analysis is on its way.
    if (!findings || this.surface.read() !== text) {
      if (!this.composing) this.noteChange(0);
      return;
    }
    this.analyzedText = text;
    this.publish(findings.filter((finding) => !this.ignored.has(text.slice(finding.start, finding.end))));
  }

  private publish(findings: Finding[]): void {
    this.visible = findings;
    this.surface.paint(findings);
    this.hooks.changed(this);
  }
}
