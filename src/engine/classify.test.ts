import { describe, expect, test } from 'vitest';
import { classifySentence, type JudgedRule, judge, rulesVerdict } from './classify';
import { resolveOptions } from './options';
import { type Category, DEFAULT_ENGINE_OPTIONS, type EngineOptions, type Severity } from './types';

const standard: EngineOptions = DEFAULT_ENGINE_OPTIONS;
const strict: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, level: 'strict' };

type FlagCase = [sentence: string, category: Category];

const flagged: Record<Category, FlagCase[]> = {
  offense: [
    ['She took three pairs of boots from the shoe store without paying.', 'offense'],
    ['He lifted a couple of hoodies from the department store last week.', 'offense'],
    ['He admitted he was selling Percocet near the library.', 'offense'],
    ['Over the weekend he broke into a storage unit on 5th Street.', 'offense'],
    ['He tagged the overpass on Main again.', 'offense'],
    ['She has been shoplifting groceries to get by.', 'offense'],
    ['He boosted a phone charger from the pharmacy.', 'offense'],
    ['They found a meth pipe on him during the search.', 'offense'],
    ['He got cited for camping in the park after closing.', 'enforcement'],
    ['He was trespassed from the library on Monday.', 'enforcement'],
    ['She stole her roommate’s debit card.', 'offense'],
    ['He has been dealing out of the motel on Aurora.', 'offense'],
  ],
  substance: [
    ['He smoked meth on Saturday night.', 'substance'],
    ['She was high when she came in for her appointment.', 'substance'],
    ['He went on a bender after his brother died.', 'substance'],
    ['She slipped after the funeral.', 'substance'],
    ['She has been sober since Labor Day.', 'substance'],
    ['He has not used since March.', 'substance'],
    ['He says he only drinks on weekends now, which is a real improvement.', 'substance'],
    ['He told me he has been chasing again.', 'substance'],
    ['She overdosed in the shelter bathroom and EMTs gave her Narcan.', 'substance'],
    ['He was revived with naloxone on Thursday.', 'substance'],
    ['She went to detox on Sunday.', 'substance'],
    ['He bought Suboxone on the street because the clinic was closed.', 'substance'],
    ['He has been selling his Suboxone strips.', 'substance'],
    ['She admitted to drinking heavily over the holiday.', 'substance'],
    ['He relapsed last month.', 'substance'],
    ['He was nodding off in the lobby.', 'substance'],
    ['She smelled of alcohol at group.', 'substance'],
    ['He has been clean for three weeks.', 'substance'],
    ['Her last use was in April.', 'substance'],
    ['He hasn’t had a drink since Christmas.', 'substance'],
  ],
  testing: [
    ['His swab came back hot.', 'testing'],
    ['She refused the UA on Tuesday.', 'testing'],
    ['The SCRAM alerted Saturday night.', 'testing'],
    ['His urine test was positive for fentanyl.', 'testing'],
    ['She submitted a dilute sample.', 'testing'],
    ['He tested positive for methamphetamine.', 'testing'],
    ['He missed two UAs this month.', 'testing'],
    ['She did not call the color line last week.', 'testing'],
    ['The interlock registered a failed blow on Friday.', 'testing'],
  ],
  enforcement: [
    ['He got cited for camping in the park.', 'enforcement'],
    ['He was booked Friday.', 'enforcement'],
    ['She has an active warrant.', 'enforcement'],
    ['He told me he was picked up Friday.', 'enforcement'],
    ['Did you know he was arrested?', 'enforcement'],
    ['He spent two nights in jail last week.', 'enforcement'],
    ['Police stopped him outside the store on Tuesday.', 'enforcement'],
    ['She has a bench warrant and wants help getting it quashed.', 'enforcement'],
    ['He has not been charged with the assault yet.', 'violence'],
    ['She was taken into custody after the incident.', 'enforcement'],
  ],
  noncompliance: [
    ['He skipped his PO appointment.', 'noncompliance'],
    ['She went back to the area she is ordered to stay out of.', 'noncompliance'],
    ['She slept at her ex’s place despite the order.', 'noncompliance'],
    ['He missed court on the 14th.', 'noncompliance'],
    ['He did not show up for his review hearing.', 'noncompliance'],
    ['He has made no payment since spring.', 'noncompliance'],
    ['The deadline for his community service hours passed.', 'noncompliance'],
    ['He walked out of inpatient after two days.', 'noncompliance'],
    ['She was kicked out of the recovery house for breaking house rules.', 'noncompliance'],
    ['He was out past curfew twice.', 'noncompliance'],
    ['His ankle monitor died and he did not charge it.', 'noncompliance'],
    ['She left treatment against medical advice.', 'noncompliance'],
  ],
  whereabouts: [
    ['Nobody has seen him in three weeks.', 'whereabouts'],
    ['She is ducking the outreach team.', 'whereabouts'],
    ['He is in the wind.', 'whereabouts'],
    ['We have not been able to locate him since the 3rd.', 'whereabouts'],
    ['He absconded from supervision.', 'whereabouts'],
    ['She has been avoiding her probation officer.', 'whereabouts'],
  ],
  violence: [
    ['He shoved a man in the shelter line.', 'violence'],
    ['She carries a blade for protection.', 'violence'],
    ['He got into a fight at the bus stop.', 'violence'],
    ['He threatened the front desk staff.', 'violence'],
    ['She had an altercation with her sister.', 'violence'],
    ['He was banned after an incident with security.', 'enforcement'],
    ['He keeps a gun in his tent.', 'violence'],
    ['She punched her neighbor on Sunday.', 'violence'],
  ],
  'sex-work': [
    ['She is working the track again.', 'sex-work'],
    ['She has been dating for money.', 'sex-work'],
    ['He trades sex for a place to stay.', 'sex-work'],
    ['She was picking up johns on Aurora.', 'sex-work'],
  ],
  driving: [
    ['He drove to work with a revoked license.', 'driving'],
    ['She blew over the limit.', 'driving'],
    ['He was driving drunk on Saturday.', 'driving'],
    ['She got a DUI last weekend.', 'driving'],
    ['He has been driving on a suspended license to get to his job.', 'driving'],
  ],
};

