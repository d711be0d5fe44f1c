import { expect, test } from 'vitest';
import { formatFactDate } from '../../src/lib/dates.ts';

test('registry dates are written in words', () => {
  expect(formatFactDate('2024-04-16', 'sv')).toBe('16 april 2024');
  expect(formatFactDate('2024-04-16', 'en')).toBe('April 16, 2024');
  expect(formatFactDate('2021', 'sv')).toBe('2021');
});
