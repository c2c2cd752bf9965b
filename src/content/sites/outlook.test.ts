// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { adapterFor } from './index';

afterEach(() => {
  document.body.replaceChildren();
});

const at = (href: string) => new URL(href) as unknown as Location;

test.each([
  ['Outlook on the web', 'https://outlook.office.com/mail/', ''],
  ['on-premises Exchange under /owa/', 'https://mail.agency.org/owa/#path=/mail', ''],
  [
    'an Outlook compose on any host',
    'https://webmail.example.org/',
    '<button aria-label="Send">Send</button><div role="textbox" aria-label="Message body"></div>',
  ],
  ['RoosterJS reply markers on any host', 'https://mail.example.org/', '<div id="appendonsend"></div>'],
])('%s is Outlook', (_label, href, markup) => {
  document.body.innerHTML = markup;
  expect(adapterFor(at(href), document).name).toBe('outlook');
});

test('a page with a Send button and a plain editor is not Outlook', () => {
  document.body.innerHTML = '<button>Send</button><div role="textbox" aria-label="Comment"></div>';
  expect(adapterFor(at('https://example.org/owner/repo'), document).name).toBe('generic');
});
