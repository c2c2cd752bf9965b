import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

// The extension build (Chrome/Edge). Everything is bundled: no remote code at run time.
export default defineConfig({
  plugins: [crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome111',
    sourcemap: false,
    modulePreload: false,
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
