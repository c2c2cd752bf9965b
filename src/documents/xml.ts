/**
 * Just enough XML for WordprocessingML: a tag scanner that keeps source offsets (so a rewrite can splice the
 * original bytes and leave everything else untouched), and entity escaping. No DOM: runs in Node and in pages.
 */

export interface XmlTag {
  /** Qualified name as written ("w:t"). */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Offsets of the whole tag in the source. */
  start: number;
  end: number;
  attributes: string;
}

// Comments, processing instructions, CDATA and doctype are matched so their insides are never read as tags.
const TAG =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** Element tags in document order (comments and the like skipped). */
export function* scanTags(xml: string): Generator<XmlTag> {
  TAG.lastIndex = 0;
  for (let match = TAG.exec(xml); match !== null; match = TAG.exec(xml)) {
    const name = match[2];
    if (name === undefined) continue;
    yield {
      name,
      closing: match[1] === '/',
      selfClosing: match[4] === '/',
      start: match.index,
      end: match.index + match[0].length,
      attributes: match[3] ?? '',
    };
  }
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (entity: string, body: string) => {
    if (!body.startsWith('#')) return NAMED[body] ?? entity;
    const code = body.startsWith('#x')
      ? Number.parseInt(body.slice(2), 16)
      : Number.parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
