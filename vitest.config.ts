import { defineConfig } from 'vitest/config';

// Unit and property tests: pure code, Node environment, no browser.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
