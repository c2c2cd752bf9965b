import { describe, expect, test, vi } from 'vitest';
import { createAnalyzer } from '../engine/index';
import { keywordClassifier } from '../engine/testing/keyword-classifier';
import { run } from './run';
import { fakeIo } from './testing';

const W = 'There is nothing helpful to report at this time.';
const analyzeText = createAnalyzer({ classify: keywordClassifier(['meth', 'cited']) }).analyze;

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

describe('lead-guard scan', () => {
  test('exit 0 and no output when nothing is flagged', async () => {
    const fake = fakeIo({ 'a.txt': 'We met twice. She enrolled.' });
    expect(await run(['scan', 'a.txt'], fake.io, analyzeText)).toBe(0);
    expect(fake.stdout()).toBe('');
  });

  test('exit 1 with one linter line per finding: 1-based line, column in code points', async () => {
    const text =
      'Met Tuesday.\r\n😀 He used meth Friday and again and again and again and again and again and again and on.\r\nHe was cited.';
    const fake = fakeIo({ 'a.txt': text });
    expect(await run(['scan', 'a.txt'], fake.io, analyzeText)).toBe(1);
    expect(lines(fake.stdout())).toEqual([
      'a.txt:2:1  substance  Mentions “meth”.  "😀 He used meth Friday and again and again and again and again and again and aga…"',
      'a.txt:3:1  substance  Mentions “cited”.  "He was cited."',
    ]);
  });

  test.each([
    ['missing file', 'missing.txt', 'lead-guard: missing.txt: no such file'],
    ['directory', 'dir', 'lead-guard: dir: is a directory'],
    ['unreadable', 'secret.txt', 'lead-guard: secret.txt: permission denied'],
    ['binary', 'image.png', 'lead-guard: image.png: binary file, not text'],
    ['invalid UTF-8', 'latin1.txt', 'lead-guard: latin1.txt: not valid UTF-8 text'],
  ])('%s: one-line error, other files still scanned, exit 2', async (_name, bad, message) => {
    const fake = fakeIo({
      'good.txt': 'He used meth.',
      dir: '!EISDIR',
      'secret.txt': '!EACCES',
      'image.png': new Uint8Array([0x89, 0x50, 0x00, 0x47]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
    });
    expect(await run(['scan', bad, 'good.txt'], fake.io, analyzeText)).toBe(2);
    expect(fake.stderr()).toBe(`${message}\n`);
    expect(lines(fake.stdout())).toHaveLength(1);
  });

  test.each([[[]], [['-']]])('reads standard input for %j', async (files) => {
    const fake = fakeIo({}, 'He used meth.');
    expect(await run(['scan', ...files], fake.io, analyzeText)).toBe(1);
    expect(fake.stdout()).toMatch(/^<stdin>:1:1 {2}substance/);
  });

  test('--json prints one document per file', async () => {
    const fake = fakeIo({ 'a.txt': 'Fine.', 'b.txt': 'Fine. He used meth.' });
    expect(await run(['scan', '--json', 'a.txt', 'b.txt'], fake.io, analyzeText)).toBe(1);
    const documents = lines(fake.stdout()).map((line) => JSON.parse(line));
    expect(documents).toMatchObject([
      { file: 'a.txt', findings: [] },
      { file: 'b.txt', findings: [{ start: 6, end: 19, trigger: 'meth', category: 'substance' }] },
    ]);
  });

  test('--fix prints the rewritten text byte-for-byte elsewhere', async () => {
    const fake = fakeIo({}, 'Hi,\r\n\r\nFine. He used meth.\r\n- ok\r\n- cited\r\n');
    expect(await run(['scan', '--fix', '--wording', 'No update.'], fake.io, analyzeText)).toBe(1);
    expect(fake.stdout()).toBe('Hi,\r\n\r\nFine. No update.\r\n- ok\r\n');
  });

  test('--fix uses the approved wording by default', async () => {
    const fake = fakeIo({}, 'He used meth.');
    await run(['scan', '--fix'], fake.io, analyzeText);
    expect(fake.stdout()).toBe(W);
  });

  test('--level and --allow reach the engine', async () => {
    const spy = vi.fn(analyzeText);
    await run(['scan', '--level', 'strict', '--allow', 'a b', '--allow', 'c'], fakeIo({}, 'x').io, spy);
    expect(spy).toHaveBeenCalledWith('x', { level: 'strict', allowPhrases: ['a b', 'c'] });
  });
});

describe('lead-guard scan --jsonl', () => {
  test('answers every line in order; a malformed line gets an error and the rest continue', async () => {
    const input = [
      '{"id": 1, "text": "He used meth."}',
      'not json',
      '',
      '{"id": "b", "text": "Fine."}',
      '[1, 2]',
      '{"id": 4}',
      '{"text": "cited"}\r',
    ].join('\n');
    const fake = fakeIo({}, input);
    expect(await run(['scan', '--jsonl'], fake.io, analyzeText)).toBe(2);
    const answers = lines(fake.stdout()).map((line) => JSON.parse(line));
    expect(answers).toMatchObject([
      { id: 1, findings: [{ start: 0, end: 13, trigger: 'meth' }] },
      { id: null, error: 'line 2: not valid JSON' },
      { id: 'b', findings: [] },
      { id: null, error: expect.stringContaining('line 5') },
      { id: 4, error: 'line 6: "text" must be a string' },
      { id: null, findings: [{ trigger: 'cited' }] },
    ]);
  });

  test('invalid UTF-8 on one line does not stop the others', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"id":1,"text":"a"}\n'),
      0xff,
      0x0a,
      0x7b,
      0x7d,
    ]);
    const fake = fakeIo({}, bytes);
    await run(['scan', '--jsonl'], fake.io, analyzeText);
    expect(lines(fake.stdout()).map((line) => JSON.parse(line))).toEqual([
      { id: 1, findings: [] },
      { id: null, error: 'line 2: not valid UTF-8' },
      { id: null, error: 'line 3: "text" must be a string' },
    ]);
  });

  test.each([
    ['nothing flagged', '{"id":1,"text":"Fine."}', 0],
    ['something flagged', '{"id":1,"text":"Fine."}\n{"id":2,"text":"meth."}', 1],
  ])('exit status when %s', async (_name, input, status) => {
    expect(await run(['scan', '--jsonl'], fakeIo({}, input).io, analyzeText)).toBe(status);
  });
});

