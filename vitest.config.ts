import { defineConfig } from 'vitest/config';

// Unit and property tests: pure code, Node environment, no browser.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // A time limit is a safety net, never a verdict: a loaded CI machine runs the corpus and property suites
    // several times slower than an idle one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // CI sets TEST_REPORT_DIR to total unit and e2e counts from vitest's JSON reports.
    ...(process.env.TEST_REPORT_DIR
      ? { reporters: ['default', 'json'], outputFile: { json: `${process.env.TEST_REPORT_DIR}/unit.json` } }
      : {}),
  },
});
