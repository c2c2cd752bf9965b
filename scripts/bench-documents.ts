/**
 * How long a 20-page .docx takes to check (read, analyze in slices, correct) with the real engine.
 * The target is 2 seconds; the script exits non-zero above it. Run: `npm run bench:documents`.
 */
import { correctDocument, findInDocument, readDocument } from '../src/documents/index';
import { buildDocx, type ParagraphSpec } from '../src/documents/testing/build-docx';

const TARGET_MS = 2000;
const PAGES = 20;
/** About 500 words a page: 5 paragraphs of 5 sentences of ~20 words. */
const PARAGRAPHS_PER_PAGE = 5;

const SENTENCES = [
  'We met twice this week at the drop-in center and reviewed the housing application together in detail.',
  'She completed her intake with the clinic and has an appointment with the benefits counselor next Tuesday.',
  'The family shelter remains full, so we are on the waitlist and checking for openings every morning.',
  'He lost his identification card last month and is still waiting on the replacement from the state office.',
  'Her next step is applying for SSI, and we have gathered the medical records the application requires.',
  'He told me he was picked up Friday after the store called about the jackets that went missing.',
  'She slipped after the funeral and was high when she came in on Monday afternoon for the meeting.',
  'The bus pass ran out, which makes getting to the appointments across town difficult for both of them.',
];

/** Every sentence is made unique ("At visit 17, …"), so the engine's per-sentence cache never helps. */
function paragraph(page: number, index: number): ParagraphSpec {
  const sentences = Array.from({ length: 5 }, (_, i) => {
    const sentence = SENTENCES[(page * 7 + index * 3 + i) % SENTENCES.length] ?? '';
    const visit = (page * PARAGRAPHS_PER_PAGE + index) * 5 + i + 1;
    return `At visit ${visit}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
  });
  return [
    { text: `${sentences.slice(0, 2).join(' ')} ` },
    { text: sentences[2] ?? '', bold: true },
    { text: ` ${sentences.slice(3).join(' ')}` },
  ];
}

async function main(): Promise<void> {
  const paragraphs = Array.from({ length: PAGES * PARAGRAPHS_PER_PAGE }, (_, i) =>
    paragraph(Math.floor(i / PARAGRAPHS_PER_PAGE), i % PARAGRAPHS_PER_PAGE),
  );
  const bytes = await buildDocx(paragraphs);
  const started = performance.now();
  const document = await readDocument(bytes, 'report.docx');
  const read = performance.now();
  const findings = await findInDocument(document);
  const analyzed = performance.now();
  const corrected = await correctDocument(bytes, 'report.docx', findings);
  const done = performance.now();
  const words = document.text.split(/\s+/).length;
  const lines = [
    `20-page .docx: ${(bytes.length / 1024).toFixed(0)} KB, ${words} words, ${document.blocks.length} paragraphs`,
    `read ${(read - started).toFixed(0)} ms, analyze ${(analyzed - read).toFixed(0)} ms (${findings.length} flagged), correct ${(done - analyzed).toFixed(0)} ms`,
    `check (read + analyze) ${(analyzed - started).toFixed(0)} ms, with correction ${(done - started).toFixed(0)} ms (target ≤ ${TARGET_MS} ms); corrected copy ${(corrected.bytes.length / 1024).toFixed(0)} KB`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (analyzed - started > TARGET_MS) process.exitCode = 1;
}

await main();
