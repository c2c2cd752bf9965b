// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { editableRootOf, isTextControl } from './editable';

function make(html: string): HTMLElement {
  document.body.innerHTML = html; // fixture markup, not user text
  const target = document.querySelector<HTMLElement>('#target');
  if (!target) throw new Error('no #target');
  return target;
}

test.each([
  ['<textarea id="target"></textarea>', true],
  ['<input id="target">', true],
  ['<input id="target" type="text">', true],
  ['<input id="target" type="password">', false],
  ['<input id="target" type="hidden">', false],
  ['<input id="target" type="email">', false],
  ['<input id="target" readonly>', false],
  ['<textarea id="target" disabled></textarea>', false],
  ['<div id="target" contenteditable="true"></div>', false],
])('isTextControl(%s) → %s', (html, expected) => {
  expect(isTextControl(make(html))).toBe(expected);
});

test('a text control is its own root', () => {
  const field = make('<textarea id="target"></textarea>');
  expect(editableRootOf(field)).toBe(field);
});

test('non-editable elements have no editable root', () => {
  expect(editableRootOf(make('<p id="target">text</p>'))).toBeNull();
  expect(editableRootOf(make('<input id="target" type="checkbox">'))).toBeNull();
});
