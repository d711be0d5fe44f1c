import { describe, expect, test } from 'vitest';
import { easterSunday, holidayName, isHoliday, swedishHolidays } from '../../src/lib/holidays.ts';

describe('Easter and the moveable feasts', () => {
  test.each([
    [2024, [3, 31]],
    [2025, [4, 20]],
    [2026, [4, 5]],
    [2027, [3, 28]],
    [2038, [4, 25]],
  ])('Easter Sunday %i', (year, expected) => {
    expect(easterSunday(year)).toEqual(expected);
  });

  test('2026: Långfredagen, Annandag påsk, Kristi himmelsfärd, Pingst', () => {
    expect(holidayName('2026-04-03')).toBe('Långfredagen');
    expect(holidayName('2026-04-06')).toBe('Annandag påsk');
    expect(holidayName('2026-05-14')).toBe('Kristi himmelsfärdsdag');
    expect(holidayName('2026-05-24')).toBe('Pingstdagen');
  });

  test('Midsommarafton is the Friday between 19 and 25 June', () => {
    expect(holidayName('2026-06-19')).toBe('Midsommarafton');
    expect(holidayName('2025-06-20')).toBe('Midsommarafton');
    expect(holidayName('2027-06-25')).toBe('Midsommarafton');
    expect(holidayName('2027-06-26')).toBe('Midsommardagen');
  });

  test('Alla helgons dag is the Saturday between 31 October and 6 November', () => {
    expect(holidayName('2026-10-31')).toBe('Alla helgons dag');
    expect(holidayName('2025-11-01')).toBe('Alla helgons dag');
  });

  test('fixed days and eves', () => {
    const y = swedishHolidays(2030);
    for (const d of ['2030-01-01', '2030-01-06', '2030-05-01', '2030-06-06', '2030-12-24', '2030-12-25', '2030-12-26', '2030-12-31']) expect(y.has(d), d).toBe(true);
    expect(holidayName('2030-03-12')).toBeUndefined();
  });
});

describe('isHoliday', () => {
  test('is true exactly on the dates that have a holiday name', () => {
    for (const year of [2025, 2026, 2027]) {
      const named = swedishHolidays(year);
      for (let day = 0; day < 365; day++) {
        const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
        expect(isHoliday(date), date).toBe(named.has(date));
      }
    }
  });
});