const sharedEdgeCases: FlagCase[] = [
  ['Her partner deals out of their room and she holds the money.', 'offense'],
  ['He told me he was picked up by police on Friday.', 'enforcement'],
  ['I know he used last week, but he is trying hard.', 'substance'],
  ['She admitted she used meth before the hearing.', 'substance'],
];

describe('flags the participant’s own conduct', () => {
  for (const [group, cases] of Object.entries(flagged)) {
    test.each(cases)(`${group}: %s`, (sentence, category) => {
      const hit = classifySentence(sentence, standard);
      expect(hit?.category).toBe(category);
    });
  }
  test.each(sharedEdgeCases)('edge case: %s', (sentence, category) => {
    expect(classifySentence(sentence, standard)?.category).toBe(category);
  });
});

const allowed: Record<string, string[]> = {
  engagement: [
    'We met twice this week.',
    'She completed her intake on Monday.',
    'He enrolled in classes at the community college.',
    'He attends his groups every Tuesday and Thursday.',
  ],
  barriers: [
    'The family shelter is full.',
    'He lost his ID and is waiting on a replacement.',
    'He can’t afford the supervision fee right now.',
    'There are no detox-free shelter beds this week and the waitlist is long.',
    'She does not have a phone, so please contact me.',
  ],
  goals: ['Her next step is applying for SSI.', 'He hopes to move into transitional housing by spring.'],
  logistics: [
    'His hearing is set for May 3 at 9 a.m.',
    'Her attorney filed a motion to continue.',
    'The charges were dismissed last month.',
    'The warrant was quashed on Tuesday.',
    'The case was transferred to municipal court.',
    'We scheduled his probation appointment for next Wednesday.',
  ],
  record: [
    'He was referred after a low-level possession arrest.',
    'Her 2015 conviction is already in the file.',
    'The court has his prior theft case on record.',
  ],
  hypothetical: [
    'If anyone misses court, a warrant can issue.',
    'We talked about overdose prevention.',
    'Treatment courts often sanction positive tests.',
    'We went over relapse prevention strategies.',
  ],
  'other people': [
    'A neighbor’s car was broken into.',
    'Her brother was arrested last week.',
    'His bike was stolen from outside the shelter.',
  ],
  'prescribed treatment': [
    'He takes methadone daily at the clinic.',
    'She started buprenorphine last month.',
    'He received his first Vivitrol injection.',
    'She completed a chemical dependency evaluation.',
    'He is on Suboxone as prescribed.',
  ],
  homelessness: ['He sleeps in his tent by the river.', 'She stays in her car most nights.'],
  'safe negation and compliance': [
    'He denies any new arrests.',
    'She says she is staying sober.',
    'Her UA came back negative.',
    'There have been no new law violations.',
    'He denies new police contact.',
    'He has not used.',
  ],
};

describe('leaves alone what the rule allows (standard level)', () => {
  for (const [kind, sentences] of Object.entries(allowed)) {
    test.each(sentences)(`${kind}: %s`, (sentence) => {
      expect(classifySentence(sentence, standard)).toBeNull();
    });
  }
});

const complianceStatements: [string, Category][] = [
  ['He denies any new arrests.', 'enforcement'],
  ['She says she is staying sober.', 'substance'],
  ['Her UA came back negative.', 'testing'],
  ['There have been no new law violations.', 'offense'],
  ['He has tested clean every week.', 'testing'],
  ['No issues to report this month.', 'noncompliance'],
  ['He has been following all of his conditions.', 'noncompliance'],
  ['He hasn\u2019t had any drinks.', 'substance'],
];

