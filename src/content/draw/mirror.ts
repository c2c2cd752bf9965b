/**
 * Underlines for textarea and input, whose text the Highlight API cannot reach: a transparent copy of the field
 * (same box, font and wrapping) inside the UI shadow root, with `mark` elements under the flagged passages. It
 * follows the field's position, size, scroll and font; the field itself is never changed.
 */
import type { Severity } from '../../engine/types';
import { UI } from '../contracts';

export interface TextMark {
  start: number;
  end: number;
  severity: Severity;
}

interface LineSpec {
  /** Identifies the line's text and marks: equal keys render identically. */
  key: string;
  text: string;
  /** Marks clipped to the line, offsets relative to it; `index` is the mark's position in the painted list. */
  pieces: Array<{ start: number; end: number; severity: Severity; index: number }>;
}

/** Splits text into lines and clips the marks to each line. */
export function lineSpecs(text: string, marks: readonly TextMark[]): LineSpec[] {
  if (text === '') return [];
  const specs: LineSpec[] = [];
  let lineStart = 0;
  let markIndex = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    while (markIndex < marks.length && (marks[markIndex]?.end ?? 0) <= lineStart) markIndex++;
    const pieces: LineSpec['pieces'] = [];
    for (let index = markIndex; index < marks.length; index++) {
      const mark = marks[index];
      if (!mark || mark.start >= lineEnd) break;
      const start = Math.max(mark.start, lineStart) - lineStart;
      const end = Math.min(mark.end, lineEnd) - lineStart;
      if (end > start) pieces.push({ start, end, severity: mark.severity, index });
    }
    const key = `${line}\u0000${pieces.map((p) => `${p.start}-${p.end}-${p.severity}-${p.index}`).join(',')}`;
    specs.push({ key, text: line, pieces });
    lineStart = lineEnd + 1;
  }
  return specs;
}

const COPIED_STYLES = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'textAlign',
  'direction',
  'tabSize',
  'overflowWrap',
  'wordBreak',
  'whiteSpace',
] as const;

