import { expect, test } from 'vitest';
import { defaultLanguage, getLanguage, languageCodes, languages } from '../../src/i18n/languages.ts';

test('the language table has the seven languages with the right direction', () => {
  expect(languageCodes).toEqual(['sv', 'en', 'ar', 'fa', 'so', 'ti', 'fi']);
  expect(defaultLanguage).toBe('sv');
  expect(languages.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa']);
  expect(getLanguage('ti').name).toBe('ትግርኛ');
  expect(new Set(languages.map((l) => l.name)).size).toBe(languages.length);
});
