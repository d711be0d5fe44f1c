import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultLanguage, languageCodes } from '../../../src/i18n/languages.ts';
import { baseKey, interpolationVariables, pluralCategoriesOf } from '../../lib/localeChecks.ts';

const root = join(import.meta.dirname, '../../../locales');
const load = (lang: string, file: string) => JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Record<string, string>;
const namespaces = readdirSync(join(root, defaultLanguage)).filter((f) => f.endsWith('.json'));

test('every language has a folder under locales/ with the same files', () => {
  for (const lang of languageCodes) {
    expect(readdirSync(join(root, lang)).filter((f) => f.endsWith('.json')).sort(), lang).toEqual([...namespaces].sort());
  }
});

describe.each(namespaces)('locales/*/%s', (file) => {
  const source = load(defaultLanguage, file);
  const sourceKeys = new Set(Object.keys(source).map(baseKey));

  test.each(languageCodes)('%s has every key and no extra key', (lang) => {
    const keys = new Set(Object.keys(load(lang, file)).map(baseKey));
    expect([...sourceKeys].filter((k) => !keys.has(k)), `missing in ${lang}`).toEqual([]);
    expect([...keys].filter((k) => !sourceKeys.has(k)), `extra in ${lang}`).toEqual([]);
  });

  test.each(languageCodes)('%s uses the same interpolation variables', (lang) => {
    const strings = load(lang, file);
    for (const [key, value] of Object.entries(strings)) {
      const sourceValue = source[key] ?? source[`${baseKey(key)}_other`];
      const expected = interpolationVariables(sourceValue);
      // A singular or dual form may name its number in words ("يومان", two days) and drop it.
      if (/_(zero|one|two)$/.test(key)) expect(expected, `${lang}: ${key}`).toEqual(expect.arrayContaining(interpolationVariables(value)));
      else expect(interpolationVariables(value), `${lang}: ${key}`).toEqual(expected);
    }
  });

  test.each(languageCodes)('%s has every plural form its language needs, and only those', (lang) => {
    const strings = load(lang, file);
    const plural = [...sourceKeys].filter((k) => Object.keys(source).some((s) => s.startsWith(`${k}_`)));
    for (const key of plural) {
      const forms = Object.keys(strings).filter((k) => baseKey(k) === key).map((k) => k.slice(key.length + 1));
      expect(forms.sort(), `${lang}: ${key}`).toEqual(pluralCategoriesOf(lang).sort());
    }
  });

  test.each(languageCodes)('%s has no empty string', (lang) => {
    for (const [key, value] of Object.entries(load(lang, file))) expect(value.trim(), `${lang}: ${key}`).not.toBe('');
  });
});
