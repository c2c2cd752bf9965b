/**
 * How a test writes and sends on each site shape LEAD Guard has no adapter for: Send is found by its
 * name and its compose region. Writing goes through real input (select all, insertText), so each
 * editor's own model holds the text and the guard sees it as a writer's.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';

export interface AnywhereDriver {
  name: string;
  /** Replaces the field's text through real input events. */
  write(page: Page, text: string): Promise<void>;
  /** Presses Send with the mouse. */
  clickSend(page: Page): Promise<void>;
  /** Sends from the keyboard: the page's shortcut in the field, or Enter on the focused control. */
  keySend(page: Page): Promise<void>;
  /** What `keySend` does, for test names. */
  keyLabel: string;
}

async function retype(field: Locator, page: Page, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.insertText(text);
}

const click = (selector: string) => (page: Page) => page.locator(selector).click();

function shortcutIn(field: (page: Page) => Locator) {
  return async (page: Page) => {
    await field(page).focus();
    await page.keyboard.press('ControlOrMeta+Enter');
  };
}

function enterOn(selector: string) {
  return async (page: Page) => {
    await page.locator(selector).focus();
    await page.keyboard.press('Enter');
  };
}

const tinyBody = (page: Page): Locator => tinyFrame(page).locator('body');
const tinyFrame = (page: Page): FrameLocator => page.frameLocator('iframe.tox-edit-area__iframe');
const ckBody = (page: Page): Locator => page.frameLocator('#editor-frame').locator('body');
const protonBody = (page: Page): Locator => page.frameLocator('#body-frame').locator('body');

export const anywhereDrivers: AnywhereDriver[] = [
  {
    name: 'send-webmail',
    write: (page, text) => retype(page.locator('#body'), page, text),
    clickSend: click('#send'),
    keySend: shortcutIn((page) => page.locator('#body')),
    keyLabel: 'Ctrl+Enter in the RoosterJS body',
  },
  {
    name: 'send-lexical',
    write: (page, text) => retype(page.locator('#editor'), page, text),
    clickSend: click('#send'),
    keySend: shortcutIn((page) => page.locator('#editor')),
    keyLabel: 'Ctrl+Enter in the Lexical box',
  },
  {
    name: 'send-tiptap',
    write: (page, text) => retype(page.locator('#editor .ProseMirror'), page, text),
    clickSend: click('#send'),
    keySend: shortcutIn((page) => page.locator('#editor .ProseMirror')),
    keyLabel: "Ctrl+Enter in Tiptap's keymap",
  },
  {
    name: 'send-ckeditor',
    write: (page, text) => retype(ckBody(page), page, text),
    clickSend: click('#send'),
    keySend: shortcutIn(ckBody),
    keyLabel: "Ctrl+Enter in CKEditor 5's frame",
  },
  {
    name: 'send-proton',
    write: (page, text) => retype(protonBody(page), page, text),
    clickSend: click('#send'),
    keySend: shortcutIn(protonBody),
    keyLabel: 'Ctrl+Enter in the sandboxed about:blank body',
  },
  {
    name: 'send-tinymce',
    write: (page, text) => retype(tinyBody(page), page, text),
    clickSend: click('#send'),
    keySend: shortcutIn(tinyBody),
    keyLabel: "Ctrl+Enter in TinyMCE's iframe",
  },
  {
    name: 'send-icon',
    write: (page, text) => page.locator('#message').fill(text),
    clickSend: click('#send'),
    keySend: shortcutIn((page) => page.locator('#message')),
    keyLabel: 'Ctrl+Enter in the textarea',
  },
  {
    name: 'send-link',
    write: (page, text) => retype(page.locator('#note'), page, text),
    clickSend: click('#send'),
    keySend: enterOn('#send'),
    keyLabel: 'Enter on the focused link',
  },
  {
    name: 'send-portal',
    write: (page, text) => page.locator('#comments').fill(text),
    clickSend: click('#submit'),
    keySend: enterOn('#submit'),
    keyLabel: 'Enter on the focused Submit',
  },
  {
    name: 'send-feedback',
    write: (page, text) => page.locator('#message').fill(text),
    clickSend: click('#send'),
    keySend: enterOn('#send'),
    keyLabel: 'Enter on the focused Send',
  },
];
