/**
 * Severity is shown by colour and by line style (wavy, dashed, dotted) so it does not rest on colour alone.
 */
import type { Severity } from '../../engine/types';

export const SEVERITY_STYLE: Record<Severity, { color: string; line: 'wavy' | 'dashed' | 'dotted' }> = {
  high: { color: '#c5221f', line: 'wavy' },
  medium: { color: '#b06000', line: 'dashed' },
  low: { color: '#1a73e8', line: 'dotted' },
};

/** `text-decoration` value for one severity. */
export function underline(severity: Severity): string {
  const { color, line } = SEVERITY_STYLE[severity];
  return `underline ${line} ${color} 2px`;
}
