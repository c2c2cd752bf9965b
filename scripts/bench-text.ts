/**
 * Realistic case-manager messages for the benchmark: mostly progress, barriers and logistics, with a
 * few sentences of the kind the engine flags, some bullet lists, varied enough that sentences rarely
 * repeat (so a fresh analyzer gets no help from its cache within one message).
 */

import { mulberry32 as seededRandom } from '../src/engine/model/rng';

const SLOTS: Record<string, readonly string[]> = {
  name: [
    'Maria',
    'James',
    'Tanya',
    'Luis',
    'Keisha',
    'Robert',
    'Ana',
    'Devon',
    'Grace',
    'Marcus',
    'Lena',
    'Omar',
  ],
  surname: ['Ramirez', 'Okafor', 'Nguyen', 'Patel', 'Larsen', 'Brooks', 'Haddad', 'Kim', 'Moreno', 'Fischer'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  month: ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  org: [
    'Evergreen Treatment',
    'the DESC clinic',
    'Pioneer Human Services',
    'the YWCA',
    'Harborview',
    'REACH',
  ],
  place: ['library', 'day center', 'clinic', 'coffee shop on 3rd Ave.', 'drop-in center', 'food bank'],
  topic: ['her housing application', 'his benefits paperwork', 'the SSI appeal', 'the bus pass renewal'],
  time: ['9:30 a.m.', '10 a.m.', '1:15 p.m.', '3:45 p.m.', '11 a.m.'],
  goal: ['housing', 'employment', 'GED', 'health care', 'family reunification'],
  count: ['two', 'three', 'four', 'five', 'six'],
  drug: ['meth', 'fentanyl', 'heroin', 'crack'],
};

const CLEAN = [
  '{name} met with me on {day} at the {place} and we reviewed {topic}.',
  'We met {count} times this week and worked on the {goal} plan.',
  'She completed the intake at {org} on {month} {n}.',
  'The family shelter is full, so he is on the waitlist for a bed at {org}.',
  'He lost his ID in {month} and is waiting on a replacement from the DMV.',
  'Her next step is applying for SSI with help from the benefits navigator at {org}.',
  'The hearing is set for {month} {n} at {time} in Courtroom {n}.',
  'His attorney, Ms. {surname}, filed a motion to continue on {day}.',
  'She has been attending groups at {org} {count} times a week since {month}.',
  'Transportation is still a barrier because the bus pass ran out on {month} {n}.',
  'We are working on a housing application with {org} and expect an answer in {count} weeks.',
  'He said the new phone makes it much easier to keep appointments with Dr. {surname}.',
  'Dr. {surname} at {org} started her on buprenorphine as prescribed on {day}.',
  'Please let me know if you need anything else before the hearing on {month} {n}.',
  'The waitlist for the {goal} program is about {count} months long right now.',
  'I drove {name} to the {place} on {day} so she could pick up her mail.',
  'He is interested in a job-readiness class and we will visit {org} on {day} at {time}.',
  'Her daughter visited on {day}, and she said it went really well.',
];

const FLAGGED = [
  'He told me he used {drug} on {day} after the funeral.',
  'She was cited for camping in the park on {month} {n}.',
  'He missed his check-in with probation on {day}.',
  'Her UA on {day} came back positive for {drug}.',
  'Nobody has seen him at the {place} in {count} weeks.',
  'He got into a fight in the shelter line on {day}.',
  'She was drinking again over the weekend.',
];

const LIST_ITEMS = [
  'Completed intake at {org}',
  'Bus pass renewed through {month}',
  'Appointment with Dr. {surname} on {day} at {time}',
  'Still waiting on a shelter bed',
  'Applied for food benefits on {month} {n}',
];

export interface BenchText {
  text: string;
  words: number;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** A message of about `targetWords` words (greeting, paragraphs, an occasional list, sign-off). */
export function caseNotes(targetWords: number, seed = 7): BenchText {
  // Seeded so every run measures the same text.
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_, slot: string) =>
      slot === 'n' ? String(1 + Math.floor(next() * 28)) : pick(SLOTS[slot] ?? ['']),
    );
  const sentence = (): string => fill(next() < 0.12 ? pick(FLAGGED) : pick(CLEAN));

  const paragraphs: string[] = [`Hi Judge ${pick(SLOTS.surname ?? [])},`];
  let words = countWords(paragraphs[0] ?? '');
  while (words < targetWords) {
    const paragraph =
      next() < 0.15
        ? `Updates:\n${Array.from({ length: 3 }, () => `- ${fill(pick(next() < 0.2 ? FLAGGED : LIST_ITEMS))}`).join('\n')}`
        : Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join(' ');
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  paragraphs.push('Thanks,\nAlex Rivera, LEAD case manager');
  const text = paragraphs.join('\n\n');
  return { text, words: countWords(text) };
}
