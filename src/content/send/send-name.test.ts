// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { defaults } from '../../shared/settings';
import { controlOf, isNamedSend, nameCandidates, normalizeName, verbSet } from './send-name';

const verbs = verbSet(defaults.sendVerbs);

afterEach(() => {
  document.body.replaceChildren();
});

function control(markup: string): Element {
  document.body.innerHTML = markup;
  const element = document.querySelector('[data-test]');
  if (!element) throw new Error('markup lacks [data-test]');
  return element;
}

describe('normalizeName', () => {
  test.each([
    ['Send', 'send'],
    ['  Send   now ', 'send now'],
    ['Send (Ctrl-Enter)', 'send'],
    ['Send (⌘Enter)', 'send'],
    ['Submit…', 'submit'],
    ['Send ➤', 'send'],
    ['ENVIAR', 'enviar'],
    ['Envíar', 'enviar'],
    ['Save & send', 'save send'],
  ])('%j → %j', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
});

describe('a control is a Send by its accessible name', () => {
  test.each([
    ['button text', '<button data-test>Send</button>'],
    ['button text with an icon', '<button data-test><svg aria-hidden="true"></svg> Send now</button>'],
    ['role=button div', '<div role="button" tabindex="0" data-test>Submit filing</div>'],
    ['Gmail-style tooltip', '<div role="button" data-tooltip="Send (Ctrl-Enter)" data-test>Send</div>'],
    ['icon-only with aria-label', '<button aria-label="Send" data-test><svg></svg></button>'],
    ['icon-only with a title', '<button title="Send message" aria-label="Send" data-test></button>'],
    ['icon-only with a tooltip only', '<span role="button" data-tooltip="Enviar" data-test></span>'],
    [
      'aria-labelledby',
      '<span id="l1">Guardar y</span><span id="l2">enviar</span><button aria-labelledby="l1 l2" data-test>⮕</button>',
    ],
    ['submit input', '<input type="submit" value="File now" data-test>'],
    ['submit input without value', '<input type="submit" data-test>'],
    ['image input', '<input type="image" alt="Post" data-test>'],
    ['link with role=button', '<a href="/compose#" role="button" data-test>Publicar</a>'],
    ['script link', '<a href="javascript:void 0" data-test>Presentar</a>'],
    ['href-less link', '<a data-test>Send</a>'],
  ])('%s', (_label, markup) => {
    expect(isNamedSend(control(markup), verbs)).toBe(true);
  });

  test.each([
    ['Reply', '<button data-test>Reply</button>'],
    ['Forward', '<div role="button" data-test>Forward</div>'],
    ['Send feedback', '<button data-test>Send feedback</button>'],
    ['a "File" menu opener', '<button aria-haspopup="true" data-test>File</button>'],
    ['a menu item', '<div role="menuitem" tabindex="0" data-test>Send</div>'],
    ['a disabled Send', '<button disabled data-test>Send</button>'],
    ['an aria-disabled Send', '<div role="button" aria-disabled="true" data-test>Send</div>'],
    ['a navigation link', '<a href="/send" data-test>Send</a>'],
    ['a plain div', '<div data-test>Send</div>'],
    ['an editor with a tabindex', '<div contenteditable="true" tabindex="1" data-test>Send</div>'],
    ['a clickable wrapper around a field', '<div onclick="" data-test><textarea></textarea>Send</div>'],
    ['a long text', `<div role="button" data-test>Send ${'word '.repeat(20)}</div>`],
  ])('%s is not a Send', (_label, markup) => {
    expect(isNamedSend(control(markup), verbs)).toBe(false);
  });

  test('the verbs are a setting: an added name counts, a removed one does not', () => {
    const custom = verbSet(['Transmit to court']);
    expect(isNamedSend(control('<button data-test>Transmit to court</button>'), custom)).toBe(true);
    expect(isNamedSend(control('<button data-test>Send</button>'), custom)).toBe(false);
  });

  test('names are collected from labels, text and tooltips', () => {
    const element = control(
      '<button aria-label="Send" title="Send it" data-tooltip="Send (Ctrl-Enter)" data-test>Go</button>',
    );
    expect(nameCandidates(element)).toEqual(['Send', 'Go', 'Send it', 'Send (Ctrl-Enter)']);
  });
});

describe('controlOf', () => {
  test('a key or press inside an editor that carries a tabindex belongs to no control', () => {
    document.body.innerHTML =
      '<div tabindex="1" contenteditable="true" id="body"><div id="line">Hi</div></div>';
    expect(controlOf(document.getElementById('line') as Element)).toBeNull();
    expect(controlOf(document.getElementById('body') as Element)).toBeNull();
  });

  test('the nearest activatable ancestor otherwise', () => {
    document.body.innerHTML = '<div role="button" id="send"><span id="label">Send</span></div>';
    expect(controlOf(document.getElementById('label') as Element)).toBe(document.getElementById('send'));
  });
});
