import { describe, expect, test } from 'vitest';
import { factText, formatNumber } from '../../src/lib/factText.ts';
import { useTranslations } from '../../src/i18n/ui.ts';

const sv = useTranslations('sv');
const en = useTranslations('en');
const ar = useTranslations('ar');

describe('a registry value in words', () => {
  test('a count', () => {
    expect(factText(5, 'sv', sv)).toBe('5');
  });
  test('a length of time, with the plural the language needs', () => {
    expect(factText({ amount: 1.5, unit: 'year' }, 'sv', sv)).toBe('1,5 år');
    expect(factText({ amount: 2, unit: 'week' }, 'sv', sv)).toBe('2 veckor');
    expect(factText({ amount: 1, unit: 'week' }, 'en', en)).toBe('1 week');
    expect(factText({ amount: 3, unit: 'month' }, 'en', en)).toBe('3 months');
    expect(factText({ amount: 2, unit: 'week' }, 'ar', ar)).toBe('أسبوعان');
  });
  test('age ranges, open at either end', () => {
    expect(factText({ min: 12, max: 23 }, 'sv', sv)).toBe('12–23 år');
    expect(factText({ min: 18, max: null }, 'sv', sv)).toBe('från 18 år');
    expect(factText({ min: null, max: 17 }, 'en', en)).toBe('up to the age of 17');
  });
  test('opening hours', () => {
    expect(factText({ always: true }, 'sv', sv)).toBe('dygnet runt');
    expect(factText({ weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '16:00' }], publicHolidays: 'unknown' }, 'sv', sv)).toBe('mån–fre 09:00–16:00');
  });
  test('anything else is an error, not a guess', () => {
    expect(() => factText(true, 'sv', sv)).toThrow(/No way to write/);
  });
  test('numbers in the language\'s own style', () => {
    expect(formatNumber(1.5, 'fi')).toBe('1,5');
    expect(formatNumber(1.5, 'en')).toBe('1.5');
  });
});
