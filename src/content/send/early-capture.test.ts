// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { filingForm } from '../../../tests/unit/support/filing-form';
import type { GuardApi } from '../contracts';
import { installSendCapture } from './early-capture';
import { asReplay } from './replay-mark';
import type { SendEvent, SendGuard } from './send-event';

const lifetimes: AbortController[] = [];
afterEach(() => {
  for (const lifetime of lifetimes.splice(0)) lifetime.abort();
  document.body.replaceChildren();
});

/** Installs the capture with a loaded guard whose verdicts come from `verdict`; returns what the page saw. */
async function setUp(verdict: (event: SendEvent) => 'pass' | 'cancel') {
  const judged: string[] = [];
  const guard: SendGuard = {
    judge: (event) => {
      judged.push(event.type);
      return verdict(event);
    },
    judgeCancelled: () => undefined,
  };
  const api = { startSendGuard: () => guard } as unknown as GuardApi;
  const lifetime = new AbortController();
  lifetimes.push(lifetime);
  let loaded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    loaded = resolve;
  });
  installSendCapture(
    async () => {
      queueMicrotask(loaded);
      return api;
    },
    lifetime.signal,
    // happy-dom's dispatched events are untrusted; these stand for the user's own.
    { trusted: () => true },
  );
  const button = document.createElement('button');
  button.type = 'button';
  const field = document.createElement('textarea');
  document.body.append(field, button);
  // Focusing a field loads the guard ahead of a Send.
  field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await ready;
  await Promise.resolve();
  const seen: string[] = [];
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    document.addEventListener(type, () => seen.push(type));
  }
  return { button, judged, seen };
}

function press(target: Element): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    target.dispatchEvent(
      new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0 }),
    );
  }
}

describe('installSendCapture', () => {
  test('a Send judged clean reaches the page untouched', async () => {
    const { button, seen } = await setUp(() => 'pass');
    press(button);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
  });

  test('a held Send is cancelled for the whole gesture, not just its first event', async () => {
    const { button, judged, seen } = await setUp((event) =>
      event.type === 'pointerdown' ? 'cancel' : 'pass',
    );
    press(button);
    expect(seen).toEqual([]);
    // Only the gesture's start was judged; the rest was swallowed without asking.
    expect(judged).toEqual(['pointerdown']);
  });

  test('the guard’s own replay passes without being judged', async () => {
    const { button, judged, seen } = await setUp(() => 'cancel');
    asReplay(() => press(button));
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(judged).toEqual([]);
  });
});

describe('synthetic events', () => {
  test("are left to the page: only a trusted event is a user's Send", async () => {
    const lifetime = new AbortController();
    lifetimes.push(lifetime);
    let judged = 0;
    const guard: SendGuard = {
      judge: () => {
        judged++;
        return 'cancel';
      },
      judgeCancelled: () => undefined,
    };
    const api = { startSendGuard: () => guard } as unknown as GuardApi;
    let ready: () => void = () => undefined;
    const loaded = new Promise<void>((resolve) => {
      ready = resolve;
    });
    installSendCapture(async () => {
      queueMicrotask(ready);
      return api;
    }, lifetime.signal);
    const field = document.createElement('textarea');
    const button = document.createElement('button');
    document.body.append(field, button);
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await loaded;
    await Promise.resolve();
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(clicks).toBe(1);
    expect(judged).toBe(0);
  });
});

describe('attached files', () => {
  function setUpUnloaded() {
    const lifetime = new AbortController();
    lifetimes.push(lifetime);
    let loads = 0;
    // The guard never finishes loading here: what counts is what is held meanwhile.
    installSendCapture(
      () => {
        loads++;
        return new Promise<GuardApi>(() => undefined);
      },
      lifetime.signal,
      { trusted: () => true },
    );
    const { form, input } = filingForm();
    const submit = (): boolean =>
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    const choose = (name: string): void => {
      Object.defineProperty(input, 'files', { value: [new File(['x'], name)], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    return { submit, choose, loads: () => loads };
  }

  test('a form with no text is sent untouched while nothing is attached', () => {
    const { submit, choose, loads } = setUpUnloaded();
    expect(submit()).toBe(true);
    choose('photo.png');
    expect(submit()).toBe(true);
    expect(loads()).toBe(0);
  });

  test('a readable file loads the guard, and a Send of a form with no text is held for it', () => {
    const { submit, choose, loads } = setUpUnloaded();
    choose('report.docx');
    expect(loads()).toBe(1);
    expect(submit()).toBe(false);
  });
});
