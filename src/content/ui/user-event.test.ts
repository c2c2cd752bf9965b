// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isUserEvent, onUserEvent } from './user-event';

describe('onUserEvent', () => {
  test.each([
    ['click()', 'click', (button: HTMLButtonElement) => button.click()],
    ['click event', 'click', (button: HTMLButtonElement) => button.dispatchEvent(new MouseEvent('click'))],
    [
      'Enter key',
      'keydown',
      (button: HTMLButtonElement) => button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' })),
    ],
    ['input event', 'input', (button: HTMLButtonElement) => button.dispatchEvent(new InputEvent('input'))],
  ])('a script-made %s is not heard', (_name, type, act) => {
    const button = document.createElement('button');
    document.body.append(button);
    const heard: Event[] = [];
    onUserEvent(button, type, (event) => heard.push(event));
    act(button);
    expect(heard).toEqual([]);
    button.remove();
  });

  test('a script-made input event is not typing', () => {
    expect(isUserEvent(new InputEvent('input', { data: 'x' }))).toBe(false);
  });
});
