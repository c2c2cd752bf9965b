import { describe, expect, test, vi } from 'vitest';
import { askInBrowser } from './review-cover';

vi.mock('../../shared/browser', () => import('../../../tests/unit/support/english-browser'));

function fakeView(answer: boolean): { view: Window; asked: string[] } {
  const asked: string[] = [];
  const view = {
    confirm: (text: string) => {
      asked.push(text);
      return answer;
    },
  } as unknown as Window;
  return { view, asked };
}

describe('askInBrowser', () => {
  test('lists the flagged items and says what OK and Cancel do; OK sends', () => {
    const { view, asked } = fakeView(true);
    expect(askInBrowser(view, true, ['“He used meth on Friday.”', 'Attached file “note.docx”'])).toBe(true);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('• “He used meth on Friday.”');
    expect(asked[0]).toContain('• Attached file “note.docx”');
    expect(asked[0]).toMatch(/covering the review/);
    expect(asked[0]).toMatch(/OK sends the message as it is\. Cancel keeps editing\.$/);
  });

  test('cuts a long list short and says how many more there are; Cancel keeps editing', () => {
    const { view, asked } = fakeView(false);
    const items = Array.from({ length: 8 }, (_, i) => `“passage ${i}”`);
    expect(askInBrowser(view, true, items)).toBe(false);
    expect(asked[0]).toContain('• “passage 4”');
    expect(asked[0]).not.toContain('passage 5');
    expect(asked[0]).toContain('…and 3 more.');
  });

  test('says when the message could not be checked', () => {
    const { view, asked } = fakeView(false);
    askInBrowser(view, false, []);
    expect(asked[0]).toMatch(/could not be checked in time/);
  });
});
