import { describe, expect, test } from 'vitest';
import type { Finding } from '../../engine/types';
import { AnalysisBehindError, Field } from './field';
import type { Surface } from './surface';

const FLAG: Finding = {
  start: 0,
  end: 5,
  category: 'substance',
  severity: 'high',
  trigger: 'used',
  triggerStart: 0,
  triggerEnd: 4,
  reason: 'Mentions drug use.',
  ruleId: 'test',
};

/** A surface whose text the test controls; `read` may change it, as a writer typing between two reads. */
function surface(read: () => string): Surface {
  return {
    element: {} as HTMLElement,
    read,
    paint: () => undefined,
    caretOffset: () => null,
    rectOf: () => null,
    select: () => false,
    closeUndoGroup: () => undefined,
    replace: async () => undefined,
  };
}

const hooks = { analyze: (text: string) => (text.includes('used') ? [FLAG] : []), changed: () => undefined };

describe("a field's findings at Send", () => {
  test('are those of the text as it is now', async () => {
    let text = 'We met.';
    const field = new Field(
      'f',
      'Note',
      surface(() => text),
      hooks,
      new AbortController().signal,
    );
    expect(await field.findings()).toEqual([]);
    text = 'used meth';
    expect(await field.findings()).toEqual([FLAG]);
  });

  test('are refused, never stale, when the analysis cannot catch up with the text', async () => {
    let reads = 0;
    // Every read sees new text, as if the writer never stopped: no analysis is ever current.
    const field = new Field(
      'f',
      'Note',
      surface(() => `We met ${reads++}.`),
      hooks,
      new AbortController().signal,
    );
    await expect(field.findings()).rejects.toBeInstanceOf(AnalysisBehindError);
  });
});
