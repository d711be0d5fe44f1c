// @vitest-environment node
import { expect, test } from 'vitest';
import { decodeEntities } from '../../src/lib/searchText.ts';

test('excerpt text is decoded without keeping any markup', () => {
  expect(decodeEntities('a &amp; b &lt;i&gt; <b>c</b>')).toBe('a & b <i> c');
});
