/** Linter-style report lines: `file:line:col  category  reason  "snippet"`. */
import type { Finding } from '../engine/index';

const SNIPPET_LIMIT = 80;

export interface Position {
  /** 1-based line; CRLF, LF and a lone CR each end a line. */
  line: number;
  /** 1-based column in code points, so an emoji counts as one column. */
  column: number;
}

/** Positions of ascending offsets, found in one pass over the text. */
export function positionsOf(text: string, offsets: readonly number[]): Position[] {
  const positions: Position[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  for (const offset of offsets) {
    while (i < offset && i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        column = 1;
      } else if (c !== 13 && !(c >= 0xdc00 && c <= 0xdfff && isHighSurrogateAt(text, i - 1))) {
        column++;
      }
      i++;
    }
    positions.push({ line, column });
  }
  return positions;
}

function isHighSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

/** The flagged text on one line, control characters removed, shortened with … past the limit. */
export function snippet(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
  const flat = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  const codePoints = Array.from(flat);
  if (codePoints.length <= SNIPPET_LIMIT) return flat;
  return `${codePoints.slice(0, SNIPPET_LIMIT - 1).join('')}…`;
}

export function reportLines(file: string, text: string, findings: readonly Finding[]): string[] {
  const positions = positionsOf(
    text,
    findings.map((finding) => finding.start),
  );
  return findings.map((finding, i) => {
    const { line, column } = positions[i] ?? { line: 1, column: 1 };
    const quoted = snippet(text.slice(finding.start, finding.end));
    return `${file}:${line}:${column}  ${finding.category}  ${finding.reason}  "${quoted}"`;
  });
}
