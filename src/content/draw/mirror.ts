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
  private paintedKey = '';
  private paintedText = '';

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

  /** Redraws the copy of `text` with marks; marks must be sorted and non-overlapping. */
  paint(text: string, marks: readonly TextMark[]): void {
    // Text after the last mark cannot move any mark: the copy stops at the end of that line, which keeps
    // layout cheap in very long fields (a spacer keeps the scroll range, see layout()).
    const lastEnd = marks.at(-1)?.end ?? 0;
    const lineEnd = text.indexOf('\n', lastEnd);
    const shown = marks.length === 0 ? '' : text.slice(0, lineEnd === -1 ? text.length : lineEnd);
    const key = `${shown.length}:${marks.map((m) => `${m.start}-${m.end}-${m.severity}`).join(',')}`;
    if (key === this.paintedKey && shown === this.paintedText) {
      this.layout();
      return;
    }
    this.paintedKey = key;
    this.paintedText = shown;
    const doc = this.content.ownerDocument;
    const parts: Node[] = [];
    let cursor = 0;
    for (const mark of marks) {
      if (mark.start < cursor) continue;
      parts.push(doc.createTextNode(shown.slice(cursor, mark.start)));
      const element = doc.createElement('mark');
      element.dataset.severity = mark.severity;
      element.textContent = shown.slice(mark.start, mark.end);
      parts.push(element);
      cursor = mark.end;
    }
    parts.push(doc.createTextNode(shown.slice(cursor)));
    this.content.replaceChildren(...parts);
    this.mirror.hidden = marks.length === 0;
    this.layout();
  }

  /** The viewport rectangle of a marked passage, for placing the card. */
  rectOf(index: number): DOMRect | null {
    return this.content.querySelectorAll('mark')[index]?.getBoundingClientRect() ?? null;
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
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    style.boxSizing = 'border-box';
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
