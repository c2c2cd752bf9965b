/**
 * LEAD's own report shapes. Every sentence stays inside the Golden Rule: it confirms engagement and leaves
 * each reporting section at the approved wording (`{{wording}}`) until the writer has something helpful,
 * ROI-permitted, to say there.
 */

export interface TemplateDefinition {
  /** Stable; an organization template with the same id replaces the built-in one. */
  id: string;
  title: string;
  body: string;
  builtIn: boolean;
}

const ASSESSMENT_CONFIRMATION = `{{date}}

To: {{recipient}}
Re: {{initials}}, case {{case number}}

This letter confirms that {{initials}} has completed an assessment with the LEAD program and is working with a LEAD case manager.

Please contact me with any questions about the program.`;

const PROGRESS_REPORT = `{{date}}

To: {{recipient}}
Re: Progress report for {{initials}}, case {{case number}}

Engagement
{{initials}} is enrolled in LEAD and is working with a LEAD case manager.

Progress shared per the release of information
{{wording}}

Barriers and resource limitations
{{wording}}

Prospects and interim goals
{{wording}}`;

export const BUILT_IN_TEMPLATES: readonly TemplateDefinition[] = [
  {
    id: 'assessment-confirmation',
    title: 'Assessment confirmation',
    body: ASSESSMENT_CONFIRMATION,
    builtIn: true,
  },
  { id: 'progress-report', title: 'Progress report', body: PROGRESS_REPORT, builtIn: true },
];
