import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { contentPartsPlugin } from './scripts/vite-plugin-content-parts';

// The extension build (Chrome/Edge). Everything is bundled: no remote code at run time.
export default defineConfig({
  plugins: [
    // The bootstrap is a self-contained IIFE so its listeners exist at document_start (no async loader).
    crx({ manifest, contentScripts: { standaloneFiles: ['src/content/bootstrap.ts'] } }),
    contentPartsPlugin(),
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
