/**
 * Where the lazily loaded guard lands in the built extension. Shared by the bootstrap (which imports
 * it by URL) and the build plugin (which emits it there and makes it web-accessible).
 */
export const GUARD_SOURCE = 'src/content/guard/main.ts';
export const GUARD_OUTPUT = 'src/content/guard.js';
