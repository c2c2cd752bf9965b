import { describe, expect, test } from 'vitest';
import { defaults } from '../../shared/settings';
import { domainOf, recipientPolicy } from './recipient-policy';

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
