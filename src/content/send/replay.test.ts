// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { planFor, replay } from './replay';
import { type SendEvent, snapshotEvent } from './send-event';

afterEach(() => {
  document.body.replaceChildren();
});

describe('replaying a stopped key', () => {
  test('carries the key code and physical key, which editors like CKEditor 5 match shortcuts on', () => {
    const field = document.createElement('div');
    field.contentEditable = 'true';
    document.body.append(field);
    let stopped: SendEvent | null = null;
    const seen: Array<Pick<KeyboardEvent, 'key' | 'code' | 'keyCode' | 'ctrlKey'>> = [];
    field.addEventListener('keydown', (event) => {
      if (stopped === null) {
        stopped = snapshotEvent(event);
        return;
      }
      const { key, code, keyCode, ctrlKey } = event;
      seen.push({ key, code, keyCode, ctrlKey });
    });
    const init = { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true, bubbles: true, cancelable: true };
    field.dispatchEvent(new KeyboardEvent('keydown', init));
    if (stopped === null) throw new Error('the key was not seen');
    expect(replay(planFor(stopped))).toBe(true);
    expect(seen).toEqual([{ key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true }]);
  });
});
