/**
 * Which `web-ext lint` findings the Firefox build may keep. Errors never; warnings only where the README
 * ("web-ext lint warnings") explains them: code bundled from third-party libraries that AMO reviews with
 * the source upload. Any other warning, including a new one in those files, fails the lint.
 */

export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface ExplainedWarning {
  code: string;
  /** Bundled file name (content hash stripped by the pattern). */
  file: RegExp;
  why: string;
}

export const EXPLAINED_WARNINGS: readonly ExplainedWarning[] = [
  {
    code: 'DANGEROUS_EVAL',
    file: /^assets\/jszip\.min-[\w-]+\.js$/,
    why: "JSZip's setImmediate shim turns a string callback into a function; JSZip only ever passes functions.",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^assets\/pdf(\.worker)?-[\w-]+\.js$/,
    why: 'pdf.js feature-tests `Function` and compiles PostScript functions only when isEvalSupported, which LEAD Guard sets to false.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/pdf(\.worker)?-[\w-]+\.js$/,
    why: 'pdf.js imports its own worker and decoders by URL from inside the extension package.',
  },
];

export function isExplained(warning: LintMessage): boolean {
  return EXPLAINED_WARNINGS.some(
    (explained) => explained.code === warning.code && explained.file.test(warning.file ?? ''),
  );
}

/** What fails the lint: every error, and every warning the README does not explain. */
export function lintFailures(report: LintReport): LintMessage[] {
  return [...report.errors, ...report.warnings.filter((warning) => !isExplained(warning))];
}
