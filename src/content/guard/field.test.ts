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
function surface(read: () => string, rects: readonly DOMRect[] = []): Surface {
  return {
    element: {} as HTMLElement,
    read,
    paint: () => undefined,
    caretOffset: () => null,
    rectOf: () => null,
    rectsOf: () => rects,
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

describe('the passage under a click', () => {
  // The flagged word's box on screen: x 100–140, y 20–38.
  const box = { left: 100, right: 140, top: 20, bottom: 38 } as DOMRect;
  const flaggedField = () =>
    new Field(
      'f',
      'Note',
      surface(() => 'used meth', [box]),
      hooks,
      new AbortController().signal,
    );

  test('is the passage whose text is under the point, and none beside it', async () => {
    const field = flaggedField();
    await field.findings();
    expect(field.findingAt(120, 30)).toEqual(FLAG);
    expect(field.findingAt(3, 3)).toBeNull();
    expect(field.findingAt(120, 60)).toBeNull();
  });

  test('is none while the findings are not those of the text now', () => {
    expect(flaggedField().findingAt(120, 30)).toBeNull();
  });
});
