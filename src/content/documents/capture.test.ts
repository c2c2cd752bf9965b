// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { ChosenFiles } from '../contracts';
import { asReplay } from '../send/replay-mark';
import { installDocumentCapture } from './capture';

let lifetime = new AbortController();
afterEach(() => {
  lifetime.abort();
  lifetime = new AbortController();
  document.body.replaceChildren();
});

function listen(): ChosenFiles[] {
  const handed: ChosenFiles[] = [];
  installDocumentCapture((chosen) => handed.push(chosen), lifetime.signal);
  return handed;
}

function fileInput(files: File[]): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  document.body.append(input);
  return input;
}

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function drop(target: Element, files: File[]): void {
  const event = new Event('drop', { bubbles: true });
  Object.defineProperty(event, 'dataTransfer', { value: { files } });
  target.dispatchEvent(event);
}

const names = (chosen: ChosenFiles | undefined) => chosen?.files.map((file) => file.name);

describe('installDocumentCapture', () => {
  test.each([
    ['readable files only', ['a.docx', 'photo.png', 'b.PDF', 'c.txt'], ['a.docx', 'b.PDF', 'c.txt']],
    ['nothing readable: not called', ['photo.png'], undefined],
  ])('change on a file input hands over %s, with the input they are in', (_name, chosen, expected) => {
    const handed = listen();
    const input = fileInput([]);
    choose(
      input,
      chosen.map((name) => new File(['x'], name)),
    );
    expect(names(handed[0])).toEqual(expected);
    if (expected) expect(handed[0]?.origin).toEqual({ kind: 'input', input });
  });

  test('an input handed over before is reported when it changes to nothing readable, so its files are forgotten', () => {
    const handed = listen();
    const input = fileInput([]);
    choose(input, [new File(['x'], 'a.docx')]);
    choose(input, [new File(['x'], 'photo.png')]);
    expect(handed.map(names)).toEqual([['a.docx'], []]);
  });

  test("the guard's own change (it took an attachment out) is not a choice", () => {
    const handed = listen();
    const input = fileInput([]);
    asReplay(() => choose(input, [new File(['x'], 'a.docx')]));
    expect(handed).toEqual([]);
  });

  test('a text input change is not a file choice', () => {
    const handed = listen();
    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(handed).toEqual([]);
  });

  test('a drop on a field: the page takes the file; a drop on a file input lands in the input', () => {
    const handed = listen();
    const field = document.createElement('textarea');
    const input = fileInput([]);
    document.body.append(field);
    drop(field, [new File(['x'], 'a.docx')]);
    drop(input, [new File(['x'], 'b.docx')]);
    drop(field, [new File(['x'], 'photo.png')]);
    expect(handed).toEqual([
      { files: [expect.objectContaining({ name: 'a.docx' })], origin: { kind: 'drop', target: field } },
      { files: [expect.objectContaining({ name: 'b.docx' })], origin: { kind: 'input', input } },
    ]);
  });

  test('a paste hands over the pasted files and where they were pasted', () => {
    const handed = listen();
    const field = document.createElement('div');
    field.contentEditable = 'true';
    document.body.append(field);
    const event = new Event('paste', { bubbles: true });
    Object.defineProperty(event, 'clipboardData', { value: { files: [new File(['x'], 'note.txt')] } });
    field.dispatchEvent(event);
    expect(handed[0]?.origin).toEqual({ kind: 'paste', target: field });
    expect(names(handed[0])).toEqual(['note.txt']);
  });
});
