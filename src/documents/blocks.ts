/** Block helpers shared by the readers and the report: paragraph ranges and the label of an offset. */
import type { DocumentBlock } from './types';

/** Paragraphs of plain text: runs of non-blank lines, as the engine groups them. */
export function paragraphBlocks(text: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const paragraph = /\S(?:[^\n]|\n(?![ \t\r\f\v]*\n))*/g;
  for (const match of text.matchAll(paragraph)) {
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    blocks.push({ start, end, label: `paragraph ${blocks.length + 1}` });
  }
  return blocks;
}

/** Joins block texts with a blank line between them, recording each block's range. */
export function joinBlocks(
  texts: readonly string[],
  label: (index: number) => string,
): {
  text: string;
  blocks: DocumentBlock[];
} {
  const blocks: DocumentBlock[] = [];
  let text = '';
  texts.forEach((blockText, index) => {
    if (text.length > 0) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + blockText.length, label: label(index) });
    text += blockText;
  });
  return { text, blocks };
}

/** The block holding `offset` (blocks are sorted and disjoint), or undefined between blocks. */
export function blockAt(blocks: readonly DocumentBlock[], offset: number): DocumentBlock | undefined {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle];
    if (block === undefined) return undefined;
    if (offset < block.start) high = middle - 1;
    else if (offset >= block.end) low = middle + 1;
    else return block;
  }
  return undefined;
}
