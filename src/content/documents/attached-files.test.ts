// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { filingForm } from '../../../tests/unit/support/filing-form';
import { AttachedFiles, createCheck, REPEAT_WINDOW_MS, stillInInput } from './attached-files';

afterEach(() => {
  document.body.replaceChildren();
});

function hold(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
}

const file = (name: string, body = 'x') => new File([body], name, { lastModified: 1 });

function clock(): { now: () => number; advance(ms: number): void } {
  let time = 0;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('AttachedFiles', () => {
  test('a file input inside a form belongs to that form’s Send, not to another’s', () => {
    const record = new AttachedFiles();
    const filing = filingForm();
    const other = filingForm();
    const report = file('report.docx');
    hold(filing.input, [report]);
    const started = record.note({ files: [report], origin: { kind: 'input', input: filing.input } });
    expect(started.map((check) => check.file)).toEqual([report]);
    const [entry] = record.within(filing.form);
    expect(entry).toMatchObject({ file: report, input: filing.input, anchor: filing.input });
    expect(record.within(other.form)).toEqual([]);
    expect(entry && stillInInput(entry)).toBe(true);
  });

  test.each([
    ['a file input outside any compose', 'input'],
    ['a drop where no compose can be told', 'drop'],
  ] as const)('%s belongs to the page: every Send carries it', (_name, kind) => {
    const record = new AttachedFiles();
    const filing = filingForm();
    const loose = document.createElement(kind === 'input' ? 'input' : 'div');
    if (loose instanceof HTMLInputElement) loose.type = 'file';
    document.body.append(loose);
    record.note({
      files: [file('a.docx')],
      origin:
        loose instanceof HTMLInputElement ? { kind: 'input', input: loose } : { kind: 'drop', target: loose },
    });
    expect(record.within(filing.form)).toMatchObject([{ anchor: null }]);
  });

  test('a drop or paste onto a field belongs to the field’s form; the page took the file', () => {
    const record = new AttachedFiles();
    const filing = filingForm();
    record.note({ files: [file('a.docx')], origin: { kind: 'paste', target: filing.field } });
    const [entry] = record.within(filing.form);
    expect(entry).toMatchObject({ input: null, anchor: filing.field });
    expect(entry && stillInInput(entry)).toBe(false);
    expect(record.within(filingForm().form)).toEqual([]);
  });

  test('a new choice in an input replaces what it held; a choice of nothing readable forgets it', () => {
    const record = new AttachedFiles();
    const { form, input } = filingForm();
    record.note({ files: [file('flagged.docx'), file('b.txt')], origin: { kind: 'input', input } });
    record.note({ files: [file('clean.docx')], origin: { kind: 'input', input } });
    expect(record.within(form).map((entry) => entry.file.name)).toEqual(['clean.docx']);
    record.note({ files: [], origin: { kind: 'input', input } });
    expect(record.within(form)).toEqual([]);
  });

  test('dropped files add up; the same file dropped twice is one attachment', () => {
    const record = new AttachedFiles();
    const { form, field } = filingForm();
    record.note({ files: [file('a.docx')], origin: { kind: 'drop', target: field } });
    record.note({ files: [file('b.docx')], origin: { kind: 'drop', target: field } });
    record.note({ files: [file('a.docx')], origin: { kind: 'drop', target: field } });
    expect(record.within(form).map((entry) => entry.file.name)).toEqual(['b.docx', 'a.docx']);
  });

  test('a file dropped on an input, then its change: one check, one attachment', () => {
    const time = clock();
    const record = new AttachedFiles(time.now);
    const { form, input } = filingForm();
    const first = record.note({ files: [file('a.docx')], origin: { kind: 'input', input } });
    time.advance(100);
    const again = record.note({ files: [file('a.docx')], origin: { kind: 'input', input } });
    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    expect(record.within(form).map((entry) => entry.check)).toEqual(first);
  });

  test('the same file chosen again later is checked again, unless its check still runs', () => {
    const time = clock();
    const record = new AttachedFiles(time.now);
    const { input } = filingForm();
    const [running] = record.note({ files: [file('a.docx')], origin: { kind: 'input', input } });
    time.advance(REPEAT_WINDOW_MS * 5);
    expect(record.note({ files: [file('a.docx')], origin: { kind: 'input', input } })).toEqual([]);
    running?.settle({ kind: 'clean' });
    expect(record.note({ files: [file('a.docx')], origin: { kind: 'input', input } })).toHaveLength(1);
  });

  test('a form that left the page took its files with it', () => {
    const record = new AttachedFiles();
    const { form, input } = filingForm();
    record.note({ files: [file('a.docx')], origin: { kind: 'input', input } });
    form.remove();
    expect(record.within(form)).toEqual([]);
    document.body.append(form);
    expect(record.within(form)).toEqual([]);
  });

  test('a file the page took out of its input is no longer the guard’s to remove', () => {
    const record = new AttachedFiles();
    const { form, input } = filingForm();
    const report = file('report.docx');
    hold(input, [report]);
    record.note({ files: [report], origin: { kind: 'input', input } });
    hold(input, []);
    const [entry] = record.within(form);
    expect(entry && stillInInput(entry)).toBe(false);
  });

  test('forget and clear', () => {
    const record = new AttachedFiles();
    const { form, input } = filingForm();
    record.note({ files: [file('a.docx'), file('b.docx')], origin: { kind: 'input', input } });
    const [first] = record.within(form);
    if (first) record.forget(first);
    expect(record.within(form).map((entry) => entry.file.name)).toEqual(['b.docx']);
    record.clear();
    expect(record.within(form)).toEqual([]);
  });
});

describe('createCheck', () => {
  test('runs until settled; the first result counts', async () => {
    const check = createCheck(file('a.docx'));
    expect(check.result()).toBeNull();
    check.settle({ kind: 'unreadable' });
    check.settle({ kind: 'failed' });
    expect(check.result()).toEqual({ kind: 'unreadable' });
    await expect(check.done).resolves.toEqual({ kind: 'unreadable' });
  });
});
