import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian Chromium, pages served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // CI sets TEST_REPORT_DIR to total unit and e2e counts from vitest's JSON reports.
    ...(process.env.TEST_REPORT_DIR
      ? { reporters: ['default', 'json'], outputFile: { json: `${process.env.TEST_REPORT_DIR}/e2e.json` } }
      : {}),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
