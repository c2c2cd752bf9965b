import { defineConfig } from 'vitest/config';
import { testReport } from './tests/test-report';

// Unit and property tests: pure code, Node environment, no browser.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    ...testReport('unit'),
  },
});
