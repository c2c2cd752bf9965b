/**
 * The content script's lazily loaded parts, as data shared by the build, the service worker and the frames.
 *
 * No part is web-accessible. A frame asks the service worker for a part and the worker injects that part's
 * file into the asking frame alone (`scripting.executeScript`), so no extension file answers a page at a fixed
 * URL: a page cannot fetch one to tell a LEAD case manager's browser from any other. Each part is built as one
 * classic script (scripts/vite-plugin-content-parts.ts) that leaves its exports in a global of the content
 * scripts' isolated world, which the page's own scripts cannot see.
 */
export const CONTENT_PARTS = {
  /** Fields, underlines, cards and the Send guard: loaded on the first use of a field. */
  guard: {
    source: 'src/content/guard/main.ts',
    output: 'src/content/guard.js',
    global: 'LeadGuardPartGuard',
  },
  /** Document readers (docx, pdf) and the attachment check: loaded when a readable file is chosen. */
  documents: {
    source: 'src/content/documents/watch.ts',
    output: 'src/content/documents.js',
    global: 'LeadGuardPartDocuments',
  },
} as const;

export type ContentPart = keyof typeof CONTENT_PARTS;

export function isContentPart(value: unknown): value is ContentPart {
  return typeof value === 'string' && Object.hasOwn(CONTENT_PARTS, value);
}
