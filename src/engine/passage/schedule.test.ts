import { describe, expect, test } from 'vitest';
import { clash, daysOf, scheduleOf } from './schedule';

const bits = (...days: number[]): number => days.reduce((all, d) => all | (1 << d), 0);

describe('days a sentence names', () => {
  test.each([
    ['DV class Tues 6-8p', bits(2)],
    ['the Tues + Thurs closing shifts', bits(2, 4)],
    ['IOP M-W-F 5:30-8:30pm', bits(1, 3, 5)],
    ['works M-F 7a-3p', bits(1, 2, 3, 4, 5)],
    ['the Thurs-Fri day shift', bits(4, 5)],
    ['group on mondays and wednesdays', bits(1, 3)],
    ['testing daily at 7am', 0b1111111],
    ['no day at all, 6-8pm', 0],
  ])('%s', (sentence, days) => {
    expect(daysOf(sentence)).toBe(days);
  });
});

describe('hours a sentence gives', () => {
  test.each([
    ['class Tues 6-8p', { from: 18 * 60, to: 20 * 60 }],
    ['IOP M-W-F 5:30-8:30pm', { from: 17 * 60 + 30, to: 20 * 60 + 30 }],
    ['closing shifts Tues (2p-10p)', { from: 14 * 60, to: 22 * 60 }],
    ['a monday night pool league, 6 to 9', { from: 18 * 60, to: 21 * 60 }],
    ['Wednesday shift 11-2pm', { from: 11 * 60, to: 14 * 60 }],
    ['Friday line 4p-midnight', { from: 16 * 60, to: 24 * 60 }],
    ['anger management mondays 6pm', { from: 18 * 60, to: 19 * 60 }],
  ])('%s', (sentence, span) => {
    expect(scheduleOf(sentence)?.spans).toEqual([span]);
  });

  test('two numbers before a counted noun are a count, not hours', () => {
    expect(scheduleOf('on monday he said he has 2 to 3 kids')).toBeNull();
  });
});

describe('a clash needs a shared day and shared hours', () => {
  const required = scheduleOf('DV class Tues 6-8p') ?? undefined;
  test.each([
    ['picked up Tues + Thurs closing shifts, 2p-10p', true],
    ['works Tues 7a-3p', false],
    ['works Wed 2p-10p', false],
  ])('%s', (sentence, expected) => {
    const booked = scheduleOf(sentence);
    expect(required && booked ? clash(required, booked) : null).toBe(expected);
  });
});
