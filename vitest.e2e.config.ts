import { defineConfig } from 'vitest/config';
import { testReport } from './tests/test-report';

// End-to-end tests: the built extension in Debian Chromium, pages served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    ...testReport('e2e'),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
