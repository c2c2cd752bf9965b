/**
 * Turns the one source manifest (written for Chrome and Edge) into the Firefox manifest. Pure, so
 * the Firefox build and its tests share exactly the same rules.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';

/** A manifest object as crxjs takes it (not the promise or function forms). */
export type Manifest = Exclude<ManifestV3Export, PromiseLike<unknown> | ((...args: never[]) => unknown)>;

/** Stable add-on id: AMO signs and updates the add-on under it, and Firefox policies refer to it. */
export const GECKO_ID = 'lead-guard@lead-guard.org';

/**
 * Firefox 140 is the first release with the CSS Custom Highlight API (the underlines) and with the
 * built-in data collection consent (`data_collection_permissions`); it is also an ESR line.
 */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android learned `data_collection_permissions` in 142. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

interface FirefoxSettings {
  gecko: {
    id: string;
    strict_min_version: string;
    data_collection_permissions: { required: ['none'] };
  };
  gecko_android: { strict_min_version: string };
}

const firefoxSettings: FirefoxSettings = {
  gecko: {
    id: GECKO_ID,
    strict_min_version: FIREFOX_MIN_VERSION,
    // Nothing leaves the device: no telemetry, no network requests.
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
};

export function toFirefoxManifest(manifest: Manifest): Manifest {
  // `key` pins the Chrome extension id; Firefox takes its id from `gecko.id` instead.
  // `storage.managed_schema` is Chrome's policy schema; Firefox reads managed storage from
  // policies.json ("3rdparty" > "Extensions" > id) and has no such key.
  const { key: _key, storage: _storage, background, ...shared } = manifest;
  return {
    ...shared,
    // Firefox runs MV3 background code as an event page (`scripts`), not as a service worker.
    ...(background && {
      background: 'service_worker' in background ? { scripts: [background.service_worker] } : background,
    }),
    browser_specific_settings: firefoxSettings,
  };
}
