import { expect, test } from 'vitest';
import { dayRuns, describeHours, weekdayNames } from '../../src/lib/openingHours.ts';

const phrases = { always: 'Dygnet runt', everyDay: 'Alla dagar' };

test('weekday names come from the locale, Monday first', () => {
  expect(weekdayNames('sv').mon).toBe('mån');
  expect(weekdayNames('en', 'long').sun).toBe('Sunday');
});

test('consecutive days are grouped', () => {
  expect(dayRuns(['fri', 'mon', 'tue', 'wed', 'thu'])).toEqual([['mon', 'tue', 'wed', 'thu', 'fri']]);
  expect(dayRuns(['mon', 'wed', 'fri'])).toEqual([['mon'], ['wed'], ['fri']]);
});

test('hours are described in words of the language', () => {
  expect(describeHours({ always: true }, 'sv', phrases)).toEqual(['Dygnet runt']);
  const everyDay = { weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, open: '07:00', close: '21:00' }], publicHolidays: 'unknown' as const };
  expect(describeHours({ ...everyDay, weekly: [{ ...everyDay.weekly[0], days: [...everyDay.weekly[0].days] }] }, 'sv', phrases)).toEqual(['Alla dagar 07:00–21:00']);
  expect(
    describeHours({ weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '16:00' }], publicHolidays: 'closed' }, 'sv', phrases),
  ).toEqual(['mån–fre 09:00–16:00']);
  expect(
    describeHours({ weekly: [{ days: ['mon', 'wed', 'fri'], open: '09:00', close: '12:00' }], publicHolidays: 'closed' }, 'en', phrases),
  ).toEqual(['Mon, Wed, Fri 09:00–12:00']);
});

test('a period past midnight is described as it runs', () => {
  expect(describeHours({ weekly: [{ days: ['fri', 'sat'], open: '21:00', close: '06:00', overnight: true }], publicHolidays: 'open' }, 'sv', phrases)).toEqual(['fre, lör 21:00–06:00']);
});
