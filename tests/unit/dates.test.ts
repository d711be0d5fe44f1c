import { expect, test } from 'vitest';
import { formatFactDate, latestDate } from '../../src/lib/dates.ts';

test('registry dates are written in words', () => {
  expect(formatFactDate('2024-04-16', 'sv')).toBe('16 april 2024');
  expect(formatFactDate('2024-04-16', 'en')).toBe('April 16, 2024');
  expect(formatFactDate('2021', 'sv')).toBe('2021');
  expect(latestDate(['2020-09-15', null, '2024-04-16', undefined])).toBe('2024-04-16');
  expect(latestDate([null])).toBeNull();
});
