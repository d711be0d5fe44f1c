import { expect, test } from 'vitest';
import { baseKey, interpolationVariables, pluralCategoriesOf } from '../lib/localeChecks.ts';

test('plural suffixes fold into one key', () => {
  expect(baseKey('search.results_one')).toBe('search.results');
  expect(baseKey('search.results_many')).toBe('search.results');
  expect(baseKey('quickExit.label')).toBe('quickExit.label');
});

test('interpolation variables are found, whatever the spacing', () => {
  expect(interpolationVariables('Ring {{number}} eller {{ name }}')).toEqual(['name', 'number']);
  expect(interpolationVariables('Inga')).toEqual([]);
});

test('plural categories come from CLDR', () => {
  expect(pluralCategoriesOf('ar').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  expect(pluralCategoriesOf('sv').sort()).toEqual(['one', 'other']);
});
