import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { lazyGuardPlugin } from './scripts/vite-plugin-lazy-guard';

// The extension build (Chrome/Edge). Everything is bundled: no remote code at run time.
export default defineConfig({
  plugins: [
    // The bootstrap is a self-contained IIFE so its listeners exist at document_start (no async loader).
    crx({ manifest, contentScripts: { standaloneFiles: ['src/content/bootstrap.ts'] } }),
    lazyGuardPlugin(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome111',
    sourcemap: false,
    modulePreload: false,
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
