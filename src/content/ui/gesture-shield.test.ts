import { describe, expect, test } from 'vitest';
import { movedAway, startsNewGesture } from './gesture-shield';

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
});
