import { expect, test } from 'vitest';
import { isExplained, type LintMessage, lintFailures } from '../../scripts/firefox-lint-policy';

const warning = (code: string, file: string): LintMessage => ({ code, file, message: code });

test.each([
  ['DANGEROUS_EVAL', 'src/content/documents.js', true],
  ['UNSAFE_VAR_ASSIGNMENT', 'src/content/documents.js', true],
  ['DANGEROUS_EVAL', 'src/content/guard.js', false],
  ['DANGEROUS_EVAL', 'assets/panels-QslKo8dG.js', false],
  ['UNSAFE_VAR_ASSIGNMENT', 'src/content/guard.js', false],
  ['UNSAFE_VAR_ASSIGNMENT', 'src/content/bootstrap.js', false],
  ['MANIFEST_FIELD_UNSUPPORTED', 'manifest.json', false],
  ['KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', 'manifest.json', false],
])('%s in %s is explained: %s', (code, file, explained) => {
  expect(isExplained(warning(code, file))).toBe(explained);
});

test('every error fails, and only unexplained warnings fail', () => {
  const error = warning('MANIFEST_FIELD_REQUIRED', 'manifest.json');
  const known = warning('DANGEROUS_EVAL', 'src/content/documents.js');
  const unknown = warning('DANGEROUS_EVAL', 'src/content/guard.js');
  expect(lintFailures({ errors: [error], warnings: [known, unknown], notices: [] })).toEqual([
    error,
    unknown,
  ]);
  expect(lintFailures({ errors: [], warnings: [known], notices: [] })).toEqual([]);
});

test('the bundled libraries may raise each explained warning only as often as they do', () => {
  const eight = Array.from({ length: 8 }, () => warning('DANGEROUS_EVAL', 'src/content/documents.js'));
  expect(lintFailures({ errors: [], warnings: eight, notices: [] })).toEqual([]);
  const ninth = warning('DANGEROUS_EVAL', 'src/content/documents.js');
  expect(lintFailures({ errors: [], warnings: [...eight, ninth], notices: [] })).toEqual([ninth]);
});
