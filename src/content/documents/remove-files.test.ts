// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { isReplaying } from '../send/replay-mark';
import { removeFiles } from './remove-files';

afterEach(() => {
  document.body.replaceChildren();
});

function inputHolding(...files: File[]): { input: HTMLInputElement; heard: string[] } {
  const form = document.createElement('form');
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  const list = new DataTransfer();
  for (const file of files) list.items.add(file);
  input.files = list.files;
  form.append(input);
  document.body.append(form);
  const heard: string[] = [];
  // Heard where the page listens: bubbled up to its form.
  for (const type of ['input', 'change'])
    form.addEventListener(type, () => heard.push(`${type}${isReplaying() ? ' (guard)' : ''}`));
  return { input, heard };
}

const file = (name: string) => new File(['x'], name, { lastModified: 1 });

describe('removeFiles', () => {
  test('the only file: the input is empty and the page hears input and change', () => {
    const { input, heard } = inputHolding(file('report.docx'));
    expect(removeFiles(input, [file('report.docx')])).toBe(true);
    expect(input.files?.length).toBe(0);
    expect(input.value).toBe('');
    expect(heard).toEqual(['input (guard)', 'change (guard)']);
  });

  test('one of several: the rest stay in the input', () => {
    const { input } = inputHolding(file('a.docx'), file('flagged.docx'), file('b.txt'));
    expect(removeFiles(input, [file('flagged.docx')])).toBe(true);
    expect([...(input.files ?? [])].map((held) => held.name)).toEqual(['a.docx', 'b.txt']);
  });

  test('a file the input no longer holds: nothing changes, nothing is heard', () => {
    const { input, heard } = inputHolding(file('other.docx'));
    expect(removeFiles(input, [file('report.docx')])).toBe(false);
    expect(input.files?.length).toBe(1);
    expect(heard).toEqual([]);
  });

  test('an input that left the page is not touched', () => {
    const { input } = inputHolding(file('report.docx'));
    input.remove();
    expect(removeFiles(input, [file('report.docx')])).toBe(false);
  });
});
