// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { movedAway, shieldRestOfPress, startsNewGesture } from './gesture-shield';

describe('the rest of a press', () => {
  test.each([
    [{ type: 'mousedown', detail: 2 }, false],
    [{ type: 'mouseup', detail: 2 }, false],
    [{ type: 'click', detail: 2 }, false],
    [{ type: 'dblclick', detail: 2 }, false],
    [{ type: 'mousedown', detail: 3 }, false],
    [{ type: 'pointerdown', detail: 0 }, false],
    [{ type: 'mousedown', detail: 1 }, true],
    [{ type: 'click', detail: 1 }, true],
  ])('%o starts a new gesture: %s', (event, expected) => {
    expect(startsNewGesture(event)).toBe(expected);
  });

  test.each([
    [{ clientX: 100, clientY: 100 }, false],
    [{ clientX: 104, clientY: 103 }, false],
    [{ clientX: 120, clientY: 100 }, true],
  ])('a pointer at %o has moved away: %s', (to, expected) => {
    expect(movedAway({ clientX: 100, clientY: 100, detail: 1 }, to)).toBe(expected);
  });

  test("the page's own scripted click passes while the writer's press is held", () => {
    const button = document.createElement('button');
    document.body.append(button);
    let clicks = 0;
    button.addEventListener('click', () => {
      clicks += 1;
    });
    shieldRestOfPress(window, { clientX: 10, clientY: 10, detail: 2 });
    button.click();
    expect(clicks).toBe(1);
    button.remove();
  });
});
