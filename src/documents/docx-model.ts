/**
 * The paragraphs of a WordprocessingML part (word/document.xml) as plain text, each character traced back
 * to the run text (`w:t`), tab or break it came from, so edits to the plain text can be written back into
 * the runs they touch while every other run, and all formatting, stays byte-for-byte.
 */
import type { Edit } from '../engine/types';
import { escapeXml, scanTags, unescapeXml } from './xml';

interface Piece {
  /** `text` is a run's `w:t`; `element` a tab, break or hyphen element standing for one character. */
  kind: 'text' | 'element';
  text: string;
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  /** Source range of the whole element (`<w:t …>…</w:t>`, `<w:tab/>`). */
  xmlStart: number;
  xmlEnd: number;
  /** For text: the opening tag's attributes, kept when the element is rewritten. */
  attributes: string;
}

export interface DocxParagraph {
  text: string;
  pieces: Piece[];
  /** Source offset of the opening `w:p`, for document order (text-box paragraphs close inside others). */
  xmlStart: number;
}

interface OpenParagraph extends DocxParagraph {
  runDepth: number;
}

const CHARACTER_ELEMENTS: ReadonlyMap<string, string> = new Map([
  ['w:tab', '\t'],
  ['w:ptab', '\t'],
  ['w:br', '\n'],
  ['w:cr', '\n'],
  ['w:noBreakHyphen', '-'],
]);

function addPiece(paragraph: OpenParagraph, piece: Omit<Piece, 'start' | 'end'>): void {
  const start = paragraph.text.length;
  paragraph.text += piece.text;
  paragraph.pieces.push({ ...piece, start, end: paragraph.text.length });
}

/**
 * Paragraphs in document order. Text inside `mc:Fallback` is skipped: it repeats the `mc:Choice` content
 * (text boxes) for older readers.
 */
export function parseParagraphs(xml: string): DocxParagraph[] {
  const done: DocxParagraph[] = [];
  const open: OpenParagraph[] = [];
  let fallbackDepth = 0;
  const tags = scanTags(xml);
  for (let next = tags.next(); !next.done; next = tags.next()) {
    const tag = next.value;
    if (tag.name === 'mc:Fallback' && !tag.selfClosing) fallbackDepth += tag.closing ? -1 : 1;
    if (fallbackDepth > 0) continue;
    const current = open[open.length - 1];
    if (tag.name === 'w:p') {
      if (tag.selfClosing) done.push({ text: '', pieces: [], xmlStart: tag.start });
      else if (!tag.closing) open.push({ text: '', pieces: [], xmlStart: tag.start, runDepth: 0 });
      else if (current) {
        open.pop();
        done.push({ text: current.text, pieces: current.pieces, xmlStart: current.xmlStart });
      }
      continue;
    }
    if (!current) continue;
    if (tag.name === 'w:r' && !tag.selfClosing) {
      current.runDepth += tag.closing ? -1 : 1;
      continue;
    }
    if (current.runDepth <= 0 || tag.closing) continue;
    if (tag.name === 'w:t') {
      if (tag.selfClosing) continue;
      const close = xml.indexOf('</w:t>', tag.end);
      if (close < 0) break;
      const xmlEnd = close + '</w:t>'.length;
      const text = unescapeXml(xml.slice(tag.end, close));
      addPiece(current, { kind: 'text', text, xmlStart: tag.start, xmlEnd, attributes: tag.attributes });
      continue;
    }
    const character = CHARACTER_ELEMENTS.get(tag.name);
    if (character !== undefined) {
      addPiece(current, {
        kind: 'element',
        text: character,
        xmlStart: tag.start,
        xmlEnd: tag.end,
        attributes: '',
      });
    }
  }
  return done.sort((a, b) => a.xmlStart - b.xmlStart);
}

interface Splice {
  start: number;
  end: number;
  insert: string;
}

/**
 * The text piece that receives an edit's inserted words: the one the edit starts in, else the first text
 * the edit covers, else the text just before it. Its run's formatting is what the new words get.
 */
function hostOf(pieces: readonly Piece[], edit: Edit): Piece | undefined {
  const texts = pieces.filter((piece) => piece.kind === 'text');
  return (
    texts.find((piece) => piece.start <= edit.start && edit.start < piece.end) ??
    texts.find((piece) => piece.start >= edit.start && piece.start < edit.end) ??
    texts.findLast((piece) => piece.end <= edit.start) ??
    texts[0]
  );
}

function textElement(piece: Piece, text: string): string {
  const preserve = /^\s|\s$/.test(text) && !piece.attributes.includes('xml:space');
  return `<w:t${piece.attributes}${preserve ? ' xml:space="preserve"' : ''}>${escapeXml(text)}</w:t>`;
}

/** Source splices that make one paragraph read as its text with `edits` applied. */
function paragraphSplices(paragraph: DocxParagraph, edits: readonly Edit[]): Splice[] {
  const deleted = new Uint8Array(paragraph.text.length);
  const inserts = new Map<Piece, Map<number, string>>();
  for (const edit of edits) {
    deleted.fill(1, edit.start, edit.end);
    const host = hostOf(paragraph.pieces, edit);
    if (host === undefined || edit.insert === '') continue;
    const at = Math.min(Math.max(edit.start - host.start, 0), host.text.length);
    const hostInserts = inserts.get(host) ?? new Map<number, string>();
    hostInserts.set(at, (hostInserts.get(at) ?? '') + edit.insert);
    inserts.set(host, hostInserts);
  }
  const splices: Splice[] = [];
  for (const piece of paragraph.pieces) {
    if (piece.kind === 'element') {
      if (deleted[piece.start] === 1) splices.push({ start: piece.xmlStart, end: piece.xmlEnd, insert: '' });
      continue;
    }
    const pieceInserts = inserts.get(piece);
    let text = '';
    for (let i = 0; i <= piece.text.length; i++) {
      text += pieceInserts?.get(i) ?? '';
      if (i < piece.text.length && deleted[piece.start + i] !== 1) text += piece.text[i];
    }
    if (text !== piece.text)
      splices.push({ start: piece.xmlStart, end: piece.xmlEnd, insert: textElement(piece, text) });
  }
  return splices;
}

/**
 * The part's XML with each paragraph's edits (offsets into that paragraph's text) written into its runs.
 * Untouched runs, properties and every other byte of the part are kept.
 */
export function rewriteParagraphs(xml: string, edits: ReadonlyMap<DocxParagraph, readonly Edit[]>): string {
  const splices = [...edits].flatMap(([paragraph, paragraphEdits]) =>
    paragraphSplices(paragraph, paragraphEdits),
  );
  splices.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = 0;
  for (const splice of splices) {
    parts.push(xml.slice(cursor, splice.start), splice.insert);
    cursor = splice.end;
  }
  parts.push(xml.slice(cursor));
  return parts.join('');
}
