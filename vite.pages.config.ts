import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// The e2e fixture pages: one page per editor and site shape, each bundled with its real editor.
// Built into tests/e2e/.pages (git-ignored) and served by the e2e harness on 127.0.0.1.
const root = fileURLToPath(new URL('tests/fixtures/pages/', import.meta.url));
const outDir = fileURLToPath(new URL('tests/e2e/.pages/', import.meta.url));
const pages = Object.fromEntries(
  readdirSync(root)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.slice(0, -'.html'.length), `${root}${name}`]),
);

/** Ships TinyMCE's run-time parts (theme, model, icons, skins, loaded from base_url) and stamps the build. */
function finishPagesBuild(): Plugin {
  return {
    name: 'finish-pages-build',
    apply: 'build',
    closeBundle() {
      const source = fileURLToPath(new URL('node_modules/tinymce/', import.meta.url));
      for (const part of ['skins', 'themes', 'models', 'icons']) {
        cpSync(`${source}${part}`, `${outDir}tinymce/${part}`, { recursive: true });
      }
      // The e2e harness rebuilds when the sources are newer than this stamp.
      writeFileSync(`${outDir}.built`, new Date().toISOString());
    },
  };
}

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [finishPagesBuild()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 5000,
    rollupOptions: { input: pages },
  },
});
