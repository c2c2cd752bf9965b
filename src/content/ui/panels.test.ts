// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../engine/types';
import { UI } from '../contracts';
import { buildCard, buildList } from './panels';

vi.mock('../../shared/browser', () => import('../../../tests/unit/support/english-browser'));

const finding: Finding = {
  start: 4,
  end: 30,
  category: 'sex-work',
  severity: 'medium',
  trigger: 'turning tricks',
  triggerStart: 10,
  triggerEnd: 24,
  reason: 'Mentions sex work.',
  ruleId: 'test',
};

const buttonTexts = (panel: HTMLElement): string[] =>
  [...panel.querySelectorAll('button')].map((button) => button.textContent ?? '');

describe('card and list words come from the locale catalog', () => {
  test.each([
    [
      'with a replacement',
      { replacement: 'There is nothing helpful to report at this time.', offerReplaceAll: true },
      'Replace with: There is nothing helpful to report at this time.',
      ['Replace', 'Ignore once', 'Always allow “turning tricks”', 'Replace all in this field'],
    ],
    [
      'removing the sentence, one passage',
      { replacement: '', offerReplaceAll: false },
      'The sentence will be removed (the paragraph already has the approved wording).',
      ['Replace', 'Ignore once', 'Always allow “turning tricks”'],
    ],
  ])('card %s', (_name, content, preview, buttons) => {
    const card = buildCard(document, 'f1', { finding, ...content });
    expect(card.querySelector('h2')?.textContent).toBe('Sex workMedium risk');
    expect(card.querySelector('[data-severity-chip]')?.textContent).toBe('Medium risk');
    expect(card.querySelector(`[${UI.reasonAttr}]`)?.textContent).toBe('Mentions sex work.');
    expect(card.querySelector('[data-lg-preview]')?.textContent).toBe(preview);
    expect(buttonTexts(card)).toEqual(buttons);
  });

  test('list', () => {
    const list = buildList(document, 'f1', 'Case note', [{ finding, snippet: 'She was turning tricks.' }]);
    expect(list.getAttribute('aria-label')).toBe('Flagged passages in Case note');
    expect(list.querySelector('h2')?.textContent).toBe('1 flagged in Case note');
    expect(buttonTexts(list)).toEqual(['Sex work: She was turning tricks.', 'Replace all in this field']);
  });
});
