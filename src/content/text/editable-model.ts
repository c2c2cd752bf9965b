/**
 * Plain text of a rich editor with offsets mapped to and from DOM positions. Block elements and `<br>` become
 * line breaks; excluded subtrees (quoted replies, signatures) are left out of the text entirely. One linear
 * TreeWalker pass, so it stays cheap on very long fields.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export interface DomPosition {
  node: Text;
  offset: number;
}

export interface EditableTextModel {
  readonly text: string;
  /** DOM position of a text offset; `end` affinity maps a boundary to the end of the preceding text. */
  positionAt(offset: number, affinity: 'start' | 'end'): DomPosition | null;
  /** Text offset of a DOM boundary point, or null when it lies outside the model (e.g. in quoted text). */
  offsetOf(node: Node, offset: number): number | null;
  /** A live DOM Range over [start, end), or null when the offsets do not map. */
  rangeFor(start: number, end: number): Range | null;
}

export interface ReadOptions {
  isExcluded: (node: Node) => boolean;
  /** True when the editor collapses white space (`white-space: normal`): source line breaks are spaces. */
  collapsesWhitespace: boolean;
}

export function readEditable(root: HTMLElement, options: ReadOptions): EditableTextModel {
  const pieces: string[] = [];
  // Parallel arrays: text node (null for a synthetic line break), its start offset and length.
  const nodes: (Text | null)[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  const indexOfNode = new Map<Text, number>();
  let length = 0;
  let pendingBreak = false;
  let endsWithBreak = true;

  const push = (node: Text | null, value: string): void => {
    if (node) indexOfNode.set(node, nodes.length);
    nodes.push(node);
    starts.push(length);
    lengths.push(value.length);
    pieces.push(value);
    length += value.length;
    endsWithBreak = value.endsWith('\n');
  };
  const breakLine = (): void => push(null, '\n');

  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      (node instanceof Element && (SKIPPED_TAGS.has(node.tagName) || node.hasAttribute('hidden'))) ||
      options.isExcluded(node)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });

  // Manual depth-first walk so block ends are seen too.
  let node: Node | null = walker.firstChild();
  while (node) {
    if (node instanceof Text) {
      let value = node.data;
      if (options.collapsesWhitespace) {
        const blank = value.trim() === '';
        if (blank && (endsWithBreak || pendingBreak)) value = '';
        else value = value.replace(/[\n\r\t]/g, ' ');
      }
      if (value.length > 0) {
        if (pendingBreak && !endsWithBreak) breakLine();
        pendingBreak = false;
        push(node, value);
      }
    } else if (node instanceof Element) {
      if (node.tagName === 'BR') {
        if (pendingBreak && !endsWithBreak) breakLine();
        pendingBreak = false;
        breakLine();
      } else if (BLOCK_TAGS.has(node.tagName) && length > 0) {
        pendingBreak = true;
      }
      const child = walker.firstChild();
      if (child) {
        node = child;
        continue;
      }
    }
    // Climb until a next sibling exists, marking the end of every block left behind.
    let next: Node | null = walker.nextSibling();
    while (!next) {
      const parent = walker.parentNode();
      if (!parent || parent === root) break;
      if (parent instanceof Element && BLOCK_TAGS.has(parent.tagName) && length > 0) pendingBreak = true;
      next = walker.nextSibling();
    }
    node = next;
  }

  const text = pieces.join('');

  /** Index of the last segment starting at or before `offset`. */
  const segmentAt = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  const positionAt = (offset: number, affinity: 'start' | 'end'): DomPosition | null => {
    if (offset < 0 || offset > length || nodes.length === 0) return null;
    if (affinity === 'start') {
      for (let i = segmentAt(offset); i < nodes.length; i++) {
        const segmentNode = nodes[i];
        const start = starts[i] ?? 0;
        if (!segmentNode || start + (lengths[i] ?? 0) <= offset) continue;
        return { node: segmentNode, offset: Math.max(0, offset - start) };
      }
      return null;
    }
    for (let i = segmentAt(Math.max(0, offset - 1)); i >= 0; i--) {
      const segmentNode = nodes[i];
      const start = starts[i] ?? 0;
      if (!segmentNode || start >= offset) continue;
      return { node: segmentNode, offset: Math.min(lengths[i] ?? 0, offset - start) };
    }
    return null;
  };

  const textOffset = (textNode: Text, offset: number): number | null => {
    const index = indexOfNode.get(textNode);
    if (index === undefined) return null;
    return (starts[index] ?? 0) + Math.min(offset, lengths[index] ?? 0);
  };

  const offsetOf = (container: Node, offset: number): number | null => {
    if (container instanceof Text) return textOffset(container, offset);
    // Element boundary: the start of the next text inside, else the end of the previous text.
    const after = container.childNodes[offset];
    if (after) {
      const first = firstText(after, doc);
      if (first) return textOffset(first, 0);
    }
    const before = container.childNodes[offset - 1];
    if (before) {
      const last = lastText(before, doc);
      if (last) return textOffset(last, last.data.length);
    }
    return container === root && offset === 0 ? 0 : null;
  };

  const rangeFor = (start: number, end: number): Range | null => {
    const from = positionAt(start, 'start');
    const to = positionAt(end, 'end');
    if (!from || !to) return null;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed && start !== end ? null : range;
  };

  return { text, positionAt, offsetOf, rangeFor };
}

function firstText(node: Node, doc: Document): Text | null {
  if (node instanceof Text) return node;
  const found = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT).nextNode();
  return found instanceof Text ? found : null;
}

function lastText(node: Node, doc: Document): Text | null {
  if (node instanceof Text) return node;
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let current = walker.nextNode(); current; current = walker.nextNode())
    if (current instanceof Text) last = current;
  return last;
}
