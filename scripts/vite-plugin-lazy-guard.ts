/**
 * Emits the content script's guard as its own ES module at a fixed path and makes it (and every chunk it
 * imports) web-accessible, so the IIFE bootstrap can `import()` it by URL on first use. crxjs builds the
 * bootstrap as a self-contained IIFE (listeners in place at document_start), which cannot code-split.
 */
import type { Plugin } from 'vite';
import { GUARD_OUTPUT, GUARD_SOURCE } from '../src/content/guard-chunk';

interface ChunkLike {
  type: 'chunk' | 'asset';
  imports?: string[];
  dynamicImports?: string[];
}
interface WebAccessibleResource {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}
interface ManifestLike {
  web_accessible_resources?: WebAccessibleResource[];
}

function reachableChunks(entry: string, bundle: Record<string, ChunkLike>): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string): void => {
    const chunk = bundle[fileName];
    if (seen.has(fileName) || !chunk || chunk.type !== 'chunk') return;
    seen.add(fileName);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(entry);
  return [...seen];
}

export function lazyGuardPlugin(): Plugin {
  return {
    name: 'lead-guard:lazy-guard',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: GUARD_SOURCE, fileName: GUARD_OUTPUT, preserveSignature: 'strict' });
    },
    // Hook called by crxjs with the manifest it is about to write.
    renderCrxManifest(manifest: ManifestLike, bundle: Record<string, ChunkLike>): ManifestLike {
      const resources = reachableChunks(GUARD_OUTPUT, bundle);
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        { resources, matches: ['http://*/*', 'https://*/*'], use_dynamic_url: false },
      ];
      return manifest;
    },
  } as Plugin;
}
