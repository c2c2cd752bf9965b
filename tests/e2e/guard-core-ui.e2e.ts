/**
 * The guard's own UI beyond the per-editor suite: keyboard navigation between flags, a card that keeps Send
 * clear and closes with Escape from the field, Ignore once, Always allow
 * (saved to settings), Replace all from the badge's list in one undo step, text pasted with ligatures underlined
 * as written, rich fields in open shadow roots and in iframes an editor writes with document.write, and no change
 * to the page's DOM while drawing.
 */
import { describe, expect, test } from 'vitest';
import { UI } from '../../src/content/contracts';
import { openPopup, tabIdOf } from './extension-pages';
import {
  APPROVED_WORDING,
  clickAction,
  expectFlagged,
  expectModelText,
  flaggedTexts,
  focusedUiAttribute,
  modelText,
  openCard,
  openFixture,
  sharedHarness,
  typeInto,
  ui,
  uiLocator,
} from './harness';

const CLEAN = 'We met on Monday.';
const FLAGGED = 'He told me he used meth on Friday.';
const SECOND = 'He was arrested for shoplifting last week.';

describe('guard UI', () => {
  const harness = sharedHarness();
  const storedAllowList = async (): Promise<unknown> => {
    const stored = await harness().serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    const settings: unknown = Reflect.get(stored, 'settings');
    return settings === undefined ? [] : (Reflect.get(Object(settings), 'allowPhrases') ?? []);
  };

  test('Alt+Shift+N opens the next flag with focus on Replace; Escape returns focus to the field', async () => {
    const page = await openFixture(harness(), 'contenteditable');
    await typeInto(page.locator('#note'), `${CLEAN} ${FLAGGED}`);
    await expectFlagged(page, [FLAGGED]);
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+Shift+N');
    const card = await uiLocator(page, `[role=dialog][${UI.cardAttr}]`);
    await expect.poll(() => card.locator(`[${UI.reasonAttr}]`).textContent()).toMatch(/\S/);
    await expect.poll(() => focusedUiAttribute(page, UI.actionAttr)).toBe('replace');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note');
    await page.close();
  });

  test('a card never covers the Send control under the field, and Escape in the field closes it', async () => {
    const page = await openFixture(harness(), 'send-link');
    await typeInto(page.locator('#note'), FLAGGED);
    await expectFlagged(page, [FLAGGED]);
    const card = await openCard(page, FLAGGED);
    await expect.poll(() => card.isVisible()).toBe(true);
    // What a click on Send's middle would hit: the link itself, not the guard's layer over it.
    const hitAtSend = () =>
      page.evaluate(() => {
        const send = document.querySelector('#send');
        const box = send?.getBoundingClientRect();
        return box ? document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.id : null;
      });
    expect(await hitAtSend()).toBe('send');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await modelText(page)).toBe(FLAGGED);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    await page.close();
  });

  test('Ignore once removes the flag and hides the badge', async () => {
    const page = await openFixture(harness(), 'textarea');
    await typeInto(page.locator('#note'), `${CLEAN} ${FLAGGED}`);
    await expectFlagged(page, [FLAGGED]);
    await clickAction(await openCard(page, FLAGGED), 'ignore');
    await expectFlagged(page, []);
    await expect.poll(() => ui(page, `[${UI.badgeAttr}]`).getAttribute('hidden')).toBe('');
    expect(await modelText(page)).toBe(`${CLEAN} ${FLAGGED}`);
    await page.close();
  });

  test('Always allow only asks; the phrase reaches the allow-list when the writer confirms it in the popup, with an undo', async () => {
    const page = await openFixture(harness(), 'textarea');
    await typeInto(page.locator('#note'), `${CLEAN} ${FLAGGED}`);
    await expectFlagged(page, [FLAGGED]);
    const card = await openCard(page, FLAGGED);
    const label = (await card.locator(`[${UI.actionAttr}="allow"]`).textContent()) ?? '';
    const phrase = /“(.+)”/.exec(label)?.[1] ?? '';
    expect(phrase).not.toBe('');
    await clickAction(card, 'allow');
    // Not flagged here any more (the writer decided), but nothing is written until the popup confirms.
    await expectFlagged(page, []);
    expect(await storedAllowList()).toEqual([]);

    const popup = await openPopup(harness(), await tabIdOf(harness(), page));
    const confirm = popup.locator(`[data-action=allow-confirm][data-phrase="${phrase}"]`);
    expect(await confirm.textContent()).toContain(phrase);
    await confirm.click();
    await expect.poll(storedAllowList).toEqual([phrase]);
    await popup.locator(`[data-action=allow-undo][data-phrase="${phrase}"]`).click();
    await expect.poll(storedAllowList).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('Replace all from the badge list rewrites every flag in one undo step', async () => {
    const page = await openFixture(harness(), 'textarea');
    const original = `${CLEAN} ${FLAGGED}\n\nShe is doing well. ${SECOND}`;
    await typeInto(page.locator('#note'), original);
    await expectFlagged(page, [FLAGGED, SECOND]);
    await (await uiLocator(page, `[${UI.badgeAttr}]`)).click();
    const list = await uiLocator(page, '[role=dialog][data-lg-list]');
    await clickAction(list, 'replace-all');
    await expectModelText(
      page,
      (text) => text === `${CLEAN} ${APPROVED_WORDING}\n\nShe is doing well. ${APPROVED_WORDING}`,
      'both passages replaced',
    );
    await expectFlagged(page, []);
    await page.keyboard.press('Control+z');
    await expectModelText(page, (text) => text === original, 'one Ctrl+Z restores both');
    await page.close();
  });

  test('a sentence pasted from a PDF, with ligatures and a soft hyphen, is underlined exactly as written', async () => {
    const pasted = 'He ﬂed from the oﬃcers on Tues\u00ADday.';
    const page = await openFixture(harness(), 'contenteditable');
    await page.locator('#note').click();
    await page.keyboard.insertText(`${CLEAN} ${pasted}`);
    await expectFlagged(page, [pasted]);
    await page.close();
  });

  test('a contenteditable in an open shadow root is underlined from its own stylesheet', async () => {
    const page = await openFixture(harness(), 'blank');
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'host';
      document.body.append(host);
      const editor = document.createElement('div');
      editor.id = 'editor';
      editor.contentEditable = 'true';
      editor.style.minHeight = '40px';
      host.attachShadow({ mode: 'open' }).append(editor);
    });
    await typeInto(page.locator('#host #editor'), `${CLEAN} ${FLAGGED}`);
    await expectFlagged(page, [FLAGGED]);
    expect(
      await page.evaluate(() => document.querySelector('#host')?.shadowRoot?.adoptedStyleSheets.length),
    ).toBe(1);
    await page.close();
  });

  test('an editor iframe written with document.write is guarded', async () => {
    const page = await openFixture(harness(), 'blank');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.id = 'written';
      document.body.append(frame);
      const doc = frame.contentDocument;
      doc?.open();
      doc?.write('<!doctype html><html><body contenteditable="true" style="min-height:60px"></body></html>');
      doc?.close();
    });
    const box = await page.locator('#written').boundingBox();
    if (!box) throw new Error('iframe not laid out');
    await page.mouse.click(box.x + 20, box.y + 20);
    await page.keyboard.type(`${CLEAN} ${FLAGGED}`);
    await expectFlagged(page, [FLAGGED]);
    await page.close();
  });

  test('drawing never changes the page DOM outside the extension host', async () => {
    const page = await openFixture(harness(), 'textarea');
    await page.evaluate((hostTag) => {
      const foreign: string[] = [];
      Object.assign(window, { __foreignMutations: foreign });
      new MutationObserver((records) => {
        for (const record of records) {
          const added = [...record.addedNodes].every((node) => node.nodeName.toLowerCase() === hostTag);
          if (!(record.type === 'childList' && record.target === document.documentElement && added))
            foreign.push(`${record.type} ${record.target.nodeName}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    }, UI.hostTag);
    await typeInto(page.locator('#note'), `${CLEAN} ${FLAGGED}`);
    await expectFlagged(page, [FLAGGED]);
    expect(await flaggedTexts(page)).toEqual([FLAGGED]);
    expect(await page.evaluate(() => Reflect.get(window, '__foreignMutations'))).toEqual([]);
    await page.close();
  });
});
