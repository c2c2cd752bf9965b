import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import { SETTING_KEYS } from '../../src/shared/settings';
import { axeViolations, openOptions } from './extension-pages';
import { sharedHarness } from './harness';

describe('options page', () => {
  const harness = sharedHarness();
  let options: Page;
  beforeEach(async () => {
    await harness().serviceWorker.evaluate(() => chrome.storage.local.clear());
    await options?.close();
    options = await openOptions(harness());
  });

  const stored = () =>
    harness().serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings ?? null,
    );
  const notice = () => options.locator('#notice');

  test('every setting has a labelled control; the page passes axe', async () => {
    for (const key of SETTING_KEYS) {
      const label = en[`setting_${key}` as keyof typeof en].message;
      await expect
        .poll(() => options.locator(`[data-setting=${key}]`).locator('label, legend').first().textContent())
        .toBe(label);
    }
    expect(await axeViolations(options)).toEqual([]);
  });

  test('an invalid value is explained next to the field and not saved; a valid one is saved', async () => {
    const domains = options.getByLabel('Always review mail to these domains');
    await domains.fill('courts.wa.gov\ncourts gov');
    await domains.blur();
    const problems = options.locator('[data-setting=reviewDomains] .problems li');
    await expect
      .poll(() => problems.allTextContents())
      .toEqual(['“courts gov” is not a site or domain. Use a name such as courts.wa.gov or *.courts.*']);
    expect(await domains.getAttribute('aria-invalid')).toBe('true');
    expect(await notice().textContent()).toBe('Not saved: Always review mail to these domains');
    expect(await stored()).toBeNull();
    await domains.fill('courts.wa.gov\n@Probation.Example.org');
    await domains.blur();
    await expect.poll(stored).toMatchObject({ reviewDomains: ['courts.wa.gov', 'probation.example.org'] });
    expect(await problems.count()).toBe(0);
    expect(await notice().textContent()).toBe('Saved.');
  });

  test('wording longer than 300 characters is refused with the limit', async () => {
    const wording = options.getByLabel('Approved wording');
    await wording.fill('x'.repeat(301));
    await wording.blur();
    await expect
      .poll(() => options.locator('[data-setting=wording] .problems').textContent())
      .toBe('Too long: 301 characters. The limit is 300.');
    expect(await stored()).toBeNull();
  });

  test('level and switches save on change', async () => {
    await options.getByLabel('Level').selectOption('strict');
    await options.getByRole('switch', { name: 'Review every message at Send' }).uncheck();
    await expect.poll(stored).toMatchObject({ level: 'strict', reviewAll: false });
  });

  test('templates: an empty one is explained, a complete one is saved', async () => {
    await options.getByRole('button', { name: 'Add a template' }).click();
    const title = options.getByLabel('Title');
    await expect.poll(() => title.evaluate((node) => node === document.activeElement)).toBe(true);
    await title.fill('Progress report');
    await title.blur();
    await expect
      .poll(() => options.locator('[data-setting=templates] .problems').textContent())
      .toBe('Template 1 needs a text.');
    await options.getByLabel('Text').fill('Engagement: {{initials}} attended.');
    await options.getByLabel('Text').blur();
    await expect.poll(stored).toMatchObject({
      templates: [{ title: 'Progress report', body: 'Engagement: {{initials}} attended.' }],
    });
  });

  async function importText(text: string): Promise<void> {
    await options.locator('#import-file').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }

  test.each([
    ['not JSON', '{ level: strict', 'Nothing was imported. The file is not valid JSON.'],
    ['not settings', '[1, 2]', 'Nothing was imported. The file does not hold LEAD Guard settings.'],
    [
      'one invalid value',
      JSON.stringify({ level: 'strict', wording: '' }),
      'Nothing was imported. Approved wording: This cannot be empty.',
    ],
  ])('a bad import (%s) says why and changes nothing', async (_name, text, message) => {
    await importText(text);
    await expect.poll(() => notice().textContent()).toBe(message);
    expect(await stored()).toBeNull();
    expect(await options.getByLabel('Level').inputValue()).toBe('standard');
  });

  test('export then import restores the settings', async () => {
    await options.getByLabel('Phrases to flag').fill('bench warrant');
    await options.getByLabel('Phrases to flag').blur();
    await expect.poll(stored).toMatchObject({ extraPhrases: ['bench warrant'] });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    const exported = Buffer.concat(chunks).toString('utf8');
    expect(JSON.parse(exported)).toMatchObject({
      format: 'lead-guard-settings',
      settings: { extraPhrases: ['bench warrant'] },
    });

    await harness().serviceWorker.evaluate(() => chrome.storage.local.clear());
    await expect.poll(() => options.getByLabel('Phrases to flag').inputValue()).toBe('');
    await importText(exported);
    await expect.poll(() => notice().textContent()).toBe('Settings imported.');
    await expect.poll(() => options.getByLabel('Phrases to flag').inputValue()).toBe('bench warrant');
  });
});
