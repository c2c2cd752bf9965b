// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { fieldLabel } from './label';

vi.mock('../../shared/browser', () => import('../../../tests/unit/support/english-browser'));

/**
 * Builds the page from trusted test markup (never user text) and names the element marked `data-field`.
 * Each row lists sources from strongest to weakest, so removing the winner shows the next one wins.
 */
function labelOf(markup: string): string {
  document.body.innerHTML = markup;
  const field = document.querySelector<HTMLElement>('[data-field]');
  if (field === null) throw new Error('no [data-field] in markup');
  return fieldLabel(field);
}

describe('fieldLabel', () => {
  test.each([
    [
      'aria-labelledby first',
      '<span id="a">Note</span><span id="b">to court</span><textarea data-field aria-labelledby="a b" aria-label="X"></textarea>',
      'Note to court',
    ],
    [
      'aria-label',
      '<label for="t">Label</label><textarea id="t" data-field aria-label="Case note"></textarea>',
      'Case note',
    ],
    [
      'aria-labelledby pointing nowhere falls to aria-label',
      '<textarea data-field aria-labelledby="gone" aria-label="Case note"></textarea>',
      'Case note',
    ],
    [
      'label for=',
      '<label for="t">Update for probation</label><textarea id="t" data-field placeholder="P"></textarea>',
      'Update for probation',
    ],
    [
      'wrapping label, without the text typed in the field',
      '<label>Summary <textarea data-field>he used meth</textarea></label>',
      'Summary',
    ],
    [
      'label for= on an editor',
      '<label for="ed">Reply</label><div id="ed" contenteditable="true" data-field></div>',
      'Reply',
    ],
    [
      'placeholder',
      '<form><h2>Heading</h2><textarea name="ta" data-field placeholder="Write a note" title="T"></textarea></form>',
      'Write a note',
    ],
    [
      'aria-placeholder on an editor',
      '<div contenteditable="true" data-field aria-placeholder="Compose"></div>',
      'Compose',
    ],
    [
      'title',
      '<form><h2>Heading</h2><textarea name="ta" data-field title="Court update"></textarea></form>',
      'Court update',
    ],
    [
      'nearest preceding heading in the form',
      '<h1>Page</h1><form><h2>Old</h2><h3>Message to the prosecutor</h3><textarea name="ta" data-field></textarea><h3>After</h3></form>',
      'Message to the prosecutor',
    ],
    [
      'heading in a dialog',
      '<div role="dialog"><div role="heading">New message</div><div contenteditable="true" data-field></div></div>',
      'New message',
    ],
    [
      'a heading outside the form does not count',
      '<h2>Elsewhere</h2><form><textarea name="ta" id="ta" data-field></textarea></form>',
      'Message',
    ],
    [
      'a heading after the field does not count',
      '<section><textarea name="ta" data-field></textarea><h2>Below</h2></section>',
      'Message',
    ],
    [
      'never the name or id: a textarea is a Message',
      '<textarea name="ta" id="body_2" data-field></textarea>',
      'Message',
    ],
    [
      'never the name or id: an editor is a Message',
      '<div id="editor" contenteditable="true" data-field></div>',
      'Message',
    ],
    [
      'never the name or id: an input is a Text field',
      '<input name="subj" id="subj" data-field>',
      'Text field',
    ],
    ['whitespace collapsed', '<textarea data-field aria-label="  Case\n   note  "></textarea>', 'Case note'],
    [
      'a blank label falls through',
      '<label for="t">   </label><textarea id="t" data-field placeholder="Note"></textarea>',
      'Note',
    ],
  ])('%s', (_name, markup, expected) => {
    expect(labelOf(markup)).toBe(expected);
  });

  test('a long heading is cut to one line', () => {
    const label = labelOf(`<form><h2>${'word '.repeat(40)}</h2><textarea data-field></textarea></form>`);
    expect(label.length).toBeLessThanOrEqual(80);
    expect(label.endsWith('…')).toBe(true);
  });
});