describe('strict level also flags compliance statements', () => {
  test.each(complianceStatements)('%s', (sentence, category) => {
    const hit = classifySentence(sentence, strict);
    expect(hit).toMatchObject({ category, severity: 'low' });
    expect(classifySentence(sentence, standard)).toBeNull();
  });
  test.each(['We met twice this week.', 'Her next step is applying for SSI.'])(
    'still leaves progress alone: %s',
    (sentence) => {
      expect(classifySentence(sentence, strict)).toBeNull();
    },
  );
});

const severities: [string, Severity][] = [
  ['He used heroin Tuesday.', 'high'],
  ['He has been chasing again.', 'medium'],
  ['She had an altercation with her sister.', 'medium'],
];

describe('severity', () => {
  test.each(severities)('%s → %s', (sentence, severity) => {
    expect(classifySentence(sentence, standard)?.severity).toBe(severity);
  });
});

describe('hit details', () => {
  test('trigger offsets point at the words that caused the flag, and the reason quotes them', () => {
    const sentence = 'On Friday he used meth with a friend.';
    const hit = classifySentence(sentence, standard);
    expect(hit).not.toBeNull();
    const trigger = sentence.slice(hit?.triggerStart, hit?.triggerEnd);
    expect(trigger).toBe('used meth');
    expect(hit?.reason).toBe('Mentions drug or alcohol use by the participant: \u201cused meth\u201d');
  });
});

describe('organization phrases', () => {
  test.each([
    ['He went to the blue house again.', ['blue house'], 'blue house'],
    ['Saw him at THE CORNER SPOT.', ['corner spot'], 'CORNER SPOT'],
  ])('extra phrase flags %s', (sentence, extraPhrases, trigger) => {
    const hit = classifySentence(sentence, { ...standard, extraPhrases });
    expect(hit?.ruleId).toBe('custom-phrase');
    expect(hit?.reason).toContain(trigger);
    expect(sentence.slice(hit?.triggerStart, hit?.triggerEnd)).toBe(trigger);
  });
  test('extra phrases match whole words only', () => {
    expect(
      classifySentence('He likes the bluehouse band.', { ...standard, extraPhrases: ['blue'] }),
    ).toBeNull();
  });
  test.each([
    ['He attends a relapse prevention group.', ['relapse prevention group']],
    ['She works at Detox Solutions Inc.', ['detox solutions']],
  ])('allow phrase leaves %s alone', (sentence, allowPhrases) => {
    expect(classifySentence(sentence, { ...standard, allowPhrases })).toBeNull();
  });
  test('allow phrase only covers triggers inside it', () => {
    const options = { ...standard, allowPhrases: ['detox solutions'] };
    expect(classifySentence('He went to detox last week.', options)?.category).toBe('substance');
  });
});

describe('the writer at the wheel is not the participant driving', () => {
  const driving: JudgedRule = { category: 'driving', severity: 'high', kind: 'conduct', record: true };
  const judgeAt = (text: string, trigger: string) => {
    const start = text.indexOf(trigger);
    return judge(driving, text, start, start + trigger.length);
  };

  test.each([
    ['I drove Devon to the food bank on Sunday so she could pick up her mail.', 'drove'],
    ['We had to drive her to the clinic.', 'drive'],
    ['Since his license is suspended, I drove him to work.', 'drove'],
    ['Our case aide drove Marcus to the DMV.', 'drove'],
    ['This writer drove pt to intake.', 'drove'],
  ])('%s', (text, trigger) => {
    expect(judgeAt(text, trigger)).toBe('ignore');
  });

  test.each([
    ['She drove herself to group even though her license is suspended.', 'drove'],
    ['I think he drove to work on a suspended license.', 'drove'],
    ['I let him drive my car to the store.', 'drive'],
    ['He drove me to the office.', 'drove'],
  ])('%s', (text, trigger) => {
    expect(judgeAt(text, trigger)).not.toBe('ignore');
  });
});

describe('the rules verdict names every trigger its checks keep', () => {
  const options = resolveOptions();
  const triggers = (sentence: string) =>
    rulesVerdict(sentence, options).triggers.map(({ start, end }) => sentence.slice(start, end));

  test('the hit and every other match kept, a match inside another once', () => {
    const sentence = "Joy got kicked out of the women's shelter last night for fighting with another guest.";
    expect(rulesVerdict(sentence, options).hit?.ruleId).toBe('noncompliance-program-exit');
    expect(triggers(sentence)).toEqual(['kicked out of', 'fighting']);
    expect(triggers('She used meth and drank on Friday.')).toEqual(['used meth', 'drank on']);
  });

  test('a match the checks cancel is no trigger', () => {
    expect(triggers('His brother was arrested on Friday, and Joy was fighting with staff.')).toEqual([
      'fighting',
    ]);
    expect(triggers('His brother was arrested on Friday.')).toEqual([]);
  });
});
