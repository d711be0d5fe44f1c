// @vitest-environment node
import { expect, test } from 'vitest';
import { decodeEntities, resultCountText } from '../../src/lib/searchText.ts';

test('result counts use the plural form of the language', () => {
  const sv = { one: '{{count}} träff', other: '{{count}} träffar' };
  expect(resultCountText(1, 'sv', sv)).toBe('1 träff');
  expect(resultCountText(3, 'sv', sv)).toBe('3 träffar');
  const ar = { zero: 'z {{count}}', one: 'o {{count}}', two: 't {{count}}', few: 'f {{count}}', many: 'm {{count}}', other: 'x {{count}}' };
  expect(resultCountText(2, 'ar', ar)).toMatch(/^t /);
  expect(resultCountText(5, 'ar', ar)).toMatch(/^f /);
  expect(resultCountText(11, 'ar', ar)).toMatch(/^m /);
});

test('excerpt text is decoded without keeping any markup', () => {
  expect(decodeEntities('a &amp; b &lt;i&gt; <b>c</b>')).toBe('a & b <i> c');
});
