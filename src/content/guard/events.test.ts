// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { adoptEarlyFields } from './events';
import type { Field } from './field';
import { Registry } from './registry';

afterEach(() => {
  document.body.replaceChildren();
});

/** A registry whose fields stand in for real ones; `attached` lists each root as it is attached. */
function registry(accepts: (root: HTMLElement) => boolean = () => true) {
  const attached: HTMLElement[] = [];
  let count = 0;
  const fields = new Registry(
    (root) => {
      if (!accepts(root)) return null;
      attached.push(root);
      const field = { id: `f${++count}`, element: root } as unknown as Field;
      return { field, detach: () => undefined };
    },
    () => undefined,
  );
  return { fields, attached };
}

function textarea(text = ''): HTMLTextAreaElement {
  const element = document.createElement('textarea');
  element.value = text;
  document.body.append(element);
  return element;
}

describe('the guard adopting the fields used while it loaded', () => {
  test('attaches every field used, each once', () => {
    const { fields, attached } = registry();
    const first = textarea();
    const second = textarea();
    const adopted = adoptEarlyFields(fields, [first, second, first]);
    expect(attached).toEqual([first, second]);
    expect(adopted.map((field) => field.element)).toEqual([first, second]);
  });

  test('also attaches the focused field when it already holds text', () => {
    const { fields, attached } = registry();
    const used = textarea();
    const restored = textarea('He told me he used meth on Friday.');
    restored.focus();
    adoptEarlyFields(fields, [used]);
    expect(attached).toEqual([used, restored]);
  });

  test('leaves an empty focused field until it is used', () => {
    const { fields, attached } = registry();
    textarea().focus();
    adoptEarlyFields(fields, []);
    expect(attached).toEqual([]);
  });

  test('a field used before the guard started, then typed in again, stays the same field', () => {
    const { fields, attached } = registry();
    const used = textarea();
    const [adopted] = adoptEarlyFields(fields, [used]);
    expect(fields.fieldFor(used)).toBe(adopted);
    expect(attached).toEqual([used]);
  });

  test('fields the site refuses (or every field while paused) are not attached', () => {
    const { fields, attached } = registry(() => false);
    expect(adoptEarlyFields(fields, [textarea(), textarea('text')])).toEqual([]);
    expect(attached).toEqual([]);
  });
});
