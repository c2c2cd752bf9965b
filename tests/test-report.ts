/**
 * With TEST_REPORT_DIR set (as .ci/run does), vitest also writes a JSON report there, so CI can print one
 * total over unit and e2e runs. Without it, only the default console reporter runs.
 */
export function testReport(name: string): { reporters?: string[]; outputFile?: Record<string, string> } {
  const dir = process.env.TEST_REPORT_DIR;
  return dir ? { reporters: ['default', 'json'], outputFile: { json: `${dir}/${name}.json` } } : {};
}
