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
    const doc = this.content.ownerDocument;
    const parts: Node[] = [];
    let cursor = 0;
    for (const mark of marks) {
      if (mark.start < cursor) continue;
      parts.push(doc.createTextNode(text.slice(cursor, mark.start)));
      const element = doc.createElement('mark');
      element.dataset.severity = mark.severity;
      element.textContent = text.slice(mark.start, mark.end);
      parts.push(element);
      cursor = mark.end;
    }
    // A trailing newline needs a following character to take up its line, as in the textarea.
    parts.push(doc.createTextNode(`${text.slice(cursor)}\u200b`));
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
    const view = this.field.ownerDocument.defaultView ?? window;
    const computed = view.getComputedStyle(this.field);
    const style = this.mirror.style;
    for (const property of COPIED_STYLES) style[property] = computed[property];
    const singleLine = this.field instanceof HTMLInputElement;
    style.whiteSpace = singleLine ? 'pre' : 'pre-wrap';
    if (!singleLine)
      style.overflowWrap = computed.overflowWrap === 'normal' ? 'break-word' : computed.overflowWrap;
    const rect = this.field.getBoundingClientRect();
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    style.boxSizing = 'border-box';
    // The field's scrollbar narrows its text area; the mirror reserves the same width.
    const scrollbar =
      this.field.offsetWidth -
      this.field.clientWidth -
      parseFloat(computed.borderLeftWidth) -
      parseFloat(computed.borderRightWidth);
    style.paddingRight = `${parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
    if (singleLine) {
      style.lineHeight = `${this.field.clientHeight - parseFloat(computed.paddingTop) - parseFloat(computed.paddingBottom)}px`;
    }
    this.syncScroll();
  }

  private syncScroll(): void {
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }
}
