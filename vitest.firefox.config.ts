import { defineConfig } from 'vitest/config';

// Firefox: the manifest transform and packaging (unit), and the Firefox build in Debian's firefox-esr (e2e).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts', 'tests/firefox/**/*.e2e.ts'],
    environment: 'node',
    // CI sets TEST_REPORT_DIR to total every suite's counts from vitest's JSON reports.
    ...(process.env.TEST_REPORT_DIR
      ? {
          reporters: ['default', 'json'],
          outputFile: { json: `${process.env.TEST_REPORT_DIR}/firefox.json` },
        }
      : {}),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
