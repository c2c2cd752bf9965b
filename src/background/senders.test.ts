import { expect, test } from 'vitest';
import type { Runtime } from '../shared/browser';
import { acceptsMessage, senderKind } from './senders';

const self = {
  id: 'joekbaoeloknlngjhphnnebanpoioohd',
  origin: 'chrome-extension://joekbaoeloknlngjhphnnebanpoioohd/',
};
const tab = { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const popup: Runtime.MessageSender = { id: self.id, url: `${self.origin}src/popup/index.html` };
const optionsInTab: Runtime.MessageSender = {
  id: self.id,
  url: `${self.origin}src/options/index.html`,
  tab,
  frameId: 0,
};
const content: Runtime.MessageSender = { id: self.id, url: 'https://mail.example.org/', tab, frameId: 3 };
const otherExtension: Runtime.MessageSender = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  url: 'https://x.org/',
  tab,
  frameId: 0,
};
const noTab: Runtime.MessageSender = { id: self.id, url: 'https://x.org/' };
const lookalike: Runtime.MessageSender = {
  id: self.id,
  url: 'chrome-extension://joekbaoeloknlngjhphnnebanpoioohdX/',
};

test.each([
  ['popup', popup, 'page'],
  ['options page in a tab', optionsInTab, 'page'],
  ['content script', content, 'content'],
  ['another extension', otherExtension, null],
  ['own id without tab or extension url', noTab, null],
  ['look-alike origin', lookalike, null],
] as const)('%s → %s', (_name, sender, expected) => {
  expect(senderKind(sender, self)).toBe(expected);
});

test.each([
  ['findings/report', content, true],
  ['findings/report', popup, false],
  ['findings/get', popup, true],
  ['findings/get', content, false],
  ['findings/get', otherExtension, false],
  ['allow/request', content, true],
  ['allow/request', popup, false],
  ['allow/request', otherExtension, false],
  ['allow/state', popup, true],
  ['allow/state', content, false],
  ['allow/confirm', popup, true],
  ['allow/confirm', optionsInTab, true],
  ['allow/confirm', content, false],
  ['allow/confirm', otherExtension, false],
  ['allow/dismiss', content, false],
  ['allow/undo', content, false],
  ['allow/undo', popup, true],
  ['no/such-message', popup, true],
  ['no/such-message', otherExtension, false],
] as const)('%s from %o → %s', (type, sender, expected) => {
  expect(acceptsMessage(sender, type, self)).toBe(expected);
});
