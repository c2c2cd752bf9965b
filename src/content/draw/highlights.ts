/**
 * Underlines in rich editors through the CSS Custom Highlight API: ranges are registered in the field's own
 * document, styled by a stylesheet adopted into that document (and into a field's shadow root), so the page's
 * DOM is never touched. One painter per document; each field owns its own set of ranges.
 */
import { SEVERITIES, type Severity } from '../../engine/types';
import { UI } from '../contracts';
import { underline } from './severity-style';

export interface Mark {
  range: AbstractRange;
  severity: Severity;
}

const painters = new WeakMap<Document, HighlightPainter>();

export function painterFor(doc: Document): HighlightPainter | null {
  const view = doc.defaultView;
  if (!view || !('highlights' in view.CSS)) return null;
  let painter = painters.get(doc);
  if (!painter) {
    painter = new HighlightPainter(doc, view);
    painters.set(doc, painter);
  }
  return painter;
}

function highlightSheet(view: Window & typeof globalThis): CSSStyleSheet {
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(
    SEVERITIES.map(
      (severity) =>
        `::highlight(${UI.highlight[severity]}) { text-decoration: ${underline(severity)}; text-decoration-skip-ink: none; }`,
    ).join('\n'),
  );
  return sheet;
}

export class HighlightPainter {
  private readonly highlights: Record<Severity, Highlight>;
  private readonly marksByField = new Map<string, Mark[]>();
  private readonly sheet: CSSStyleSheet;

  constructor(
    private readonly doc: Document,
    view: Window & typeof globalThis,
  ) {
    this.sheet = highlightSheet(view);
    const make = (severity: Severity): Highlight => {
      const existing = view.CSS.highlights.get(UI.highlight[severity]);
      if (existing) return existing;
      const highlight = new view.Highlight();
      view.CSS.highlights.set(UI.highlight[severity], highlight);
      return highlight;
    };
    this.highlights = { high: make('high'), medium: make('medium'), low: make('low') };
  }

  /** Replaces the marks of one field. `scope` is the field's root node (document or shadow root). */
  paint(fieldId: string, marks: readonly Mark[], scope: Document | ShadowRoot): void {
    this.adoptInto(scope);
    this.clear(fieldId);
    for (const mark of marks) this.highlights[mark.severity].add(mark.range);
    this.marksByField.set(fieldId, [...marks]);
  }

  clear(fieldId: string): void {
    for (const mark of this.marksByField.get(fieldId) ?? [])
      this.highlights[mark.severity].delete(mark.range);
    this.marksByField.delete(fieldId);
  }

  /** Pages may replace `adoptedStyleSheets`; the sheet is re-appended whenever it is missing. */
  private adoptInto(scope: Document | ShadowRoot): void {
    const targets = scope === this.doc ? [this.doc] : [this.doc, scope];
    for (const target of targets)
      if (!target.adoptedStyleSheets.includes(this.sheet))
        target.adoptedStyleSheets = [...target.adoptedStyleSheets, this.sheet];
  }
}
