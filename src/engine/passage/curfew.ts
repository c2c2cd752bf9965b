/**
 * Curfew hours: the hour a curfew starts, from the sentence that names it, and whether a time in another
 * sentence ("not home until close to 10", "got back at 1:30") falls after it.
 */

const WORD_HOURS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const TIME =
  /\b(midnight|noon|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?::\d\d)?\s*([ap])?\.?(?:m\b\.?)?/gi;

interface ClockTime {
  hour: number;
  meridiem: 'a' | 'p' | null;
}

function times(text: string): ClockTime[] {
  const found: ClockTime[] = [];
  for (const match of text.matchAll(TIME)) {
    const word = (match[1] ?? '').toLowerCase();
    if (word === 'midnight') found.push({ hour: 0, meridiem: 'a' });
    else if (word === 'noon') found.push({ hour: 12, meridiem: 'p' });
    else {
      const hour = WORD_HOURS[word] ?? Number(word);
      if (!Number.isInteger(hour) || hour < 1 || hour > 12) continue;
      const meridiem = match[2]?.toLowerCase();
      found.push({ hour, meridiem: meridiem === 'a' || meridiem === 'p' ? meridiem : null });
    }
  }
  return found;
}

/** Hours on a 24-hour clock, reading a bare evening-looking hour ("by 9") as p.m. and a small one as night. */
function toEvening({ hour, meridiem }: ClockTime): number {
  if (meridiem === 'a') return hour === 12 ? 24 : hour + 24;
  if (meridiem === 'p') return hour === 12 ? 12 : hour + 12;
  // Without a.m. or p.m., 6 to 11 are evening and 12 to 5 are after midnight: curfews are evening rules.
  return hour >= 6 && hour <= 11 ? hour + 12 : hour === 12 ? 24 : hour + 24;
}

/** The hour a curfew named in this sentence starts (24-hour clock, past midnight counted past 24), if given. */
export function curfewHour(sentence: string): number | null {
  const first = times(sentence)[0];
  return first === undefined ? null : toEvening(first);
}

/** Whether an act's words put the participant out after the curfew; without a stated hour, 10 p.m. */
export function isLateForCurfew(act: string, curfew: number | null): boolean {
  const when = times(act).at(-1);
  if (when === undefined) return true;
  return toEvening(when) > (curfew ?? 22);
}
