/**
 * Who the message goes to decides whether flagged passages stop it at Send. Pure: unit-tested.
 * Domain patterns (`*.uscourts.gov`, `*.courts.*`, `agency.org`) follow `shared/domain-patterns.ts`.
 */
import { matchesAny } from '../../shared/domain-patterns';

export interface RecipientSettings {
  reviewAll: boolean;
  reviewDomains: readonly string[];
  internalDomains: readonly string[];
}

export type SendPolicy = 'review' | 'no-review';

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
