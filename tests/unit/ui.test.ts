import { expect, test } from 'vitest';
import { isTranslationKey, pluralForms, textDirection, translateAround, translationKey, useTranslations } from '../../src/i18n/ui.ts';
import { pluralText } from '../../src/lib/plural.ts';

test('every plural form a language has is passed on, with {{count}} left for the client', () => {
  expect(Object.keys(pluralForms('sv', 'search.results')).sort()).toEqual(['one', 'other']);
  const ar = pluralForms('ar', 'search.results');
  expect(Object.keys(ar).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  expect(ar.few).toContain('{{count}}');
  // The client's choice from these forms is the one i18next makes on the server.
  for (const n of [0, 1, 2, 5, 11, 100]) {
    expect(pluralText(n, 'ar', ar).replace(/[.\s]+$/, '')).toBe(useTranslations('ar')('search.results', { count: n }).replace(/[.\s]+$/, ''));
  }
});

test('a sentence is split around its placeholder after translation, in the word order of the language', () => {
  const [before, after] = translateAround(useTranslations('sv'), 'formats:material.danger', 'number');
  const whole = useTranslations('sv')('formats:material.danger', { number: '112' });
  expect(`${before}112${after}`).toBe(whole);
});

test('right-to-left languages are marked so', () => {
  expect(textDirection('fa')).toBe('rtl');
  expect(textDirection('fi')).toBe('ltr');
});

test('a key built at run time is checked against Swedish: an unknown key stops the build, never becomes page text', () => {
  expect(isTranslationKey('tools:check.adult.control.1')).toBe(true);
  expect(isTranslationKey('site.name')).toBe(true);
  expect(isTranslationKey('tools:check.adult.control.99')).toBe(false);
  expect(isTranslationKey('district:site.name')).toBe(false);
  expect(useTranslations('en')(translationKey('tools:check.adult.control.1'))).not.toBe('check.adult.control.1');
  expect(() => translationKey('tools:check.adult.nothing.1')).toThrow(/No translation "tools:check.adult.nothing.1" in locales\/sv/);
});
