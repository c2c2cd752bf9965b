/**
 * Who the message goes to decides whether flagged passages stop it at Send. Pure: unit-tested.
 *
 * Domain patterns work on whole labels, case-insensitively:
 * - `example.org` matches that domain and its subdomains (`mail.example.org`), as DLP recipient rules do;
 * - `*` stands for one or more labels: `*.uscourts.gov` needs a subdomain, `*.courts.*` matches
 *   `sf.courts.ca.gov`, `courts.*` matches `courts.state.us`.
 */

export interface RecipientSettings {
  reviewAll: boolean;
  reviewDomains: readonly string[];
  internalDomains: readonly string[];
}

export type SendPolicy = 'review' | 'no-review';

function labels(domain: string): string[] {
  return domain.trim().toLowerCase().replace(/\.+$/, '').split('.');
}

function labelsMatch(domain: readonly string[], pattern: readonly string[]): boolean {
  const [head, ...rest] = pattern;
  if (head === undefined) return domain.length === 0;
  if (head === '*') {
    // One or more labels, then the rest of the pattern.
    for (let taken = 1; taken <= domain.length - rest.length; taken++) {
      if (labelsMatch(domain.slice(taken), rest)) return true;
    }
    return false;
  }
  return domain[0] === head && labelsMatch(domain.slice(1), rest);
}

/** True when `domain` is covered by `pattern` (see the module comment for the syntax). */
export function domainMatches(domain: string, pattern: string): boolean {
  const domainLabels = labels(domain);
  const patternLabels = labels(pattern);
  if (domainLabels.some((label) => label === '') || patternLabels.some((label) => label === '')) return false;
  if (patternLabels.includes('*')) return labelsMatch(domainLabels, patternLabels);
  // A plain domain also covers its subdomains.
  const tail = domainLabels.slice(domainLabels.length - patternLabels.length);
  return tail.length === patternLabels.length && tail.every((label, i) => label === patternLabels[i]);
}

export function matchesAny(domain: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => domainMatches(domain, pattern));
}

/** The domain of an address such as `a@b.org` or `Name <a@b.org>`, or null if there is none. */
export function domainOf(address: string): string | null {
  const match = /@([^\s@<>()[\]",;:]+)\s*>?\s*$/.exec(address.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * Review or not. With no known recipients (forms), the page's host stands in as the recipient, so a
 * court portal matching a review pattern is always reviewed. All recipients internal: underline only.
 */
export function recipientPolicy(
  recipients: readonly string[],
  pageHost: string,
  settings: RecipientSettings,
): SendPolicy {
  const domains = recipients.length > 0 ? recipients.map(domainOf) : [pageHost];
  const known = domains.filter((domain): domain is string => domain !== null && domain !== '');
  if (known.some((domain) => matchesAny(domain, settings.reviewDomains))) return 'review';
  const allInternal =
    known.length > 0 &&
    known.length === domains.length &&
    known.every((domain) => matchesAny(domain, settings.internalDomains));
  if (allInternal) return 'no-review';
  return settings.reviewAll ? 'review' : 'no-review';
}
