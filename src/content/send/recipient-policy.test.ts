import { describe, expect, test } from 'vitest';
import { defaults } from '../../shared/settings';
import { domainMatches, domainOf, recipientPolicy } from './recipient-policy';

describe('domainMatches', () => {
  test.each([
    ['cand.uscourts.gov', '*.uscourts.gov', true],
    ['a.b.uscourts.gov', '*.uscourts.gov', true],
    ['uscourts.gov', '*.uscourts.gov', false],
    ['notuscourts.gov', '*.uscourts.gov', false],
    ['sf.courts.ca.gov', '*.courts.*', true],
    ['courts.ca.gov', '*.courts.*', false],
    ['courts.ca.gov', 'courts.*', true],
    ['mycourts.ca.gov', 'courts.*', false],
    ['x.courts', '*.courts.*', false],
    ['County.DA.Example.ORG', '*.da.*', true],
    ['lead.org', 'lead.org', true],
    ['mail.lead.org', 'lead.org', true],
    ['badlead.org', 'lead.org', false],
    ['lead.org.evil.com', 'lead.org', false],
    ['lead.org.', 'LEAD.org', true],
    ['lead.org', '', false],
    ['', 'lead.org', false],
    ['a..org', '*.org', false],
  ])('%s vs %s → %s', (domain, pattern, expected) => {
    expect(domainMatches(domain, pattern)).toBe(expected);
  });
});

describe('domainOf', () => {
  test.each([
    ['clerk@cand.uscourts.gov', 'cand.uscourts.gov'],
    ['Clerk <Clerk@Court.ORG>', 'court.org'],
    ['  a@b.org  ', 'b.org'],
    ['no address', null],
    ['a@', null],
  ])('%s → %s', (address, expected) => {
    expect(domainOf(address)).toBe(expected);
  });
});

describe('recipientPolicy', () => {
  const internal = { ...defaults, internalDomains: ['lead.org'] };
  test.each([
    ['defaults review everything', [], 'example.com', defaults, 'review'],
    ['all recipients internal', ['a@lead.org', 'b@mail.lead.org'], 'mail.example', internal, 'no-review'],
    ['one external recipient', ['a@lead.org', 'b@gmail.com'], 'mail.example', internal, 'review'],
    ['an unparsable recipient is not internal', ['a@lead.org', 'Bob'], 'mail.example', internal, 'review'],
    [
      'review domain wins over internal',
      ['a@sf.courts.ca.gov'],
      'mail.example',
      { ...internal, internalDomains: ['*.ca.gov'] },
      'review',
    ],
    [
      'reviewAll off, ordinary recipient',
      ['a@gmail.com'],
      'mail.example',
      { ...defaults, reviewAll: false },
      'no-review',
    ],
    [
      'reviewAll off, court recipient',
      ['a@cand.uscourts.gov'],
      'mail.example',
      { ...defaults, reviewAll: false },
      'review',
    ],
    [
      'reviewAll off, court portal form',
      [],
      'efile.courts.wa.gov',
      { ...defaults, reviewAll: false },
      'review',
    ],
    ['reviewAll off, other form', [], 'shop.example', { ...defaults, reviewAll: false }, 'no-review'],
    ['internal portal form', [], 'intranet.lead.org', internal, 'no-review'],
  ] as const)('%s', (_name, recipients, host, settings, expected) => {
    expect(recipientPolicy(recipients, host, settings)).toBe(expected);
  });
});
