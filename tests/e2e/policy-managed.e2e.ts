/**
 * Organization policy through Chromium's managed policies on Linux: a policy file for the extension's
 * id in /etc/chromium/policies/managed sets the approved wording and the level. Requires root (CI is).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openOptions, openPopup, tabIdOf } from './extension-pages';
import {
  clickAction,
  expectFlagged,
  type Harness,
  launch,
  modelText,
  openCard,
  openFixture,
  typeInto,
} from './harness';

const EXTENSION_ID = 'joekbaoeloknlngjhphnnebanpoioohd';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/lead-guard-test.json`;
const POLICY_WORDING = 'Nothing to report per agency policy.';

const policy = {
  '3rdparty': {
    extensions: {
      [EXTENSION_ID]: {
        wording: POLICY_WORDING,
        level: 'strict',
        pausedSites: ['intranet.example.org'],
        // Passes the browser's type check but not LEAD Guard's: ignored, with a note.
        reviewDomains: ['not a domain!'],
      },
    },
  },
};

describe('organization policy', () => {
  let harness: Harness | undefined;
  beforeAll(async () => {
    await mkdir(POLICY_DIR, { recursive: true });
    await writeFile(POLICY_FILE, JSON.stringify(policy));
    harness = await launch();
  });
  afterAll(async () => {
    try {
      await harness?.close();
    } finally {
      await rm(POLICY_FILE, { force: true });
    }
  });

  const started = (): Harness => {
    if (!harness) throw new Error('browser did not start');
    return harness;
  };

  test('the extension id is the one policies are written for', () => {
    expect(started().extensionId).toBe(EXTENSION_ID);
  });

  test('the browser hands the policy to the extension through storage.managed', async () => {
    const managed = await started().serviceWorker.evaluate(() => chrome.storage.managed.get());
    expect(managed).toMatchObject({ wording: POLICY_WORDING, level: 'strict' });
  });

  test('options show the policy values locked and note the ignored one', async () => {
    const options = await openOptions(started());
    const wording = options.locator('#setting-wording-input');
    await expect.poll(() => wording.inputValue()).toBe(POLICY_WORDING);
    expect(await wording.isDisabled()).toBe(true);
    expect(await options.locator('[data-setting=wording] .locked').textContent()).toBe(
      'Set by your organization',
    );
    expect(await options.locator('#setting-level-input').inputValue()).toBe('strict');
    expect(await options.locator('#setting-level-input').isDisabled()).toBe(true);
    expect(await options.locator('#setting-extraPhrases-input').isDisabled()).toBe(false);
    const notes = await options.locator('.policy .problems li').allTextContents();
    expect(notes).toEqual([
      "Your organization's value for “Always review mail to these domains” was ignored: “not a domain!” is not a site or domain. Use a name such as courts.wa.gov or *.courts.*",
    ]);
    expect(await options.locator('#setting-reviewDomains-input').isDisabled()).toBe(false);
    await options.close();
  });

  test('the popup shows the pause switch locked', async () => {
    const page = await openFixture(started(), 'textarea');
    const popup = await openPopup(started(), await tabIdOf(started(), page));
    const pause = popup.getByRole('switch', { name: /Pause LEAD Guard on/ });
    await expect.poll(() => pause.isDisabled()).toBe(true);
    expect(await popup.locator('#pause-locked').textContent()).toBe('Set by your organization');
    await Promise.all([popup.close(), page.close()]);
  });

  test('Replace uses the wording from the policy', async () => {
    const page = await openFixture(started(), 'textarea');
    const flagged = 'He told me he used meth on Friday.';
    await typeInto(page.locator('#note'), `We met on Monday. ${flagged}`);
    await expectFlagged(page, [flagged]);
    await clickAction(await openCard(page, flagged), 'replace');
    await expect.poll(() => modelText(page)).toBe(`We met on Monday. ${POLICY_WORDING}`);
    await page.close();
  });
});