export class MirrorOverlay {
  private readonly mirror: HTMLDivElement;
  private readonly content: HTMLDivElement;
  private frame = 0;
  private lines: Array<{ key: string; element: HTMLDivElement }> = [];

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    fieldId: string,
    layer: HTMLElement,
    signal: AbortSignal,
  ) {
    const doc = layer.ownerDocument;
    this.mirror = doc.createElement('div');
    this.mirror.setAttribute(UI.mirrorAttr, '');
    this.mirror.dataset.fieldId = fieldId;
    this.mirror.setAttribute('aria-hidden', 'true');
    this.content = doc.createElement('div');
    this.mirror.append(this.content);
    layer.append(this.mirror);

    const follow = (): void => this.scheduleLayout();
    const view = doc.defaultView ?? window;
    view.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    view.addEventListener('resize', follow, { passive: true, signal });
    field.addEventListener('scroll', () => this.syncScroll(), { passive: true, signal });
    const resizes = new ResizeObserver(follow);
    resizes.observe(field);
    signal.addEventListener(
      'abort',
      () => {
        resizes.disconnect();
        cancelAnimationFrame(this.frame);
        this.mirror.remove();
      },
      { once: true },
    );
  }

  /**
   * Redraws the copy of `text` with marks (sorted, non-overlapping). One block per line, and only lines whose text
   * or marks changed are rebuilt, so typing in a long field relays out one line, not the whole copy.
   */
  paint(text: string, marks: readonly TextMark[]): void {
    // Text after the last mark cannot move any mark: the copy stops at the end of that line (a spacer keeps the
    // field's scroll range, see layout()).
    const lastEnd = marks.at(-1)?.end ?? 0;
    const lineEnd = text.indexOf('\n', lastEnd);
    const shown = marks.length === 0 ? '' : text.slice(0, lineEnd === -1 ? text.length : lineEnd);
    const next = lineSpecs(shown, marks);
    const old = this.lines;
    let prefix = 0;
    while (prefix < next.length && prefix < old.length && old[prefix]?.key === next[prefix]?.key) prefix++;
    let suffix = 0;
    while (
      suffix < next.length - prefix &&
      suffix < old.length - prefix &&
      old[old.length - 1 - suffix]?.key === next[next.length - 1 - suffix]?.key
    )
      suffix++;
    for (const line of old.slice(prefix, old.length - suffix)) line.element.remove();
    const created = next.slice(prefix, next.length - suffix).map((spec) => ({
      key: spec.key,
      element: this.renderLine(spec),
    }));
    const fragment = this.content.ownerDocument.createDocumentFragment();
    fragment.append(...created.map((line) => line.element));
    this.content.insertBefore(fragment, old[old.length - suffix]?.element ?? null);
    this.lines = [...old.slice(0, prefix), ...created, ...old.slice(old.length - suffix)];
    this.mirror.hidden = marks.length === 0;
    // Measured in the next frame, once with everything else, rather than forcing a layout here.
    this.scheduleLayout();
  }

  /** The viewport rectangle of a marked passage (by its index in the painted marks), for placing the card. */
  rectOf(index: number): DOMRect | null {
    return this.content.querySelector(`mark[data-mark-index="${index}"]`)?.getBoundingClientRect() ?? null;
  }

  /** The boxes of every line piece of the index-th passage. */
  rectsOf(index: number): DOMRect[] {
    return [...this.content.querySelectorAll(`mark[data-mark-index="${index}"]`)].flatMap((mark) => [
      ...mark.getClientRects(),
    ]);
  }

  private renderLine(spec: LineSpec): HTMLDivElement {
    const doc = this.content.ownerDocument;
    const line = doc.createElement('div');
    if (spec.text === '') {
      line.append(doc.createElement('br'));
      return line;
    }
    let cursor = 0;
    for (const piece of spec.pieces) {
      line.append(spec.text.slice(cursor, piece.start));
      const mark = doc.createElement('mark');
      mark.dataset.severity = piece.severity;
      mark.dataset.markIndex = String(piece.index);
      mark.textContent = spec.text.slice(piece.start, piece.end);
      line.append(mark);
      cursor = piece.end;
    }
    line.append(spec.text.slice(cursor));
    return line;
  }

  private scheduleLayout(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.layout());
  }

  private layout(): void {
    if (this.mirror.hidden) return;
    // All reads first, then all writes: one forced layout per update.
    const field = this.field;
    const view = field.ownerDocument.defaultView ?? window;
    const computed = view.getComputedStyle(field);
    const rect = field.getBoundingClientRect();
    const px = (value: string): number => Number.parseFloat(value) || 0;
    const paddingY = px(computed.paddingTop) + px(computed.paddingBottom);
    const scrollbar =
      field.offsetWidth - field.clientWidth - px(computed.borderLeftWidth) - px(computed.borderRightWidth);
    const scrollHeight = field.scrollHeight;
    const clientHeight = field.clientHeight;

    const style = this.mirror.style;
    for (const property of COPIED_STYLES) style[property] = computed[property];
    const singleLine = field instanceof HTMLInputElement;
    style.whiteSpace = singleLine ? 'pre' : 'pre-wrap';
    if (!singleLine)
      style.overflowWrap = computed.overflowWrap === 'normal' ? 'break-word' : computed.overflowWrap;
    // The copy is laid out at the field's own CSS size, then scaled onto the box the field occupies on screen:
    // a field under `transform: scale()` or `zoom` shows its text larger than its computed font and size say.
    const borderBox = (size: string, start: string, end: string, borderStart: string, borderEnd: string) =>
      px(size) +
      (computed.boxSizing === 'border-box' ? 0 : px(start) + px(end) + px(borderStart) + px(borderEnd));
    const width = borderBox(
      computed.width,
      computed.paddingLeft,
      computed.paddingRight,
      computed.borderLeftWidth,
      computed.borderRightWidth,
    );
    const height = borderBox(
      computed.height,
      computed.paddingTop,
      computed.paddingBottom,
      computed.borderTopWidth,
      computed.borderBottomWidth,
    );
    const scaleX = width > 0 ? rect.width / width : 1;
    const scaleY = height > 0 ? rect.height / height : 1;
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${width}px`;
    style.height = `${height}px`;
    style.boxSizing = 'border-box';
    style.transformOrigin = '0 0';
    style.transform =
      Math.abs(scaleX - 1) < 0.001 && Math.abs(scaleY - 1) < 0.001 ? '' : `scale(${scaleX}, ${scaleY})`;
    // The field's scrollbar narrows its text area; the mirror reserves the same width.
    style.paddingRight = `${px(computed.paddingRight) + Math.max(0, scrollbar)}px`;
    if (singleLine) style.lineHeight = `${clientHeight - paddingY}px`;
    // The copy may stop early (see paint); the spacer keeps the field's full scroll range.
    this.content.style.minHeight = singleLine ? '' : `${Math.max(0, scrollHeight - paddingY)}px`;
    this.syncScroll();
  }

  private syncScroll(): void {
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }
}
