/**
 * Host and e-mail domain patterns used by paused sites and by the recipient rules.
 *
 * A pattern is a host name in lower case whose labels may be `*`. A `*` label stands for one or
 * more labels (`*.courts.*` matches `kingcounty.courts.wa.gov`); a pattern without a wildcard
 * matches that host and its subdomains (`agency.org` matches `mail.agency.org`).
 */

const LABEL = /^(?:\*|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)$/;
export const MAX_PATTERN_LENGTH = 253;

/** Trims and lower-cases what a person typed; strips a leading `@` or `*@` from an e-mail domain. */
export function normalizePattern(input: string): string {
  return input.trim().toLowerCase().replace(/^\*?@/, '');
}

/** True for a normalized pattern with at least one concrete label and no empty label. */
export function isDomainPattern(pattern: string): boolean {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN_LENGTH) return false;
  const labels = pattern.split('.');
  return labels.every((label) => LABEL.test(label)) && labels.some((label) => label !== '*');
}

function labelsMatch(host: readonly string[], pattern: readonly string[]): boolean {
  const [first, ...rest] = pattern;
  if (first === undefined) return host.length === 0;
  if (first !== '*') return host[0] === first && labelsMatch(host.slice(1), rest);
  // `*` consumes one or more labels.
  for (let taken = 1; taken <= host.length; taken++) {
    if (labelsMatch(host.slice(taken), rest)) return true;
  }
  return false;
}

/** Does `host` (a page host name or the part of an address after `@`) match `pattern`? */
export function hostMatches(host: string, pattern: string): boolean {
  const hostLabels = host.toLowerCase().replace(/\.$/, '').split('.');
  const patternLabels = pattern.split('.');
  if (labelsMatch(hostLabels, patternLabels)) return true;
  return !pattern.includes('*') && labelsMatch(hostLabels, ['*', ...patternLabels]);
}

export function matchesAny(host: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => hostMatches(host, pattern));
}
