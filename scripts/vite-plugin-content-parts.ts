/**
 * Builds each lazily loaded part of the content script (src/content/parts.ts) as one self-contained classic
 * script in the extension's output folder, after the main build has written it. The service worker injects a
 * part with `scripting.executeScript`, which runs classic scripts only; the part's exports land in a global of
 * the isolated world (`lib.name`). Nothing is made web-accessible. The Firefox build keeps this plugin, so both
 * browsers get the same parts with their own JS target.
 */
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { CONTENT_PARTS } from '../src/content/parts';

export function contentPartsPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'lead-guard:content-parts',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config) throw new Error('lead-guard:content-parts: the build has no resolved config.');
      for (const part of Object.values(CONTENT_PARTS)) {
        await build({
          configFile: false,
          root: config.root,
          publicDir: false,
          logLevel: 'warn',
          define: {
            // Library builds leave `process.env.NODE_ENV` alone; the extension's main build replaces it.
            'process.env.NODE_ENV': JSON.stringify('production'),
            // A classic script has no module URL. pdfjs reads it only to start a worker from its own file or
            // under Node; the documents part runs pdfjs's parser in the page's thread instead (documents/pdf.ts).
            'import.meta.url': 'undefined',
          },
          build: {
            outDir: config.build.outDir,
            emptyOutDir: false,
            target: config.build.target,
            sourcemap: false,
            copyPublicDir: false,
            lib: { entry: part.source, formats: ['iife'], name: part.global, fileName: () => part.output },
          },
        });
      }
    },
  };
}
