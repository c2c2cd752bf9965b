import { describe, expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import {
  FIREFOX_ANDROID_MIN_VERSION,
  FIREFOX_MIN_VERSION,
  GECKO_ID,
  toFirefoxManifest,
} from '../../scripts/firefox-manifest';

describe('toFirefoxManifest', () => {
  const firefox = toFirefoxManifest(manifest);

  test.each(['key', 'storage'])('drops the Chrome-only key "%s"', (key) => {
    expect(key in manifest).toBe(true);
    expect(key in firefox).toBe(false);
  });

  test('runs the background code as event-page scripts, not a service worker', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker] });
  });

  test('declares the add-on id, minimum versions and that no data is collected', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    });
  });

  test.each([
    'manifest_version',
    'version',
    'name',
    'default_locale',
    'permissions',
    'content_scripts',
    'commands',
    'content_security_policy',
    'action',
    'options_ui',
  ] as const)('keeps "%s" as the source has it', (key) => {
    expect(firefox[key]).toEqual(manifest[key]);
  });

  test('leaves the source manifest untouched', () => {
    expect(manifest.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect('browser_specific_settings' in manifest).toBe(false);
  });
});
