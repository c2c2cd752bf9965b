// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { createEarlyFields } from './early-fields';

afterEach(() => {
  document.body.replaceChildren();
});

// happy-dom's dispatched events are untrusted; in most tests they stand for the writer's own.
const asUser = () => true;

function fields(): { first: HTMLTextAreaElement; second: HTMLInputElement; button: HTMLButtonElement } {
  const first = document.createElement('textarea');
  const second = document.createElement('input');
  second.type = 'text';
  const button = document.createElement('button');
  document.body.append(first, second, button);
  return { first, second, button };
}

function use(target: Element, type: string): Event {
  const event = new Event(type, { bubbles: true, composed: true });
  target.dispatchEvent(event);
  return event;
}

describe('fields used before the guard has started', () => {
  test('every field focused, typed or pasted in is handed over, each once, in order of first use', () => {
    const early = createEarlyFields(asUser);
    const { first, second } = fields();
    expect(early.note(use(first, 'focusin'))).toBe(first);
    early.note(use(first, 'input'));
    early.note(use(second, 'paste'));
    early.note(use(first, 'keydown'));
    expect(early.take()).toEqual([first, second]);
  });

  test('a field used only by a page script is not noted', () => {
    const early = createEarlyFields();
    const { first } = fields();
    expect(early.note(use(first, 'input'))).toBeNull();
    expect(early.take()).toEqual([]);
  });

  test('events outside editable fields are ignored', () => {
    const early = createEarlyFields(asUser);
    const { button } = fields();
    expect(early.note(use(button, 'pointerdown'))).toBeNull();
    expect(early.take()).toEqual([]);
  });

  test('a field removed from the page before the guard started is not handed over', () => {
    const early = createEarlyFields(asUser);
    const { first, second } = fields();
    early.note(use(first, 'focusin'));
    early.note(use(second, 'input'));
    first.remove();
    expect(early.take()).toEqual([second]);
  });

  test('once taken, nothing more is noted: the guard listens for itself', () => {
    const early = createEarlyFields(asUser);
    const { first, second } = fields();
    early.note(use(first, 'focusin'));
    early.take();
    expect(early.note(use(second, 'paste'))).toBeNull();
    expect(early.take()).toEqual([]);
  });

  test('when the guard could not load, the noted fields are let go', () => {
    const early = createEarlyFields(asUser);
    const { first } = fields();
    early.note(use(first, 'focusin'));
    early.drop();
    expect(early.note(use(first, 'input'))).toBeNull();
    expect(early.take()).toEqual([]);
  });
});
