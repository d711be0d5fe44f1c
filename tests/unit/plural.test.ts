// @vitest-environment node
import { expect, test } from 'vitest';
import { pluralText } from '../../src/lib/plural.ts';

test('result counts use the plural form of the language', () => {
  const sv = { one: '{{count}} träff', other: '{{count}} träffar' };
  expect(pluralText(1, 'sv', sv)).toBe('1 träff');
  expect(pluralText(3, 'sv', sv)).toBe('3 träffar');
  const ar = { zero: 'z {{count}}', one: 'o {{count}}', two: 't {{count}}', few: 'f {{count}}', many: 'm {{count}}', other: 'x {{count}}' };
  expect(pluralText(2, 'ar', ar)).toMatch(/^t /);
  expect(pluralText(5, 'ar', ar)).toMatch(/^f /);
  expect(pluralText(11, 'ar', ar)).toMatch(/^m /);
});

test('the count is written with the language\'s digits and grouping', () => {
  expect(pluralText(1200, 'sv', { one: '{{count}} träff', other: '{{count}} träffar' })).toBe(`${new Intl.NumberFormat('sv').format(1200)} träffar`);
  expect(pluralText(3, 'fa', { one: '{{count}} نتیجه', other: '{{count}} نتیجه' })).toBe(`${new Intl.NumberFormat('fa').format(3)} نتیجه`);
});

test('a language without the category falls back to other, then to the bare number', () => {
  expect(pluralText(1, 'sv', { other: '{{count}} st' })).toBe('1 st');
  expect(pluralText(4, 'sv', {})).toBe('4');
});
