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
  file: RegExp;
  /** How many of these the bundled libraries raise; one more (new code in the same file) fails the lint. */
  count: number;
  why: string;
}

/** The documents part (src/content/parts.ts) bundles JSZip and pdf.js into one classic script. */
const DOCUMENTS_PART = /^src\/content\/documents\.js$/;

export const EXPLAINED_WARNINGS: readonly ExplainedWarning[] = [
  {
    code: 'DANGEROUS_EVAL',
    file: DOCUMENTS_PART,
    count: 8,
    why: "JSZip's setImmediate shim turns a string callback into a function (1; JSZip only ever passes functions); pdf.js feature-tests `Function` and compiles PostScript functions only when isEvalSupported, which LEAD Guard sets to false (7).",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: DOCUMENTS_PART,
    count: 2,
    why: 'pdf.js imports its own worker and decoders by URL (2); the documents part runs its parser in the page instead.',
  },
];

function explains(explained: ExplainedWarning, warning: LintMessage): boolean {
  return explained.code === warning.code && explained.file.test(warning.file ?? '');
}

export function isExplained(warning: LintMessage): boolean {
  return EXPLAINED_WARNINGS.some((explained) => explains(explained, warning));
}

/** What fails the lint: every error, and every warning the README does not explain or that exceeds its count. */
export function lintFailures(report: LintReport): LintMessage[] {
  const left = EXPLAINED_WARNINGS.map((explained) => explained.count);
  const unexplained = report.warnings.filter((warning) => {
    const index = EXPLAINED_WARNINGS.findIndex(
      (explained, i) => explains(explained, warning) && (left[i] ?? 0) > 0,
    );
    if (index < 0) return true;
    left[index] = (left[index] ?? 0) - 1;
    return false;
  });
  return [...report.errors, ...unexplained];
}