describe('usage', () => {
  test.each([
    [['scan', '--bogus'], "lead-guard: Unknown option '--bogus'. Run 'lead-guard --help' for usage."],
    [[], "lead-guard: missing command. Run 'lead-guard --help' for usage."],
    [['lint'], "lead-guard: unknown command 'lint'. Run 'lead-guard --help' for usage."],
    [
      ['scan', '--level', 'loose'],
      "lead-guard: --level must be standard or strict, not 'loose'. Run 'lead-guard --help' for usage.",
    ],
    [
      ['scan', '--json', '--fix'],
      "lead-guard: choose one of --json, --fix. Run 'lead-guard --help' for usage.",
    ],
    [
      ['scan', '--jsonl', 'a.txt'],
      "lead-guard: --jsonl reads standard input; give no files. Run 'lead-guard --help' for usage.",
    ],
  ])('%j exits 2 with a usage hint', async (argv, message) => {
    const fake = fakeIo();
    expect(await run(argv, fake.io, analyzeText)).toBe(2);
    expect(fake.stderr()).toBe(`${message}\n`);
    expect(fake.stdout()).toBe('');
  });

  test.each([[['--help']], [['-h']], [['scan', '--help']]])('%j prints usage', async (argv) => {
    const fake = fakeIo();
    expect(await run(argv, fake.io, analyzeText)).toBe(0);
    expect(fake.stdout()).toContain('Usage: lead-guard scan');
  });

  test('--version prints the package version', async () => {
    const fake = fakeIo();
    expect(await run(['--version'], fake.io, analyzeText)).toBe(0);
    expect(fake.stdout()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
