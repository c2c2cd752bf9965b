// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { shieldRestOfPress } from './gesture-shield';

afterEach(() => {
  // A new first press ends any shield still up, so none outlives its test.
  window.dispatchEvent(new MouseEvent('mousedown', { detail: 1 }));
  document.body.replaceChildren();
});

/** A shield after a mouse press on a review button; clicks of the page counted on a button under it. */
function setUp(trusted: (event: Event) => boolean) {
  shieldRestOfPress(window, { clientX: 10, clientY: 10, detail: 1 }, { trusted });
  const button = document.createElement('button');
  document.body.append(button);
  let clicks = 0;
  button.addEventListener('click', () => clicks++);
  return { button, clicks: () => clicks };
}

describe('the shield after a review choice', () => {
  test("swallows the rest of the person's press (a double-click's second click)", () => {
    const { button, clicks } = setUp(() => true);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 2 }));
    expect(clicks()).toBe(0);
  });

  test("leaves a page script's click() to the page", () => {
    const { button, clicks } = setUp((event) => event.isTrusted);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 0 }));
    expect(clicks()).toBe(2);
  });
});
