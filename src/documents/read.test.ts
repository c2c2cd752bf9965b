import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { DocumentError, type DocumentErrorCode } from './errors';
import { readDocument } from './read';
import { buildDocx, buildDocxFromXml } from './testing/build-docx';
import { buildEncryptedPdf, buildImageOnlyPdf, buildPdf } from './testing/build-pdf';
import { MAX_DOCUMENT_BYTES } from './types';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function failureCode(bytes: Uint8Array, name: string): Promise<DocumentErrorCode | 'no error'> {
  try {
    await readDocument(bytes, name);
    return 'no error';
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return error.code;
  }
}

describe('readDocument: .txt', () => {
  test.each([
    ['plain', utf8('First line.\nSame paragraph.\n\nSecond.'), 'First line.\nSame paragraph.\n\nSecond.'],
    ['with UTF-8 BOM', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('Hello.')), 'Hello.'],
    ['UTF-16LE with BOM', Uint8Array.of(0xff, 0xfe, 0x48, 0, 0x69, 0), 'Hi'],
    ['CRLF kept', utf8('A.\r\n\r\nB.'), 'A.\r\n\r\nB.'],
  ])('%s', async (_name, bytes, text) => {
    const document = await readDocument(bytes, 'note.txt');
    expect(document.kind).toBe('txt');
    expect(document.text).toBe(text);
  });

  test('blocks are blank-line paragraphs, labelled in order', async () => {
    const document = await readDocument(utf8('  One.\nStill one.\n\n\nTwo.  \n\nThree.\n'), 'n.txt');
    expect(
      document.blocks.map((block) => [document.text.slice(block.start, block.end), block.label]),
    ).toEqual([
      ['One.\nStill one.', 'paragraph 1'],
      ['Two.', 'paragraph 2'],
      ['Three.', 'paragraph 3'],
    ]);
  });
});

describe('readDocument: .docx', () => {
  test('paragraphs from runs, with tabs and breaks; empty paragraphs skipped', async () => {
    const bytes = await buildDocx([
      [{ text: 'Met with ' }, { text: 'J.D.', bold: true }, { text: ' today.' }],
      '',
      'Name:\tJ.D.\nCase: 42',
      [{ text: 'A & B < C' }],
    ]);
    const document = await readDocument(bytes, 'Report.DOCX');
    expect(document.kind).toBe('docx');
    expect(document.text).toBe('Met with J.D. today.\n\nName:\tJ.D.\nCase: 42\n\nA & B < C');
    expect(document.blocks.map((block) => block.label)).toEqual([
      'paragraph 1',
      'paragraph 2',
      'paragraph 3',
    ]);
  });

  test('text boxes are read once (the compatibility fallback copy is skipped), deleted text is not read', async () => {
    const xml = `<w:document xmlns:w="w" xmlns:mc="mc"><w:body>
      <w:p><w:r><w:t>Before box.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>In the box.</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>In the box.</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>
      <w:p><w:del><w:r><w:delText>Removed words.</w:delText></w:r></w:del><w:ins><w:r><w:t>Added words.</w:t></w:r></w:ins></w:p>
    </w:body></w:document>`;
    const document = await readDocument(await buildDocxFromXml(xml), 'box.docx');
    expect(document.text).toBe('Before box.\n\nIn the box.\n\nAdded words.');
  });
});

describe('readDocument: .pdf', () => {
  test('one block per page; lines joined as the page shows them; paragraph gaps kept', async () => {
    const bytes = buildPdf([['He was arrested on', 'Friday night.'], ['Second page.']]);
    const document = await readDocument(bytes, 'filing.pdf');
    expect(document.kind).toBe('pdf');
    expect(document.text).toBe('He was arrested on\nFriday night.\n\nSecond page.');
    expect(
      document.blocks.map((block) => [document.text.slice(block.start, block.end), block.label]),
    ).toEqual([
      ['He was arrested on\nFriday night.', 'page 1'],
      ['Second page.', 'page 2'],
    ]);
  });

  test('accepts a Node Buffer, as the file system returns', async () => {
    const document = await readDocument(Buffer.from(buildPdf([['Hello.']])), 'a.pdf');
    expect(document.text).toBe('Hello.');
  });

  test('a wide vertical gap starts a new paragraph', async () => {
    const document = await readDocument(buildPdf([['Line one.', '', 'New paragraph.']]), 'gap.pdf');
    expect(document.text).toBe('Line one.\n\nNew paragraph.');
  });

  test('leaves the caller’s bytes intact (pdfjs detaches what it is given)', async () => {
    const bytes = buildPdf([['Hello.']]);
    const length = bytes.length;
    await readDocument(bytes, 'a.pdf');
    expect(bytes.length).toBe(length);
  });
});

async function zipWithoutBody(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('hello.txt', 'hi');
  return zip.generateAsync({ type: 'uint8array' });
}

describe('readDocument: files that cannot be checked', () => {
  const compound = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0);
  const encryptedDocx = Uint8Array.of(
    ...compound,
    ...[...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]),
  );
  test.each<[string, () => Uint8Array | Promise<Uint8Array>, string, DocumentErrorCode]>([
    ['unsupported type', () => utf8('x'), 'photo.jpg', 'unsupported'],
    ['no extension', () => utf8('x'), 'README', 'unsupported'],
    ['oversized', () => new Uint8Array(MAX_DOCUMENT_BYTES + 1), 'big.txt', 'too-large'],
    ['invalid UTF-8', () => Uint8Array.of(0x48, 0xc3, 0x28), 'bad.txt', 'encoding'],
    ['binary posing as text', () => Uint8Array.of(0x48, 0, 0x49), 'bin.txt', 'encoding'],
    ['.docx that is not a zip', () => utf8('not a zip at all'), 'bad.docx', 'corrupt'],
    ['truncated .docx', async () => (await buildDocx(['Hello.'])).slice(0, 60), 'cut.docx', 'corrupt'],
    ['zip without a document body', zipWithoutBody, 'nobody.docx', 'corrupt'],
    ['password-protected .docx', () => encryptedDocx, 'locked.docx', 'password'],
    ['old Word format renamed', () => compound, 'old.docx', 'unsupported'],
    ['corrupt .pdf', () => utf8('%PDF-1.4\nthis is not a pdf body\n%%EOF'), 'bad.pdf', 'corrupt'],
    ['not a pdf at all', () => utf8('hello'), 'bad2.pdf', 'corrupt'],
    ['image-only .pdf', buildImageOnlyPdf, 'scan.pdf', 'no-text'],
    ['password-protected .pdf', buildEncryptedPdf, 'locked.pdf', 'password'],
  ])('%s', async (_name, bytes, name, code) => {
    expect(await failureCode(await bytes(), name)).toBe(code);
  });

  test('errors explain themselves in plain words', async () => {
    await expect(readDocument(buildImageOnlyPdf(), 'scan.pdf')).rejects.toThrow(/no text layer/);
  });
});
