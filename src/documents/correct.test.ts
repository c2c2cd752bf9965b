import { describe, expect, test } from 'vitest';
import { DEFAULT_WORDING } from '../engine/types';
import { findInDocument } from './check';
import { correctDocument, pdfNote } from './correct';
import { readDocument } from './read';
import { buildDocx, docxBodyXml, type ParagraphSpec } from './testing/build-docx';
import { buildPdf } from './testing/build-pdf';
import { stubAnalyzer } from './testing/stub-analyzer';

const analyzer = stubAnalyzer();
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function correct(bytes: Uint8Array, name: string, wording?: string) {
  const document = await readDocument(bytes, name);
  const findings = await findInDocument(document, { analyze: analyzer.analyze });
  const options = wording === undefined ? {} : { wording };
  return { findings, corrected: await correctDocument(bytes, name, findings, options) };
}

describe('correctDocument: .docx', () => {
  test.each<[string, ParagraphSpec[], string]>([
    [
      'flagged sentence replaced, the rest kept',
      ['We met twice. He used heroin Tuesday. She is applying for SSI.', 'Clean paragraph.'],
      `We met twice. ${DEFAULT_WORDING} She is applying for SSI.\n\nClean paragraph.`,
    ],
    [
      'sentence spanning runs with different formatting',
      [
        [
          { text: 'Intake done. He was ' },
          { text: 'arrested', bold: true },
          { text: ' Friday. Next step: ID.' },
        ],
      ],
      `Intake done. ${DEFAULT_WORDING} Next step: ID.`,
    ],
    [
      'two flagged sentences in one paragraph: the wording once',
      ['Heroin again. A warrant is out. Housing is pending.'],
      `${DEFAULT_WORDING} Housing is pending.`,
    ],
    [
      'tabs and breaks outside the passage survive',
      [[{ text: 'Name:\tJ.D.\nHe was arrested Monday.' }]],
      `Name:\tJ.D.\n${DEFAULT_WORDING}`,
    ],
    [
      'special characters escaped',
      ['Tom & Jerry <ok>. He used heroin.'],
      `Tom & Jerry <ok>. ${DEFAULT_WORDING}`,
    ],
  ])('%s', async (_name, paragraphs, expected) => {
    const { corrected } = await correct(await buildDocx(paragraphs), 'report.docx');
    expect(corrected.name).toBe('report (corrected).docx');
    expect((await readDocument(corrected.bytes, corrected.name)).text).toBe(expected);
  });

  test('formatting of untouched runs is kept byte-for-byte', async () => {
    const bytes = await buildDocx([
      [{ text: 'Participant ' }, { text: 'J.D.', bold: true }, { text: ' attended. He used heroin.' }],
      [{ text: 'Goals', bold: true }],
    ]);
    const before = await docxBodyXml(bytes);
    const { corrected } = await correct(bytes, 'r.docx');
    const after = await docxBodyXml(corrected.bytes);
    expect(after).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">J.D.</w:t></w:r>');
    expect(after).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Goals</w:t></w:r>');
    expect(after.split('<w:rPr>').length).toBe(before.split('<w:rPr>').length);
    expect(after).toContain('<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>');
  });

  test('organization wording is used', async () => {
    const { corrected } = await correct(await buildDocx(['He used heroin.']), 'r.docx', 'No update.');
    expect((await readDocument(corrected.bytes, 'r.docx')).text).toBe('No update.');
  });

  test('a clean document comes back with the same text and nothing replaced', async () => {
    const { findings, corrected } = await correct(await buildDocx(['All good.']), 'r.docx');
    expect(findings).toEqual([]);
    expect(corrected.replaced).toBe(0);
    expect((await readDocument(corrected.bytes, 'r.docx')).text).toBe('All good.');
  });
});

describe('correctDocument: .txt and .pdf', () => {
  test.each([
    [
      'plain',
      utf8('Met Monday.\nHe used heroin.\n\nGoals.\n'),
      `Met Monday.\n${DEFAULT_WORDING}\n\nGoals.\n`,
    ],
    ['BOM kept', utf8('\uFEFFHe was arrested.'), `\uFEFF${DEFAULT_WORDING}`],
  ])('.txt %s', async (_name, bytes, expected) => {
    const { corrected } = await correct(bytes, 'note.txt');
    expect(corrected.name).toBe('note (corrected).txt');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(corrected.bytes)).toBe(expected);
  });

  test('.pdf becomes a .txt of the corrected text under a note to regenerate the PDF', async () => {
    const bytes = buildPdf([['Met Monday. He was', 'arrested Friday.'], ['Goals next.']]);
    const { findings, corrected } = await correct(bytes, 'filing.pdf');
    expect(findings).toHaveLength(1);
    expect(corrected.name).toBe('filing (corrected).txt');
    expect(corrected.mimeType).toMatch(/^text\/plain/);
    expect(new TextDecoder().decode(corrected.bytes)).toBe(
      `${pdfNote('filing.pdf')}\n\nMet Monday. ${DEFAULT_WORDING}\n\nGoals next.\n`,
    );
  });
});

describe('findInDocument', () => {
  test('slicing by sentence gives exactly what one analysis of the whole text gives', async () => {
    const text =
      'Met Monday. He used heroin.\n\n- Housing pending\n- A warrant is out\n\nGoals next. Arrested Friday.';
    const document = await readDocument(utf8(text), 'n.txt');
    let yields = 0;
    const sliced = await findInDocument(document, {
      analyze: analyzer.analyze,
      budgetMs: -1,
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(sliced).toEqual(analyzer.analyze(text));
    expect(sliced).toHaveLength(3);
    expect(yields).toBeGreaterThanOrEqual(6);
  });
});
