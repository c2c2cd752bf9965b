import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type PluginOption } from 'vite';
import { toFirefoxManifest } from './scripts/firefox-manifest';
import chromeConfig from './vite.config';

/**
 * The Firefox build, derived from the Chrome/Edge build so there is one source of truth: every plugin
 * and crxjs option in vite.config.ts is kept; only the manifest, the crxjs target browser, the output
 * folder and the JS target change.
 */
type CrxOptions = Parameters<typeof crx>[0];

interface CrxOptionsProvider {
  name: string;
  api: { crx: { options: CrxOptions } };
}

// crxjs keeps its options on a provider plugin ("crx:optionsProvider"); every other crx:* plugin reads them.
function isCrxOptionsProvider(plugin: unknown): plugin is CrxOptionsProvider {
  if (typeof plugin !== 'object' || plugin === null || !('name' in plugin) || !('api' in plugin))
    return false;
  const { api } = plugin;
  return (
    plugin.name === 'crx:optionsProvider' &&
    typeof api === 'object' &&
    api !== null &&
    'crx' in api &&
    typeof api.crx === 'object' &&
    api.crx !== null &&
    'options' in api.crx
  );
}

function isCrxPlugin(plugin: unknown): boolean {
  return (
    typeof plugin === 'object' &&
    plugin !== null &&
    'name' in plugin &&
    typeof plugin.name === 'string' &&
    plugin.name.startsWith('crx:')
  );
}

function flatten(plugins: PluginOption[]): PluginOption[] {
  return plugins.flatMap((plugin) => (Array.isArray(plugin) ? flatten(plugin) : [plugin]));
}

function firefoxPlugins(chromePlugins: PluginOption[]): PluginOption[] {
  const flat = flatten(chromePlugins);
  const provider = flat.find(isCrxOptionsProvider);
  if (!provider) throw new Error('vite.config.ts: no crx() plugin to derive the Firefox build from');
  const { manifest, ...options } = provider.api.crx.options;
  if (typeof manifest !== 'object' || manifest instanceof Promise) {
    throw new Error('vite.config.ts: the Firefox build needs crx({ manifest }) to be a manifest object');
  }
  return [
    crx({ ...options, manifest: toFirefoxManifest(manifest), browser: 'firefox' }),
    ...flat.filter((plugin) => !isCrxPlugin(plugin)),
  ];
}

export default defineConfig({
  ...chromeConfig,
  plugins: firefoxPlugins(chromeConfig.plugins ?? []),
  build: { ...chromeConfig.build, outDir: 'dist-firefox', target: 'firefox140' },
});
