/**
 * The days and hours a sentence gives ("DV class Tues 6-8p", "IOP M-W-F 5:30-8:30pm", "picked up the Tues + Thurs
 * closing shifts, 2p-10p"), so that a shift or an outing booked over a required class can be seen to clash with it
 * even though neither sentence says so.
 */

/** Minutes from the start of the day; a span past midnight ends after 1,440. */
export interface Span {
  from: number;
  to: number;
}

export interface Schedule {
  /** Bit d set for weekday d (0 Sunday … 6 Saturday). */
  days: number;
  spans: Span[];
  /** Where the first time in the sentence is: the trigger of a clash. */
  at: { start: number; end: number };
}

const ALL_DAYS = 0b1111111;
const WEEKDAYS = 0b0111110;
const WEEKEND = 0b1000001;

/** A day by name or case-note shortening ("Tues", "thurs", "mondays", "Sat."). */
const DAY =
  'sun(?:day)?s?|mon(?:day)?s?|tue(?:s|sday)?s?|wed(?:s|nesday)?s?|thu(?:r|rs|rsday)?s?|fri(?:day)?s?|sat(?:urday)?s?';
const DAY_RANGE = new RegExp(`\\b(${DAY})\\.?\\s*(?:-|–|thru|through|to)\\s*(${DAY})\\b`, 'gi');
const DAY_WORD = new RegExp(`\\b(?:${DAY})\\b`, 'gi');
/** Capital letters of a day list or range: "M-W-F", "M-F", "T/Th". */
const DAY_LETTERS = /\b(?:Th|Sa|Su|M|T|W|F)(?:[-/](?:Th|Sa|Su|M|T|W|F))+\b/g;
const LETTER_DAY: Record<string, number> = { Su: 0, M: 1, T: 2, W: 3, Th: 4, F: 5, Sa: 6 };
const DAY_PREFIXES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const dayIndex = (word: string): number => DAY_PREFIXES.indexOf(word.slice(0, 3).toLowerCase());

/** The days from `from` to `to`, going round the week. */
function range(from: number, to: number): number {
  let days = 0;
  for (let d = from; ; d = (d + 1) % 7) {
    days |= 1 << d;
    if (d === to) return days;
  }
}

/** The weekdays a sentence names: day words, lists and ranges of them, "weekdays", "weekends", "daily". */
export function daysOf(sentence: string): number {
  let days = 0;
  if (/\b(?:daily|every\s?day|every\s+night|nightly|7\s+days\s+a\s+week)\b/i.test(sentence)) days |= ALL_DAYS;
  if (/\bweekdays?\b/i.test(sentence)) days |= WEEKDAYS;
  if (/\bweekends?\b/i.test(sentence)) days |= WEEKEND;
  let rest = sentence;
  for (const m of sentence.matchAll(DAY_RANGE)) {
    days |= range(dayIndex(m[1] ?? ''), dayIndex(m[2] ?? ''));
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(DAY_WORD)) days |= 1 << dayIndex(m[0]);
  for (const m of sentence.matchAll(DAY_LETTERS)) {
    const found = m[0].split(/[-/]/).map((letter) => LETTER_DAY[letter] ?? 0);
    // "M-F" is a range; "M-W-F" and "T/Th" are lists.
    if (found.length === 2 && m[0].includes('-')) days |= range(found[0] ?? 0, found[1] ?? 0);
    else for (const d of found) days |= 1 << d;
  }
  return days;
}

const MERIDIEM = '(a\\.?m\\.?|p\\.?m\\.?|a|p)(?![a-z])';
const CLOCK = `(\\d{1,2})(?::(\\d\\d))?\\s*(?:${MERIDIEM})?`;
const TIME_RANGE = new RegExp(
  `(?<![\\d/:.$-])${CLOCK}\\s*(?:-|–|to|until|til|till)\\s*(?:(noon|midnight)|${CLOCK})(?![\\d/])`,
  'gi',
);
const TIME_POINT = new RegExp(`(?<![\\d/:.$-])(\\d{1,2})(?::(\\d\\d))?\\s*${MERIDIEM}(?![\\w/])`, 'gi');

/** A counted noun right after two numbers: "kids", "weeks", "hrs", "x". */
const COUNTED = /^\s*(?:[a-z]+s|hrs|yrs|wks|mos|x|times|people|children)\b/i;

function isPm(meridiem: string | undefined): boolean | null {
  return meridiem ? meridiem.toLowerCase().startsWith('p') : null;
}

/** Minutes past midnight of a clock reading: 24-hour when over 12, else by its meridiem. */
function minutes(hour: number, minute: number, pm: boolean): number {
  return hour > 12 ? hour * 60 + minute : ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
}

/**
 * The meridiem of an hour given without one: afternoon or evening from 12 to 6 (class and shift hours, "6 to
 * 9"), and for later hours when the sentence speaks of the evening or night.
 */
function guessPm(hour: number, evening: boolean): boolean {
  return (hour >= 1 && hour <= 6) || hour === 12 || evening;
}

/** The spans of time a sentence gives, and where the first one is. */
export function spansOf(sentence: string): { spans: Span[]; at: { start: number; end: number } | null } {
  const spans: Span[] = [];
  const found: { start: number; end: number }[] = [];
  const evening = /\b(?:night|nights|evening|evenings|tonight|pm)\b/i.test(sentence);
  for (const m of sentence.matchAll(TIME_RANGE)) {
    const [, h1, m1, mer1, word, h2, m2, mer2] = m;
    const startHour = Number(h1);
    const endHour = Number(h2);
    if (startHour > 23 || endHour > 23) continue;
    const after = sentence.slice((m.index ?? 0) + m[0].length);
    // "2 to 3 kids", "18-24 months": a count, not a time, where no meridiem says otherwise.
    if (!mer1 && !mer2 && !word && COUNTED.test(after)) continue;
    const end = word
      ? word.toLowerCase() === 'noon'
        ? 720
        : 1440
      : minutes(endHour, Number(m2 ?? 0), isPm(mer2) ?? isPm(mer1) ?? guessPm(endHour, evening));
    let startPm = isPm(mer1);
    if (startPm === null) {
      // The start takes the end's meridiem where that keeps it before the end ("6-8p", "11-2pm" is 11 a.m.).
      const same = end >= 720 && end < 1440;
      startPm = minutes(startHour, Number(m1 ?? 0), same) < end ? same : !same;
    }
    const start = minutes(startHour, Number(m1 ?? 0), startPm);
    spans.push({ from: start, to: end <= start ? end + 1440 : end });
    found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of sentence.matchAll(TIME_POINT)) {
    const index = m.index ?? 0;
    if (found.some((span) => index >= span.start && index < span.end)) continue;
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) continue;
    const start = minutes(hour, Number(m[2] ?? 0), isPm(m[3]) ?? false);
    // A time on its own ("mondays 6pm") stands for the hour that starts there.
    spans.push({ from: start, to: start + 60 });
    found.push({ start: index, end: index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  return { spans, at: found[0] ?? null };
}

/** Days and times together; null unless the sentence gives both. */
export function scheduleOf(sentence: string): Schedule | null {
  const days = daysOf(sentence);
  if (days === 0) return null;
  const { spans, at } = spansOf(sentence);
  return at === null ? null : { days, spans, at };
}

/** Whether two schedules share a day and, that day, some time. */
export function clash(a: Schedule, b: Schedule): boolean {
  if ((a.days & b.days) === 0) return false;
  return a.spans.some((x) => b.spans.some((y) => x.from < y.to && y.from < x.to));
}
