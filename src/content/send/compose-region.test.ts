// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { defaults } from '../../shared/settings';
import { composeRegionOf, sendControlNear } from './compose-region';
import { isNamedSend, verbSet } from './send-name';

const verbs = verbSet(defaults.sendVerbs);
const isSend = (control: Element) => isNamedSend(control, verbs);

afterEach(() => {
  document.body.replaceChildren();
});

function page(markup: string): void {
  document.body.innerHTML = markup;
}

/** A srcdoc editor frame (happy-dom loads srcdoc, not about:blank), as TinyMCE's iframe body. */
async function editorFrame(id: string): Promise<HTMLElement> {
  const frame = byId(id);
  if (!(frame instanceof HTMLIFrameElement)) throw new Error(`#${id} is no frame`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<body contenteditable="true"><p>Hello</p></body>';
  await loaded;
  const body = frame.contentDocument?.body;
  if (!body) throw new Error('no frame document');
  // happy-dom leaves `frameElement` out; Chromium gives it to same-origin frames.
  Object.defineProperty(frame.contentWindow, 'frameElement', { value: frame });
  return body;
}

function byId(id: string): Element {
  const element = document.getElementById(id);
  if (!element) throw new Error(`markup lacks #${id}`);
  return element;
}

describe('the compose region of a Send control', () => {
  test('the nearest container that also holds a field', () => {
    page(`<main><div id="compose"><div class="bar"><button id="send">Send</button></div>
      <div contenteditable="true" id="body"></div></div><textarea id="other"></textarea></main>`);
    expect(composeRegionOf(byId('send'))).toBe(byId('compose'));
  });

  test('a form, including a button outside it that names it with form=', () => {
    page(`<form id="filing"><textarea></textarea></form><div><div><div><div><div><div><div><div><div>
      <button id="outside" form="filing">Submit</button></div></div></div></div></div></div></div></div></div>`);
    expect(composeRegionOf(byId('outside'))).toBe(byId('filing'));
  });

  test('a dialog whose field is further away than the step limit', () => {
    const deep = '<div>'.repeat(10);
    const shut = '</div>'.repeat(10);
    page(
      `<div role="dialog" id="dialog"><textarea></textarea>${deep}<button id="send">Send</button>${shut}</div>`,
    );
    expect(composeRegionOf(byId('send'))).toBe(byId('dialog'));
  });

  test('a script Submit outside any form, beside the portal fields', () => {
    page(`<div id="portal"><label>Comments <textarea></textarea></label>
      <div class="actions"><span role="button" tabindex="0" id="submit">Submit filing</span></div></div>`);
    expect(composeRegionOf(byId('submit'))).toBe(byId('portal'));
  });

  test('a frame holding an editable body counts as a field of the region around it', async () => {
    page(
      `<div id="wrap"><div class="editor"><iframe id="frame"></iframe></div><button id="send">Send</button></div>`,
    );
    await editorFrame('frame');
    expect(composeRegionOf(byId('send'))).toBe(byId('wrap'));
  });

  test.each([
    [
      'a section',
      '<section id="compose"><div><textarea></textarea></div><footer><button id="send">Send</button></footer></section>',
    ],
    [
      'a dialog',
      '<div role="dialog" id="compose"><header><button id="send">Send</button></header><textarea></textarea></div>',
    ],
  ])("a compose's own footer or header bar in %s sends that compose", (_label, markup) => {
    page(markup);
    expect(composeRegionOf(byId('send'))).toBe(byId('compose'));
  });

  test("an editor frame's compose with Send in the compose's footer (Proton)", async () => {
    page(`<section id="compose"><div class="editor"><iframe id="frame"></iframe></div>
      <footer class="actions"><button id="send">Send</button></footer></section>`);
    await editorFrame('frame');
    expect(composeRegionOf(byId('send'))).toBe(byId('compose'));
  });

  test.each([
    ['a footer', '<main><textarea></textarea></main><footer><button id="send">Send</button></footer>'],
    [
      "a page's footer after a section",
      '<section><textarea></textarea></section><footer><button id="send">Send</button></footer>',
    ],
    [
      'a footer with the contentinfo role inside main',
      '<main><div><textarea></textarea></div><footer role="contentinfo"><button id="send">Send</button></footer></main>',
    ],
    ['a navigation bar', '<nav><a role="button" id="send">Post</a></nav><main><textarea></textarea></main>'],
    ['a dialog of its own', '<textarea></textarea><div role="dialog"><button id="send">Send</button></div>'],
    [
      'a container further away than the step limit',
      `<textarea></textarea>${'<div>'.repeat(9)}<button id="send">Send</button>${'</div>'.repeat(9)}`,
    ],
    ['a page without fields', '<div><button id="send">Send</button></div>'],
    [
      'a page with only a search box',
      '<div role="search"><input type="text"><button id="send">Submit</button></div>',
    ],
  ])('none in %s', (_label, markup) => {
    page(markup);
    expect(composeRegionOf(byId('send'))).toBeNull();
  });
});

describe('the Send control for a field (Ctrl+Enter)', () => {
  test('the named control of its compose, not one elsewhere on the page', () => {
    page(`<div><div contenteditable="true" id="body"></div><button>Reply</button><button id="send">Send</button></div>
      <footer><button>Send</button></footer>`);
    expect(sendControlNear(byId('body'), isSend)).toBe(byId('send'));
  });

  test('none when the compose has no Send', () => {
    page('<div><div contenteditable="true" id="body"></div><button>Save draft</button></div>');
    expect(sendControlNear(byId('body'), isSend)).toBeNull();
  });

  test('from inside an editor frame to the Send in the parent page', async () => {
    page('<div><div><iframe id="frame"></iframe></div><button id="send">Send</button></div>');
    const body = await editorFrame('frame');
    expect(sendControlNear(body, isSend)).toBe(byId('send'));
  });
});
