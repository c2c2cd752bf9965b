import { describe, expect, test } from 'vitest';
import { hostMatches, isDomainPattern, normalizePattern } from './domain-patterns';

describe('normalizePattern', () => {
  test.each([
    ['  Courts.WA.gov ', 'courts.wa.gov'],
    ['@agency.org', 'agency.org'],
    ['*@agency.org', 'agency.org'],
    ['*.courts.*', '*.courts.*'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePattern(input)).toBe(expected);
  });
});

describe('isDomainPattern', () => {
  test.each([
    ['courts.wa.gov', true],
    ['*.courts.*', true],
    ['localhost', true],
    ['*', false],
    ['*.*', false],
    ['', false],
    ['courts..gov', false],
    ['court s.gov', false],
    ['-bad.org', false],
    ['https://courts.gov', false],
    [`${'a'.repeat(64)}.org`, false],
  ])('%j → %s', (pattern, expected) => {
    expect(isDomainPattern(pattern)).toBe(expected);
  });
});

describe('hostMatches', () => {
  test.each([
    ['agency.org', 'agency.org', true],
    ['mail.agency.org', 'agency.org', true],
    ['notagency.org', 'agency.org', false],
    ['kingcounty.courts.wa.gov', '*.courts.*', true],
    ['courts.wa.gov', 'courts.*', true],
    ['courts.wa.gov', '*.courts.*', false],
    ['ecf.wawd.uscourts.gov', '*.uscourts.gov', true],
    ['uscourts.gov', '*.uscourts.gov', false],
    ['MAIL.Agency.ORG.', 'agency.org', true],
    ['mail.google.com', 'courts.*', false],
  ])('%s ~ %s → %s', (host, pattern, expected) => {
    expect(hostMatches(host, pattern)).toBe(expected);
  });
});
