import { describe, expect, test } from 'vitest';
import { MIGRATIONS, migrate, SETTINGS_VERSION, storedVersion } from './settings-migrations';

function step(from: number) {
  const migration = MIGRATIONS.find((candidate) => candidate.from === from);
  if (!migration) throw new Error(`No migration from ${from}`);
  return migration.up;
}

describe('migrations', () => {
  test('are ordered, one per version, ending at SETTINGS_VERSION', () => {
    expect(MIGRATIONS.map((migration) => migration.from)).toEqual([...Array(SETTINGS_VERSION).keys()]);
  });

  test('v0 → v1: renames the pilot keys, turns strictMode into a level and splits the phrase text', () => {
    const v0 = {
      approvedWording: 'Nothing to report.',
      strictMode: true,
      flagPhrases: 'bench warrant\r\n\nmissed curfew\n',
      allowList: ['drug court'],
      disabledHosts: ['https://intranet.agency.org/home'],
      reviewEverything: false,
      alwaysReviewDomains: ['@courts.wa.gov'],
      showBadge: true,
      playSound: false,
    };
    expect(step(0)(v0)).toEqual({
      wording: 'Nothing to report.',
      level: 'strict',
      extraPhrases: ['bench warrant', 'missed curfew'],
      allowPhrases: ['drug court'],
      pausedSites: ['https://intranet.agency.org/home'],
      reviewAll: false,
      reviewDomains: ['@courts.wa.gov'],
    });
  });

  test('v0 → v1: strictMode false means the standard level; absent keys stay absent', () => {
    expect(step(0)({ strictMode: false })).toEqual({ level: 'standard' });
  });

  test('v1 → v2: URLs become hosts, @domains become patterns, templates get title and body', () => {
    const v1 = {
      wording: 'Nothing to report.',
      pausedSites: ['https://Intranet.agency.org/home?x=1', 'mail.agency.org'],
      reviewDomains: ['@courts.wa.gov', '*.da.*'],
      internalDomains: [' @agency.org'],
      templates: [{ name: 'Assessment', text: 'Dear {{recipient}}' }, 'broken'],
    };
    expect(step(1)(v1)).toEqual({
      wording: 'Nothing to report.',
      pausedSites: ['intranet.agency.org', 'mail.agency.org'],
      reviewDomains: ['courts.wa.gov', '*.da.*'],
      internalDomains: ['agency.org'],
      templates: [{ title: 'Assessment', body: 'Dear {{recipient}}' }, 'broken'],
    });
  });

  test('v2 → v3: no send verbs are written, so an untouched list follows the defaults', () => {
    const v2 = { level: 'strict', reviewDomains: ['courts.wa.gov'] };
    expect(step(2)(v2)).toEqual(v2);
    expect(migrate({ version: 2, ...v2 })).not.toHaveProperty('sendVerbs');
    expect(migrate({ version: 3, sendVerbs: ['Transmit'] })).toEqual({ sendVerbs: ['Transmit'] });
  });

  test.each([
    [{}, 0],
    [{ version: 1 }, 1],
    [{ version: 'two' }, 0],
    [{ version: -1 }, 0],
    [{ version: 2 }, 2],
  ])('storedVersion(%j) = %i', (stored, expected) => {
    expect(storedVersion(stored)).toBe(expected);
  });

  test('migrate runs every step after the stored version and drops the version key', () => {
    expect(migrate({ strictMode: true, disabledHosts: ['https://x.org/'] })).toEqual({
      level: 'strict',
      pausedSites: ['x.org'],
    });
    expect(migrate({ version: 2, level: 'strict', pausedSites: ['https://kept.as.typed/'] })).toEqual({
      level: 'strict',
      pausedSites: ['https://kept.as.typed/'],
    });
  });
});
