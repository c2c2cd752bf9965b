import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfNote } from '../documents/correct';
import { readDocument } from '../documents/index';
import { buildDocx } from '../documents/testing/build-docx';
import { buildPdf } from '../documents/testing/build-pdf';
import { createAnalyzer } from '../engine/index';
import { keywordClassifier } from '../engine/testing/keyword-classifier';
import { writeFileAtomic } from './atomic-write';
import { run } from './run';
import { fakeIo } from './testing';

const W = 'There is nothing helpful to report at this time.';
const analyzeText = createAnalyzer({ classify: keywordClassifier(['meth']) }).analyze;

let docx: Uint8Array;
beforeAll(async () => {
  docx = await buildDocx([
    'We met twice.',
    [{ text: 'Housing is pending. ' }, { text: 'He used meth.', bold: true }],
  ]);
});

describe('lead-guard scan with documents', () => {
  test.each([
    ['.docx', 'report.docx', () => docx],
    ['.pdf', 'filing.pdf', () => buildPdf([['We met twice.'], ['He used meth.']])],
  ])('%s files are read and reported', async (_name, path, bytes) => {
    const fake = fakeIo({ [path]: bytes() });
    expect(await run(['scan', path], fake.io, analyzeText)).toBe(1);
    expect(fake.stdout()).toMatch(
      new RegExp(`^${path.replace('.', '\\.')}:3:\\d+ {2}substance .*"He used meth\\."\\n$`),
    );
  });

  test.each([
    ['corrupt.docx', new TextEncoder().encode('not a zip'), /corrupt\.docx: This file is damaged/],
    ['scan.pdf', new TextEncoder().encode('%PDF-1.4\ngarbage'), /scan\.pdf: This file is damaged/],
  ])('unreadable %s: one line, exit 2', async (path, bytes, message) => {
    const fake = fakeIo({ [path]: bytes });
    expect(await run(['scan', path], fake.io, analyzeText)).toBe(2);
    expect(fake.stderr()).toMatch(message);
    expect(fake.stderr().split('\n')).toHaveLength(2);
  });
});

describe('--fix --out and --in-place', () => {
  test('--out writes a corrected .docx and prints nothing to stdout', async () => {
    const fake = fakeIo({ 'report.docx': docx });
    expect(await run(['scan', '--fix', '--out', 'fixed.docx', 'report.docx'], fake.io, analyzeText)).toBe(1);
    const written = fake.written.get('fixed.docx');
    if (written === undefined) throw new Error('nothing written');
    expect((await readDocument(written, 'fixed.docx')).text).toBe(
      `We met twice.\n\nHousing is pending. ${W}`,
    );
    expect(fake.stdout()).toBe('');
    expect(fake.stderr()).toBe('lead-guard: fixed.docx: written, 1 passage replaced\n');
    expect([...fake.written.keys()]).toEqual(['fixed.docx']);
  });

  test('--out for a .pdf writes its corrected text under a note to regenerate the PDF', async () => {
    const fake = fakeIo({ 'filing.pdf': buildPdf([['He used meth.']]) });
    expect(await run(['scan', '--fix', '--out', 'filing.txt', 'filing.pdf'], fake.io, analyzeText)).toBe(1);
    expect(new TextDecoder().decode(fake.written.get('filing.txt'))).toBe(
      `${pdfNote('filing.pdf')}\n\n${W}\n`,
    );
  });

  test('--in-place replaces each .txt and .docx input', async () => {
    const fake = fakeIo({ 'a.txt': 'Met. He used meth.\n', 'b.docx': docx });
    expect(await run(['scan', '--fix', '--in-place', 'a.txt', 'b.docx'], fake.io, analyzeText)).toBe(1);
    expect(new TextDecoder().decode(fake.written.get('a.txt'))).toBe(`Met. ${W}\n`);
    expect(fake.written.has('b.docx')).toBe(true);
  });

  test.each([
    [['--out', 'x.txt', 'a.txt'], '--out needs --fix'],
    [
      ['--fix', '--out', './a.txt', 'a.txt'],
      '--out ./a.txt would overwrite the input; use --in-place to do that',
    ],
    [['--fix', '--out', 'x.txt', 'a.txt', 'b.txt'], '--out takes exactly one input file'],
    [['--fix', '--out', 'x.txt'], '--out needs input files, not standard input'],
    [['--fix', '--in-place', '--out', 'x.txt', 'a.txt'], 'choose one of --out, --in-place'],
    [['--fix', '--in-place', 'f.pdf'], 'f.pdf: a PDF cannot be corrected in place; use --out FILE.txt'],
  ])('usage error for %j', async (args, message) => {
    const fake = fakeIo({ 'a.txt': 'He used meth.' });
    expect(await run(['scan', ...args], fake.io, analyzeText)).toBe(2);
    expect(fake.stderr()).toContain(`lead-guard: ${message}.`);
    expect(fake.written.size).toBe(0);
  });
});

describe('writeFileAtomic', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lead-guard-write-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('replaces the file and leaves no temporary file behind', async () => {
    const path = join(dir, 'out.txt');
    await writeFileAtomic(path, new TextEncoder().encode('first'));
    await writeFileAtomic(path, new TextEncoder().encode('second'));
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['out.txt']);
  });

  test('a failed write rejects and leaves nothing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'out.txt'), new Uint8Array(1))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual(['out.txt']);
  });
});
