import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The command-line scanner: one self-contained ES module for Node, engine included.
export default defineConfig({
  // The extension's public assets (icons, locales) have no place in the CLI bundle.
  publicDir: false,
  build: {
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: 'src/cli/main.ts',
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: 'lead-guard.mjs' },
    },
  },
  ssr: { noExternal: true },
});
