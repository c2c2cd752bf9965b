// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readEditable } from './editable-model';

function model(html: string, collapsesWhitespace = false, excluded = '.quote') {
  const root = document.createElement('div');
  root.innerHTML = html; // test fixture markup, not user text
  document.body.replaceChildren(root);
  const isExcluded = (node: Node) => node instanceof Element && node.matches(excluded);
  return { root, model: readEditable(root, { isExcluded, collapsesWhitespace }) };
}

describe('readEditable text', () => {
  test.each([
    ['plain text', 'Hello world.', 'Hello world.'],
    ['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['divs with br blank line', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['trailing br in block', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['br inside line', 'a<br>b', 'a\nb'],
    ['nested inline markup', '<p>He <b>was <i>arrested</i></b> today.</p>', 'He was arrested today.'],
    ['list items', '<ul><li>one</li><li>two</li></ul><p>end</p>', 'one\ntwo\nend'],
    ['excluded quote', '<div>mine</div><div class="quote">theirs</div>', 'mine'],
    ['leading block', '<p>first</p>tail', 'first\ntail'],
    ['script skipped', 'a<script>x()</script>b', 'ab'],
  ])('%s', (_name, html, expected) => {
    expect(model(html).model.text).toBe(expected);
  });

  test('collapsing white space ignores source indentation between blocks', () => {
    const { model: m } = model('\n  <p>He was\n    arrested.</p>\n  <p>Fine.</p>\n', true);
    expect(m.text).toBe('He was     arrested.\nFine.');
  });
});

describe('readEditable offsets', () => {
  test('round-trips every offset of every text node', () => {
    const { model: m } = model('<p>He <b>was <i>arrested</i></b> today.</p><p>Second <u>line</u>.</p>');
    for (let offset = 0; offset <= m.text.length; offset++) {
      const position = m.positionAt(offset, 'start');
      if (!position || m.text[offset] === '\n') continue;
      expect(m.offsetOf(position.node, position.offset)).toBe(offset);
    }
  });

  test('a range covers exactly the requested text across markup', () => {
    const { model: m } = model('<p>Intro. He <b>was <i>arrested</i></b> today.</p><p>Next.</p>');
    const start = m.text.indexOf('He');
    const end = m.text.indexOf('today.') + 'today.'.length;
    expect(m.rangeFor(start, end)?.toString()).toBe('He was arrested today.');
  });

  test('a range ending at a line break ends inside the previous text', () => {
    const { model: m } = model('<p>One.</p><p>Two.</p>');
    const range = m.rangeFor(0, 5);
    expect(range?.toString()).toBe('One.');
    expect(m.positionAt(4, 'start')?.node.data).toBe('Two.');
  });

  test('element boundaries map to neighbouring text', () => {
    const { root, model: m } = model('<p>One.</p><p>Two.</p>');
    const second = root.children[1];
    if (!second) throw new Error('missing paragraph');
    expect(m.offsetOf(second, 0)).toBe(5);
    expect(m.offsetOf(root, 2)).toBe(9);
  });

  test('positions in excluded text are outside the model', () => {
    const { root, model: m } = model('<div>mine</div><div class="quote">theirs</div>');
    const quoteText = root.querySelector('.quote')?.firstChild;
    if (!quoteText) throw new Error('missing quote');
    expect(m.offsetOf(quoteText, 1)).toBeNull();
  });
});
