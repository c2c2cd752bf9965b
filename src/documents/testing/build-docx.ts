/** Builds small, valid .docx packages for tests: paragraphs of runs, some bold, with tabs and breaks. */
import JSZip from 'jszip';
import { escapeXml } from '../xml';

export interface RunSpec {
  text: string;
  bold?: boolean;
}
/** A paragraph: plain text, or runs (in a run's text, "\t" becomes `w:tab` and "\n" `w:br`). */
export type ParagraphSpec = string | RunSpec[];

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function runXml(run: RunSpec): string {
  const properties = run.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  const content = run.text
    .split(/(\t|\n)/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '\t') return '<w:tab/>';
      if (part === '\n') return '<w:br/>';
      return `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`;
    })
    .join('');
  return `<w:r>${properties}${content}</w:r>`;
}

export function documentXml(paragraphs: readonly ParagraphSpec[]): string {
  const body = paragraphs
    .map((paragraph) => {
      const runs = typeof paragraph === 'string' ? [{ text: paragraph }] : paragraph;
      return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${runs.map(runXml).join('')}</w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export async function buildDocxFromXml(xml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function buildDocx(paragraphs: readonly ParagraphSpec[]): Promise<Uint8Array> {
  return buildDocxFromXml(documentXml(paragraphs));
}

/** The body part of a .docx, for asserting on what a rewrite kept. */
export async function docxBodyXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const body = zip.file('word/document.xml');
  if (body === null) throw new Error('no word/document.xml in the package');
  return body.async('string');
}
