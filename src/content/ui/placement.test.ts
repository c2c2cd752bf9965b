import { describe, expect, test } from 'vitest';
import { type Box, placePanel } from './placement';

const view = { width: 1000, height: 800 };
const panel = { width: 340, height: 200 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const covers = (at: { left: number; top: number }, clear: Box): boolean =>
  at.left < clear.right &&
  clear.left < at.left + panel.width &&
  at.top < clear.bottom &&
  clear.top < at.top + panel.height;

describe('placePanel', () => {
  test('goes below the anchor, aligned with it, when nothing is in the way', () => {
    expect(placePanel(box(100, 100, 80, 20), panel, view, [], 6)).toEqual({ left: 100, top: 126 });
  });

  test('goes above when there is no room below', () => {
    expect(placePanel(box(100, 700, 80, 20), panel, view, [], 6)).toEqual({ left: 100, top: 494 });
  });

  test('stays inside the viewport on the right', () => {
    expect(placePanel(box(900, 100, 80, 20), panel, view, [], 6).left).toBe(1000 - 340 - 6);
  });

  test('never covers a Send button just below the passage', () => {
    const send = box(100, 160, 70, 30);
    const at = placePanel(box(100, 100, 80, 20), panel, view, [send], 6);
    expect(covers(at, send)).toBe(false);
  });

  test('moves beside the Send button when it is in the way both below and above', () => {
    const anchor = box(100, 300, 80, 20);
    const send = box(50, 0, 200, 800);
    const at = placePanel(anchor, panel, view, [send], 6);
    expect(covers(at, send)).toBe(false);
    expect(at.left).toBe(256);
  });

  test('falls back to below the anchor when nothing can keep the control clear', () => {
    const send = box(0, 0, 1000, 800);
    expect(placePanel(box(100, 100, 80, 20), panel, view, [send], 6)).toEqual({ left: 100, top: 126 });
  });
});
