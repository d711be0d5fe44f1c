import { describe, expect, test } from 'vitest';
import type { OpeningHours } from '../../src/lib/hours.ts';
import { openState, stockholmTime } from '../../src/lib/openNow.ts';

const weekdays9to16: OpeningHours = { weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '16:00' }], publicHolidays: 'closed' };
const daily7to21: OpeningHours = { weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '07:00', close: '21:00' }], publicHolidays: 'open' };
const nights: OpeningHours = { weekly: [{ days: ['fri', 'sat'], open: '21:00', close: '06:00', overnight: true }], publicHolidays: 'open' };
const unknownHolidays: OpeningHours = { ...weekdays9to16, publicHolidays: 'unknown' };

describe('Stockholm time', () => {
  test('winter is UTC+1 and summer UTC+2', () => {
    expect(stockholmTime(new Date('2026-01-15T08:30:00Z'))).toEqual({ date: '2026-01-15', weekday: 'thu', minutes: 9 * 60 + 30 });
    expect(stockholmTime(new Date('2026-07-15T08:30:00Z'))).toEqual({ date: '2026-07-15', weekday: 'wed', minutes: 10 * 60 + 30 });
  });

  test('the spring change: 02:00 becomes 03:00 on 29 March 2026', () => {
    expect(stockholmTime(new Date('2026-03-29T00:59:00Z')).minutes).toBe(1 * 60 + 59);
    expect(stockholmTime(new Date('2026-03-29T01:00:00Z')).minutes).toBe(3 * 60);
  });

  test('the autumn change: 03:00 becomes 02:00 on 25 October 2026', () => {
    expect(stockholmTime(new Date('2026-10-25T00:30:00Z')).minutes).toBe(2 * 60 + 30);
    expect(stockholmTime(new Date('2026-10-25T01:30:00Z')).minutes).toBe(2 * 60 + 30);
  });
});

describe('open now', () => {
  test('24/7 is always open, even on Christmas Eve at night', () => {
    expect(openState({ always: true }, new Date('2026-12-24T23:00:00Z'))).toBe('open');
  });

  test('weekday office hours in Stockholm time', () => {
    expect(openState(weekdays9to16, new Date('2026-11-23T08:00:00Z'))).toBe('open'); // Mon 09:00
    expect(openState(weekdays9to16, new Date('2026-11-23T07:59:00Z'))).toBe('closed'); // Mon 08:59
    expect(openState(weekdays9to16, new Date('2026-11-23T15:00:00Z'))).toBe('closed'); // Mon 16:00
    expect(openState(weekdays9to16, new Date('2026-11-22T10:00:00Z'))).toBe('closed'); // Sunday
  });

  test('across the DST change the local hour decides', () => {
    // Sunday 29 March 2026 07:00 UTC is 09:00 local (summer time): a daily 07–21 line is open.
    expect(openState(daily7to21, new Date('2026-03-29T05:00:00Z'))).toBe('open'); // 07:00 local
    expect(openState(daily7to21, new Date('2026-03-29T04:59:00Z'))).toBe('closed'); // 06:59 local
    // Sunday 25 October 2026: 20:59 local is 19:59 UTC (winter time again).
    expect(openState(daily7to21, new Date('2026-10-25T19:59:00Z'))).toBe('open');
    expect(openState(daily7to21, new Date('2026-10-25T20:00:00Z'))).toBe('closed');
  });

  test('public holidays close a service that closes on them, including Midsommarafton and Långfredagen', () => {
    expect(openState(weekdays9to16, new Date('2026-06-19T10:00:00Z'))).toBe('closed'); // Midsommarafton, Friday 12:00
    expect(openState(weekdays9to16, new Date('2026-04-03T10:00:00Z'))).toBe('closed'); // Långfredagen
    expect(openState(weekdays9to16, new Date('2026-05-14T10:00:00Z'))).toBe('closed'); // Kristi himmelsfärd (Thursday)
    expect(openState(weekdays9to16, new Date('2026-06-18T10:00:00Z'))).toBe('open'); // the Thursday before
    expect(openState(daily7to21, new Date('2026-06-19T10:00:00Z'))).toBe('open'); // keeps its hours on holidays
  });

  test('a holiday with no rule in the registry is unknown, not a guess', () => {
    expect(openState(unknownHolidays, new Date('2026-12-24T10:00:00Z'))).toBe('unknown');
    expect(openState(unknownHolidays, new Date('2026-12-23T10:00:00Z'))).toBe('open');
  });

  test('hours past midnight belong to the evening they started', () => {
    expect(openState(nights, new Date('2026-11-27T21:30:00Z'))).toBe('open'); // Fri 22:30
    expect(openState(nights, new Date('2026-11-28T04:00:00Z'))).toBe('open'); // Sat 05:00, from Friday night
    expect(openState(nights, new Date('2026-11-28T05:30:00Z'))).toBe('closed'); // Sat 06:30
    expect(openState(nights, new Date('2026-11-29T04:00:00Z'))).toBe('open'); // Sun 05:00, from Saturday night
    expect(openState(nights, new Date('2026-11-30T04:00:00Z'))).toBe('closed'); // Mon 05:00: Sunday night is not open
  });

  test('a period closing at 24:00 is open until midnight and not after', () => {
    const toMidnight: OpeningHours = { weekly: [{ days: ['fri'], open: '18:00', close: '24:00' }], publicHolidays: 'open' };
    expect(openState(toMidnight, new Date('2026-11-27T22:59:00Z'))).toBe('open'); // Fri 23:59
    expect(openState(toMidnight, new Date('2026-11-27T23:00:00Z'))).toBe('closed'); // Sat 00:00
  });

  test('reversed hours without "overnight" never open silently past midnight', () => {
    const reversed: OpeningHours = { weekly: [{ days: ['fri', 'sat'], open: '21:00', close: '06:00' }], publicHolidays: 'open' };
    expect(openState(reversed, new Date('2026-11-28T04:00:00Z'))).toBe('closed'); // Sat 05:00
    expect(openState(reversed, new Date('2026-11-27T21:30:00Z'))).toBe('closed'); // Fri 22:30
  });
});
